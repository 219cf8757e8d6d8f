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
  /* The public holidays that working days skip, for a practice (us, uk, de) and, in
     Germany, a Land ("BY"; "" for the federal holidays only): {"2026-12-25": "Christmas
     Day"}. `timing.holidays` is what macros/holidays.py computed at build time, by area,
     each holiday's name with its days. */
  function holidaysOf(timing, convention, region) {
    var found = AV.map();
    var all = timing.holidays || {};
    [convention, convention === "de" && region ? "de-" + region : ""].forEach(function (area) {
      var named = all[area] || {};
      Object.keys(named).forEach(function (name) {
        named[name].forEach(function (day) {
          found[day] = name;
        });
      });
    });
    return found;
  }

  /* Counts `count` days on from `day`: {day, skipped}. Working days (`working`) are Monday
     to Friday except the `holidays` (a map from holidaysOf); `skipped` lists the holidays
     passed over, [{day, name}], which is what moved the date. */
  function count(day, days, working, holidays) {
    var date = parseDay(day);
    var skipped = [];
    while (days > 0) {
      date.setUTCDate(date.getUTCDate() + 1);
      var weekday = date.getUTCDay() % 6;
      var holiday = working && weekday && holidays ? holidays[iso(date)] : undefined;
      if (holiday) skipped.push({ day: iso(date), name: holiday });
      else if (!working || weekday) days -= 1;
    }
    return { day: iso(date), skipped: skipped };
  }
  /* The day `count` days after `day`; working days when `working` (Monday to Friday, and
     not the `holidays` when given). */
  function addDays(day, days, working, holidays) {
    return count(day, days, working, holidays).day;
  }

  /* The follow-up date rules: {thanks, status, stated, early, skipped}, or null without a
     valid interview date. `timing` is what the build gives a page (macros/letters.py,
     dates_data): the status date is `after` working days after the employer's decision date
     when one was given and is not before the interview, otherwise the convention's `status`
     working days after the interview. Working days skip the public holidays of the
     practice's country (and of the Land `region` in Germany); `skipped.thanks` and
     `skipped.status` list those passed over, [{day, name}]. */
  function followup(interview, decision, timing, convention, region) {
    var rules = timing.conventions[convention];
    if (!parseDay(interview) || !rules) return null;
    var holidays = holidaysOf(timing, convention, region || "");
    var early = !!parseDay(decision) && decision < interview;
    var stated = !!parseDay(decision) && !early;
    var thanks = count(interview, rules.thank_you, true, holidays);
    var status = stated ? count(decision, timing.after, true, holidays) : count(interview, rules.status, true, holidays);
    return {
      thanks: thanks.day,
      status: status.day,
      stated: stated,
      early: early,
      skipped: { thanks: thanks.skipped, status: status.skipped }
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

  AV.dates = { parseDay: parseDay, addDays: addDays, holidays: holidaysOf, followup: followup, calendar: calendar };
  // The name the follow-up tools and their tests have used since version 1.
  AV.followupDates = followup;
})();
