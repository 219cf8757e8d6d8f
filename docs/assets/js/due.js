/* "What is due" on the start page ([data-av-widget=due]): across every interview record,
   what to do and by when, in three groups (overdue, today, coming up), each line naming
   the interview and linking to the letter or checklist that does it; and one calendar file
   with every upcoming date. The dates come from the follow-up date rules (dates.js, the
   same code as the follow-up tools) and from the stages (a next round's date, an offer's
   deadline).

   What counts as due, per interview (the rules are in `dueOf`):
   - nothing once the interview is closed (accepted, declined, rejected, no reply,
     withdrawn);
   - while waiting to hear (no stage yet, or "waiting"), with an interview date noted in
     the follow-up tools: the thank-you note, until its task "Record when and to whom you
     sent it" is ticked, and for a week after its date (a note sent later is no longer a
     thank-you); the decision date the employer named, until it comes; the status
     enquiry, until "Ask once, then wait for the answer" is ticked;
   - a next round on its date, and afterwards a reminder to note how it went;
   - an offer's deadline, and afterwards a reminder to answer or note the outcome.
   It reads the index's summaries (store.summary: dates, stage, organisation), and opens
   a record only to see whether its thank-you or status task is ticked: with 200 records
   the page stays quick (BENCHMARKS.md). */
(function () {
  "use strict";
  var AV = window.afterview;
  var store = AV.store;
  var make = AV.make;
  var t = AV.t;

  var CLOSED = ["accepted", "declined", "rejected", "no-reply", "withdrawn"];
  // The checklist tasks that say a step is done (data/checklists.yml keys).
  var DONE_TASK = { thanks: "thank-you/record-sent", status: "status-enquiry/ask-once" };
  var THANKS_GRACE = 7; // days after its date that a thank-you note is still listed
  var SHOWN = 8; // lines per group before "Show all"

  function ticked(id, key) {
    var run = store.run(id);
    return !!(run && run.answers[key] && run.answers[key].done === true);
  }

  /* Everything due for record `id`: [{id, kind, day, past}] (`past`: a date that has been,
     shown as a reminder to note the outcome). */
  function dueOf(id, summary, data, today) {
    var stage = summary.stage || "";
    var found = [];
    function add(kind, day) {
      found.push({ id: id, kind: kind, day: day });
    }
    if (CLOSED.indexOf(stage) >= 0) return found;
    if (stage === "next-round" && AV.realDay(summary.stageDue || "")) {
      add(summary.stageDue < today ? "roundPast" : "round", summary.stageDue);
    } else if (stage === "offer" && AV.realDay(summary.stageDue || "")) {
      add(summary.stageDue < today ? "offerPast" : "offer", summary.stageDue);
    } else if (!stage || stage === "waiting") {
      var convention = summary.convention in data.timing.conventions ? summary.convention : data.convention;
      var dates = AV.dates.followup(summary.date || "", summary.decision || "", data.timing, convention, summary.region || "");
      if (!dates) return found;
      if (AV.dates.addDays(dates.thanks, THANKS_GRACE) >= today && !ticked(id, DONE_TASK.thanks)) add("thanks", dates.thanks);
      if (dates.stated && summary.decision >= today) add("decision", summary.decision);
      if (!ticked(id, DONE_TASK.status)) add("status", dates.status);
    }
    return found;
  }

  /* Every line due, by date (then by interview name). */
  function allDue(data, today) {
    var lines = [];
    store.ids().forEach(function (id) {
      var summary = store.summary(id);
      if (summary) lines.push.apply(lines, dueOf(id, summary, data, today));
    });
    return lines.sort(function (a, b) {
      return a.day < b.day ? -1 : a.day > b.day ? 1 : name(a.id) < name(b.id) ? -1 : 1;
    });
  }

  /* The interview as people say it: its organisation, else its name. */
  function name(id) {
    var summary = store.summary(id) || {};
    return (summary.organisation || "").trim() || AV.runLabel(summary);
  }

  function enhance(root) {
    var data = JSON.parse(root.querySelector("[data-av-data]").textContent);
    var empty = root.querySelector("[data-av-due-empty]");
    var calendarButton = root.querySelector("[data-av-due-ics]");
    var calendarNote = root.querySelector("[data-av-due-ics-note]");
    var groups = Array.prototype.map.call(root.querySelectorAll("[data-av-due-group]"), function (section) {
      return { name: section.getAttribute("data-av-due-group"), section: section, list: section.querySelector("ul"), all: false };
    });
    var upcoming = [];
    var drawn = null; // what was drawn last: the list is redrawn only when it changes

    root.addEventListener("click", function (event) {
      var target = event.target;
      var go = target.closest && target.closest("a[data-av-due-record]");
      // The letter or checklist opens for that interview: it becomes the current one.
      if (go) store.switchRun(go.getAttribute("data-av-due-record"));
      var done = target.closest && target.closest("button[data-av-due-done]");
      if (done) {
        var line = done.parentNode;
        store.setAnswer(done.getAttribute("data-av-due-done"), { done: true }, line.getAttribute("data-av-due-id"));
      }
      var more = target.closest && target.closest("button[data-av-due-more]");
      if (more) {
        groups.forEach(function (group) {
          if (group.name === more.getAttribute("data-av-due-more")) group.all = true;
        });
        drawn = null;
        render();
      }
    });

    calendarButton.addEventListener("click", function () {
      if (!upcoming.length) return;
      AV.download("afterview-dates.ics", "text/calendar;charset=utf-8", AV.dates.calendar(upcoming.map(function (line) {
        var what = t("due_" + line.kind, { name: name(line.id) });
        return {
          uid: line.id + "-" + line.kind,
          day: line.day,
          summary: what,
          description: t("due_ics_" + line.kind, { name: name(line.id), date: AV.formatDay(line.day) })
        };
      }), "due dates"));
    });

    function lineFor(line, today) {
      var item = make("li", "av-due__item");
      item.setAttribute("data-av-due-id", line.id);
      item.setAttribute("data-av-due-kind", line.kind);
      // "Fri 4 Dec" for the weeks around today (the weekday is what plans a day); a date
      // further away keeps its year.
      var when = make("time", "av-due__when", AV.formatDay(line.day, Math.abs(daysBetween(line.day, today)) <= 90 ? "weekday" : "short"));
      when.setAttribute("datetime", line.day);
      item.appendChild(when);
      var what = make("span", "av-due__what", t("due_" + line.kind, { name: name(line.id) }));
      item.appendChild(what);
      if (line.day < today && /^(thanks|status)$/.test(line.kind)) {
        item.appendChild(make("span", "av-due__late", AV.plural("due_late", daysBetween(line.day, today))));
      }
      var link = make("a", "av-due__go", t("due_go_" + line.kind));
      link.href = data.links[line.kind];
      link.setAttribute("data-av-due-record", line.id);
      item.appendChild(link);
      if (DONE_TASK[line.kind]) {
        var done = make("button", "md-button av-due__done", t("due_done"));
        done.type = "button";
        done.setAttribute("data-av-due-done", DONE_TASK[line.kind]);
        done.setAttribute("aria-label", t("due_done_label", { what: what.textContent }));
        item.appendChild(done);
      }
      return item;
    }

    function render() {
      if (!root.isConnected) return;
      var today = AV.today();
      var lines = allDue(data, today);
      var key = today + JSON.stringify(lines) + groups.map(function (group) {
        return group.all;
      }).join();
      if (key === drawn) return;
      drawn = key;
      upcoming = lines.filter(function (line) {
        return line.day >= today && !/Past$/.test(line.kind);
      });
      var byGroup = { overdue: [], today: [], later: [] };
      lines.forEach(function (line) {
        byGroup[line.day < today || /Past$/.test(line.kind) ? "overdue" : line.day === today ? "today" : "later"].push(line);
      });
      groups.forEach(function (group) {
        var own = byGroup[group.name];
        group.section.hidden = own.length === 0;
        group.list.textContent = "";
        var shown = group.all ? own : own.slice(0, SHOWN);
        shown.forEach(function (line) {
          group.list.appendChild(lineFor(line, today));
        });
        var more = group.section.querySelector("[data-av-due-more]");
        if (more) more.remove();
        if (shown.length < own.length) {
          more = make("button", "md-button av-due__more", AV.plural("due_more", own.length));
          more.type = "button";
          more.setAttribute("data-av-due-more", group.name);
          group.section.appendChild(more);
        }
      });
      empty.hidden = lines.length > 0;
      empty.textContent = t(store.ids().length ? "due_none" : "due_no_records");
      calendarButton.disabled = upcoming.length === 0;
      calendarNote.textContent = upcoming.length ? AV.plural("due_ics_count", upcoming.length) : "";
    }
    return render;
  }

  function daysBetween(from, to) {
    return Math.round((AV.dates.parseDay(to) - AV.dates.parseDay(from)) / 86400000);
  }

  AV.register("[data-av-widget=due]", enhance);
})();
