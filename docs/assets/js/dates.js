/* Dates the site works out, in one place: the follow-up date rules (when to send a thank-you
   note, when to ask about the status), used by the follow-up tools (followup.js) and by the
   start page's list of what is due (due.js), and the calendar file (.ics) both offer.
   Days are YYYY-MM-DD texts, counted in UTC: no time zone can move a reminder's day. */
(function () {
  "use strict";
  var AV = window.afterview;

  /* A real YYYY-MM-DD day (core.js's AV.realDay) as a date at UTC midnight, else null. */
  function parseDay(text) {
    return AV.realDay(text) ? new Date(text + "T00:00:00Z") : null;
  }
  function iso(date) {
    return date.toISOString().slice(0, 10);
  }
  /* The day `count` days after `day`; working days (Monday to Friday) when `working`. */
  function addDays(day, count, working) {
    var date = parseDay(day);
    while (count > 0) {
      date.setUTCDate(date.getUTCDate() + 1);
      if (!working || date.getUTCDay() % 6) count -= 1;
    }
    return iso(date);
  }

  /* The follow-up date rules: {thanks, status, stated, early}, or null without a valid
     interview date. `timing` is the waiting times of data/letters.yml as the build gives
     them to a page (macros/letters.py, dates_data): the status date is `after` working days
     after the employer's decision date when one was given and is not before the interview,
     otherwise the convention's `status` working days after the interview. */
  function followup(interview, decision, timing, convention) {
    var rules = timing.conventions[convention];
    if (!parseDay(interview) || !rules) return null;
    var early = !!parseDay(decision) && decision < interview;
    var stated = !!parseDay(decision) && !early;
    return {
      thanks: addDays(interview, rules.thank_you, true),
      status: stated ? addDays(decision, timing.after, true) : addDays(interview, rules.status, true),
      stated: stated,
      early: early
    };
  }

  /* iCalendar (RFC 5545): TEXT escaped, lines folded at 75 octets without splitting a
     character, CRLF line ends. A line break becomes \n; other control characters and halves
     of a broken character (an import can bring them) are left out: calendar programs
     would take them for line ends, or count the line longer than 75 octets. */
  function escapeText(text) {
    return text.replace(/[\\;,]/g, "\\$&").replace(/\r\n|[\n\r\u2028\u2029\x85]/g, "\\n")
      .replace(/[\ud800-\udbff][\udc00-\udfff]|[\x00-\x1f\x7f-\x9f\ud800-\udfff]/g, function (found) {
        return found.length > 1 ? found : ""; // a whole character (a pair) stays
      });
  }
  function fold(line) {
    var out = "";
    var octets = 0;
    for (var i = 0; i < line.length; i++) {
      var code = line.charCodeAt(i);
      // UTF-8 length; the second half of a surrogate pair was counted with the first.
      var size = code < 0x80 ? 1 : code < 0x800 ? 2 : code < 0xdc00 && code >= 0xd800 ? 4 : code < 0xe000 && code >= 0xdc00 ? 0 : 3;
      if (octets + size > 75) {
        out += "\r\n ";
        octets = 1;
      }
      out += line.charAt(i);
      octets += size;
    }
    return out;
  }

  /* A calendar of all-day events [{uid, day, summary, description}], each with a reminder
     on its morning (9:00). `uid`s must stay the same for the same event, so that importing
     the file again updates the calendar's entries instead of doubling them. */
  function calendar(events, name) {
    var stamp = new Date().toISOString().replace(/[-:]|\.\d+/g, "");
    var lines = ["BEGIN:VCALENDAR", "VERSION:2.0", "PRODID:-//afterview//" + name + "//EN", "CALSCALE:GREGORIAN", "METHOD:PUBLISH"];
    events.forEach(function (event) {
      var summary = escapeText(event.summary);
      lines.push("BEGIN:VEVENT", "UID:" + escapeText(event.uid) + "@afterview", "DTSTAMP:" + stamp,
        "DTSTART;VALUE=DATE:" + event.day.replace(/-/g, ""), "DTEND;VALUE=DATE:" + addDays(event.day, 1).replace(/-/g, ""),
        "SUMMARY:" + summary, "DESCRIPTION:" + escapeText(event.description), "TRANSP:TRANSPARENT",
        "BEGIN:VALARM", "ACTION:DISPLAY", "DESCRIPTION:" + summary, "TRIGGER:PT9H", "END:VALARM", "END:VEVENT");
    });
    lines.push("END:VCALENDAR");
    return lines.map(fold).join("\r\n") + "\r\n";
  }

  AV.dates = { parseDay: parseDay, addDays: addDays, followup: followup, calendar: calendar };
  // The name the follow-up tools and their tests have used since version 1.
  AV.followupDates = followup;
})();
