/* The adviser's page ([data-av-widget="adviser"]): opens a student's file or a backup in
   this browser (AV.adviserFile.read), asks for the passphrase of a locked one, and shows
   every interview read-only and printable. Nothing in the file is ever run: all of it is
   set as text. Nothing is stored unless the adviser asks to keep a copy (store.importRuns). */
(function () {
  "use strict";
  var AV = window.afterview;
  var t = AV.t;

  function enhance(root) {
    var say = AV.adviserFile.words(root);
    var catalogue = JSON.parse(root.querySelector("[data-av-catalogue]").textContent);
    var lessonKeys = AV.map();
    JSON.parse(root.querySelector("[data-av-lessons]").textContent).forEach(function (key) {
      lessonKeys[key] = true;
    });
    var form = root.querySelector("[data-av-view-form]");
    var passPart = root.querySelector("[data-av-view-pass]");
    var message = root.querySelector("[data-av-view-message]");
    var view = root.querySelector("[data-av-view]");
    var actions = root.querySelector("[data-av-view-actions]");
    var keepPart = root.querySelector("[data-av-view-keep-part]");
    var kept = root.querySelector("[data-av-view-kept]");
    var keep = root.querySelector("[data-av-view-keep]");
    var site = root.getAttribute("data-av-site");
    // Loaded on demand (backup.js): the form now works, so it replaces the button.
    root.querySelector("[data-av-load]").parentNode.hidden = true;
    form.hidden = false;
    var file = null; // what read() made of the chosen file, until another is chosen
    var shown = null; // the runs on show

    function close() {
      file = shown = null;
      view.textContent = "";
      actions.hidden = keepPart.hidden = passPart.hidden = true;
      kept.textContent = "";
      form.elements.pass.value = "";
    }

    function refuse(error) {
      message.textContent = error.kind === "wrong" ? say("view_wrong")
        : say("view_bad", { reason: error.kind === "damaged" ? say("view_damaged", { what: error.message }) : error.message });
    }

    /* One interview: name, stage and its history, the follow-up facts, each checklist
       with answers (questions from the catalogue), then the lessons. */
    function interview(run) {
      var part = AV.make("section", "av-adviser__interview");
      part.appendChild(AV.make("h2", "", AV.runLabel(run)));
      var facts = AV.make("dl", "av-adviser__facts");
      function fact(name, value) {
        if (!value) return;
        facts.appendChild(AV.make("dt", "", name));
        facts.appendChild(AV.make("dd", "", value));
      }
      var stages = run.stages || [];
      function stageText(entry) {
        var text = t("stageSince", { stage: t("stage_" + entry.stage), date: AV.formatDay(entry.on) });
        var due = "stageDue_" + entry.stage;
        return entry.due && t(due) !== due ? text + ", " + t(due, { date: AV.formatDay(entry.due) }) : text;
      }
      if (stages.length) fact(say("view_stage"), stageText(stages[stages.length - 1]));
      if (stages.length > 1) {
        fact(say("view_history"), stages.slice(0, -1).reverse().map(stageText).join("; "));
      }
      var followup = run.followup || {};
      fact(say("view_organisation"), followup.organisation);
      fact(say("view_position"), followup.position);
      fact(say("view_date"), AV.formatDay(followup.date));
      fact(say("view_decision"), AV.formatDay(followup.decision));
      fact(say("view_started", { date: "" }).replace(/\s*$/, ""), AV.formatDate(run.created));
      part.appendChild(facts);

      var known = AV.map();
      var lessons = [];
      var any = false;
      function item(list, text, answer) {
        var li = AV.make("li", "av-adviser__item" + (answer.done ? " is-done" : ""));
        li.appendChild(AV.make("span", "av-adviser__tick", answer.done ? "\u2611" : "\u2610"));
        li.appendChild(AV.make("span", "av-adviser__question", text));
        li.appendChild(AV.make("span", "av-adviser__state", "(" + say(answer.done ? "view_ticked" : "view_open_item") + ")"));
        if (answer.note && answer.note.trim()) li.appendChild(AV.make("p", "av-adviser__note", answer.note));
        list.appendChild(li);
      }
      function used(answer) {
        return !!answer && (answer.done || !!(answer.note && answer.note.trim()));
      }
      catalogue.forEach(function (checklist) {
        var entries = [];
        checklist.sections.forEach(function (section) {
          section.items.forEach(function (entry) {
            known[entry.key] = true;
            if (used(run.answers[entry.key])) entries.push([section, entry]);
          });
        });
        if (!entries.length) return;
        any = true;
        part.appendChild(AV.make("h3", "", checklist.title));
        var list = null;
        var section = null;
        entries.forEach(function (pair) {
          if (pair[0] !== section) {
            section = pair[0];
            if (section.title) part.appendChild(AV.make("h4", "", section.title));
            list = part.appendChild(AV.make("ul", "av-adviser__items"));
          }
          var answer = run.answers[pair[1].key];
          item(list, pair[1].text, answer);
          if (lessonKeys[pair[1].key] && answer.note && answer.note.trim()) lessons.push([pair[1].text, answer.note]);
        });
      });
      var removed = Object.keys(run.answers).filter(function (key) {
        return !known[key] && used(run.answers[key]);
      });
      if (removed.length) {
        any = true;
        part.appendChild(AV.make("h3", "", say("view_removed")));
        var list = part.appendChild(AV.make("ul", "av-adviser__items"));
        removed.forEach(function (key) {
          item(list, key, run.answers[key]);
        });
      }
      if (!any) part.appendChild(AV.make("p", "", say("view_no_answers")));
      if (lessons.length) {
        part.appendChild(AV.make("h3", "", say("view_lessons")));
        var lessonList = part.appendChild(AV.make("ul", "av-adviser__lessons"));
        lessons.forEach(function (lesson) {
          var li = lessonList.appendChild(AV.make("li"));
          li.appendChild(AV.make("p", "av-adviser__question", lesson[0]));
          li.appendChild(AV.make("p", "av-adviser__note", lesson[1]));
        });
      }
      return part;
    }

    function show(runs, about) {
      shown = runs;
      var ids = Object.keys(runs);
      var lines = [];
      if (about.made || about.site) {
        lines.push(say("view_made", { date: AV.formatDate(about.made), site: about.site }));
      } else {
        lines.push(say("view_backup"));
      }
      lines.push(say("view_count", { count: ids.length }));
      message.textContent = lines.join(" ");
      view.textContent = "";
      if (about.site && about.site !== site) {
        view.appendChild(AV.make("p", "av-adviser__warning", say("view_other_site", { site: about.site })));
      }
      ids.forEach(function (id) {
        view.appendChild(interview(runs[id]));
      });
      actions.hidden = keepPart.hidden = false;
      passPart.hidden = true;
      form.elements.pass.value = "";
    }

    form.elements.file.addEventListener("change", close);
    form.addEventListener("submit", function (event) {
      event.preventDefault();
      message.textContent = "";
      var chosen = form.elements.file.files[0];
      if (!chosen) return refuse({ message: t("noFile") });
      if (chosen.size > AV.backup.MAX_SIZE) return refuse({ message: t("tooBig") });
      if (file && file.open && !passPart.hidden) {
        var current = file;
        return current.open(form.elements.pass.value).then(function (runs) {
          if (file === current) show(runs, current);
        }, refuse);
      }
      close(); // a new reading: what was shown before must not pass for this file's
      chosen.text().then(function (text) {
        try {
          file = AV.adviserFile.read(text, say);
        } catch (error) {
          return refuse(error);
        }
        if (file.runs) return show(file.runs, file);
        if (!AV.adviserFile.canLock) return (message.textContent = say("view_no_crypto"));
        passPart.hidden = false;
        message.textContent = say("view_locked");
        form.elements.pass.focus();
      }, function () {
        refuse({ kind: "damaged", message: t("notJson") });
      });
    });
    root.querySelector("[data-av-view-print]").addEventListener("click", function () {
      window.print();
    });
    root.querySelector("[data-av-view-close]").addEventListener("click", function () {
      close();
      form.reset();
      message.textContent = "";
    });
    keep.addEventListener("click", function () {
      if (!shown) return;
      keep.disabled = true; // one copy at a time
      var today = AV.formatDate(new Date().toISOString());
      AV.store.importRuns(shown, false, function (label) {
        return t("importedLabel", { label: label || t("unnamed"), date: today });
      }, function () {}, function (counts) {
        keep.disabled = false;
        kept.textContent = counts.failed ? say("view_not_kept")
          : say("view_kept", { count: counts.added + counts.skipped });
      });
    });

    return function render() {}; // the view shows the file, not the stored answers
  }

  AV.register("[data-av-widget=adviser]", enhance);
})();
