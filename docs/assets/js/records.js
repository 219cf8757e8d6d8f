/* The interview records manager ([data-av-widget="records"]): start, rename, switch,
   delete and clear records, delete them all; export one or all as Markdown or JSON (each
   export says on the page what it saved); import a JSON backup, chosen with a labelled
   button that shows the file's name. An import is checked completely before anything
   changes (AV.backup.readBackup), then written a slice at a time (store.importRuns) with
   its progress shown, and it says how many interviews it added and how many it replaced.
   The parts it adds take their words from the scripts' messages (data/words/LANG.yml). */
(function () {
  "use strict";
  var AV = window.afterview;
  var store = AV.store;
  var t = AV.t;
  var MAX_IMPORT = AV.backup.MAX_SIZE;
  // Cards drawn at a time ("Show more" draws the next): thousands of records would take
  // seconds to draw, and fifty cards already fill many screens (BENCHMARKS.md).
  var PAGE = 50;

  // Letters a file name spells out (the German way for umlauts) rather than loses; other
  // accents are stripped by the decomposition in slug() (é -> e).
  var SPELLED = { "\u00e4": "ae", "\u00f6": "oe", "\u00fc": "ue", "\u00df": "ss", "\u00e6": "ae",
    "\u0153": "oe", "\u00f8": "o", "\u0142": "l", "\u0111": "d", "\u00f0": "d", "\u00fe": "th" };
  var NAME_LENGTH = 60; // of a file name's own part: long enough for "organisation – position"

  /* A name as a file name: "Müller & Söhne GmbH – Werkstudent" -> "mueller-soehne-gmbh-
     werkstudent"; cut between words when longer than NAME_LENGTH. */
  function slug(text) {
    var name = text.toLowerCase().replace(/[\u00e4\u00f6\u00fc\u00df\u00e6\u0153\u00f8\u0142\u0111\u00f0\u00fe]/g, function (letter) {
      return SPELLED[letter];
    }).normalize("NFD").replace(/[\u0300-\u036f]/g, "").replace(/[^a-z0-9]+/g, "-").replace(/^-|-$/g, "");
    if (name.length > NAME_LENGTH) {
      var cut = name.lastIndexOf("-", NAME_LENGTH); // the last word that fits whole
      name = name.slice(0, cut > 0 ? cut : NAME_LENGTH);
    }
    return name || "interview";
  }

  function enhance(root) {
    var catalogue = JSON.parse(root.querySelector("[data-av-catalogue]").textContent);
    var status = root.querySelector("[data-av-rec-status]");
    var summary = root.querySelector("[data-av-rec-summary]");
    var rename = root.querySelector("[data-av-rec-rename]");
    var create = root.querySelector("[data-av-rec-create]");
    var rows = root.querySelector("[data-av-rec-rows]");
    var importForm = root.querySelector("[data-av-rec-import]");
    var result = root.querySelector("[data-av-rec-result]");
    var reset = root.querySelector("[data-av-rec-reset]");
    var currentPart = root.querySelector("[data-av-rec-current]");
    var resetPart = root.querySelector("[data-av-rec-reset-part]");
    var empty = root.querySelector("[data-av-rec-empty]");
    var button = importForm.querySelector("[type=submit]");
    var shown = PAGE;
    var busy = false; // while deleting all: the cards are drawn once, at the end
    status.tabIndex = -1;
    var more = AV.make("button", "md-button");
    more.type = "button";
    more.addEventListener("click", function () {
      shown += PAGE;
      render();
    });
    rows.parentNode.insertBefore(more, rows.nextSibling);

    /* A status line under the buttons of `part`: what an export saved. */
    function exportLine(part) {
      var line = AV.make("p", "av-records__result");
      line.setAttribute("role", "status");
      line.setAttribute("data-av-rec-exported", "");
      part.appendChild(line);
    }
    exportLine(root.querySelector('[data-av-export="all"]').closest("section"));

    // "Delete all interviews", beside a backup button: a chance to export first.
    var wipePart = AV.make("section", "av-records__part");
    wipePart.setAttribute("aria-labelledby", "av-rec-wipe-h");
    var wipeHeading = AV.make("h2", "", t("wipeHeading"));
    wipeHeading.id = "av-rec-wipe-h";
    var wipeText = AV.make("p", "", t("wipeText"));
    var wipeButtons = AV.make("p", "av-records__buttons");
    var backupFirst = AV.make("button", "md-button", t("wipeBackup"));
    backupFirst.type = "button";
    backupFirst.setAttribute("data-av-export", "all-json"); // "all" is the Export part's own
    var wipe = AV.make("button", "md-button av-button--danger", t("wipeHeading"));
    wipe.type = "button";
    wipeButtons.appendChild(backupFirst);
    wipeButtons.appendChild(wipe);
    wipePart.appendChild(wipeHeading);
    wipePart.appendChild(wipeText);
    wipePart.appendChild(wipeButtons);
    exportLine(wipePart);
    resetPart.parentNode.insertBefore(wipePart, resetPart.nextSibling);

    // The file picker: the browser's own control, hidden but still focusable (Tab, then
    // Space or Enter opens it), drawn as a labelled button with the chosen file's name.
    var fileInput = importForm.elements.file;
    var fileLabel = importForm.querySelector("label[for=" + fileInput.id + "]");
    var fileName = AV.make("span", "av-file__name");
    var picker = AV.make("span", "av-file");
    fileLabel.className = "md-button av-file__button";
    fileInput.className = "av-file__input";
    fileName.id = fileInput.id + "-name";
    fileInput.setAttribute("aria-describedby", fileName.id);
    importForm.insertBefore(picker, fileLabel);
    picker.appendChild(fileInput);
    picker.appendChild(fileLabel);
    picker.appendChild(fileName);
    function showFile() {
      fileName.textContent = fileInput.files[0] ? fileInput.files[0].name : t("noFileChosen");
    }
    fileInput.addEventListener("change", showFile);
    showFile();

    function counts(run) {
      var done = 0;
      var notes = 0;
      Object.keys(run.answers).forEach(function (key) {
        if (AV.isDone(run.answers[key])) done += 1;
        if (run.answers[key].note.trim()) notes += 1;
      });
      return AV.plural("done", done) + " \u00b7 " + AV.plural("notes", notes);
    }

    function say(text) {
      status.textContent = text;
    }

    /* What the follow-up tools know of an interview (its summary in the index): where,
       which position, when, and the date the employer promised to decide by. "" when
       nothing was entered. */
    function followupFacts(known) {
      var parts = [known.organisation, known.position].filter(Boolean);
      if (known.date) parts.push(t("cardInterview", { date: AV.formatDay(known.date) }));
      if (known.decision) parts.push(t("cardDecision", { date: AV.formatDay(known.decision) }));
      return parts.join(" \u00b7 ");
    }

    /* A labelled field of the stage form; ids are unique on the page (ids of records may
       be any text, so they are not used in them). */
    var serial = 0;
    function field(form, text, control) {
      var label = AV.make("label", "", text);
      control.id = label.htmlFor = "av-stage-" + (serial += 1);
      var wrap = AV.make("p", "av-records__field");
      wrap.appendChild(label);
      wrap.appendChild(control);
      form.appendChild(wrap);
      return control;
    }

    /* Where an interview stands: the current stage, the earlier ones (the last three,
       dated), and a form to note a new one with its day and, for a next round or an
       offer, its due date. */
    function stagePart(id, record, known) {
      var part = AV.make("div", "av-records__stage");
      part.appendChild(AV.make("p", "av-records__current-stage",
        known.stage ? AV.stageText(known.stage, known.stageOn, known.stageDue) : t("stageNone")));
      var earlier = record.stages.slice(-4, -1).reverse();
      if (earlier.length) {
        part.appendChild(AV.make("p", "av-records__meta", t("stageHistory")));
        var list = AV.make("ul", "av-records__history");
        earlier.forEach(function (entry) {
          list.appendChild(AV.make("li", "", AV.stageText(entry.stage, entry.on, entry.due, true)));
        });
        part.appendChild(list);
      }
      var details = AV.make("details", "av-records__stage-change");
      details.appendChild(AV.make("summary", "", t("stageChange")));
      // The form is made when the details first open: a hundred cards' forms (a choice of
      // eight stages, two date fields) were most of this page's opening time with 200
      // interviews (BENCHMARKS.md, "200 interviews").
      details.addEventListener("toggle", function () {
        if (details.open && !details.querySelector("form")) details.appendChild(stageForm(id, known));
      });
      part.appendChild(details);
      return part;
    }

    /* The form that notes a new stage of interview `id`. */
    function stageForm(id, known) {
      var form = AV.make("form", "av-records__form");
      var select = field(form, t("stageField"), AV.make("select"));
      store.STAGES.forEach(function (stage) {
        var option = AV.make("option", "", t("stage_" + stage));
        option.value = stage;
        option.selected = stage === known.stage;
        select.appendChild(option);
      });
      var on = field(form, t("stageOnLabel"), AV.make("input"));
      on.type = "date";
      on.value = AV.today();
      var due = field(form, t("stageDueLabel"), AV.make("input"));
      due.type = "date";
      due.value = known.stageDue || "";
      function showDue() {
        due.parentNode.hidden = store.DUE_STAGES.indexOf(select.value) < 0;
      }
      select.addEventListener("change", showDue);
      showDue();
      var save = AV.make("button", "md-button", t("stageSave"));
      save.type = "submit";
      form.appendChild(save);
      form.addEventListener("submit", function (event) {
        event.preventDefault();
        // A date field half filled in reads as "": say so rather than save it empty.
        if (on.validity.badInput) return say(t("stageOnBad"));
        if (!due.parentNode.hidden && due.validity.badInput) return say(t("stageDueBad"));
        say(AV.setStage(id, { stage: select.value, on: on.value, due: due.value }));
      });
      return form;
    }

    /* One card per interview: its name (and a "current" badge on a line of its own, so a
       long name never runs into it), when it started, what it holds, and its actions. */
    function card(id, current) {
      var run = store.summary(id);
      var li = AV.make("li", "av-records__card" + (current ? " is-current" : ""));
      var head = AV.make("p", "av-records__name");
      head.appendChild(AV.make("span", "av-records__label", AV.runLabel(run)));
      if (current) head.appendChild(AV.make("span", "av-tag av-tag--current", t("current")));
      li.appendChild(head);
      li.appendChild(AV.make("p", "av-records__meta",
        t("started", { date: AV.formatDate(run.created) }) + " \u00b7 " + counts(store.run(id))));
      var facts = followupFacts(run);
      if (facts) li.appendChild(AV.make("p", "av-records__meta", facts));
      li.appendChild(stagePart(id, store.run(id), run));
      var actions = AV.make("p", "av-records__actions");
      if (!current) {
        var open = AV.make("button", "md-button", t("makeCurrent"));
        open.type = "button";
        open.setAttribute("aria-label", t("makeCurrent") + ": " + AV.runLabel(run));
        open.addEventListener("click", function () {
          store.switchRun(id);
          say(t("switched", { label: AV.runLabel(run) }));
        });
        actions.appendChild(open);
      }
      var remove = AV.make("button", "md-button av-button--danger", t("remove"));
      remove.type = "button";
      remove.setAttribute("aria-label", t("remove") + ": " + AV.runLabel(run));
      remove.addEventListener("click", function () {
        if (!window.confirm(t("confirmDelete", { label: AV.runLabel(run) }))) return;
        store.deleteRun(id);
        say(t("deleted", { label: AV.runLabel(run) }));
      });
      actions.appendChild(remove);
      li.appendChild(actions);
      return li;
    }

    function render() {
      if (!root.isConnected || busy) return;
      var run = store.currentRun();
      var ids = store.ids();
      // With no interview yet there is nothing to rename or clear: say so once, in the list.
      currentPart.hidden = !run;
      resetPart.hidden = !run;
      wipePart.hidden = !ids.length;
      empty.hidden = ids.length > 0;
            summary.textContent = run
        ? t("started", { date: AV.formatDate(run.created) }) + " \u00b7 " + counts(run)
        : "";
      if (document.activeElement !== rename.elements.label) {
        rename.elements.label.value = run ? run.label : "";
      }
      Array.prototype.forEach.call(rename.elements, function (control) {
        control.disabled = !run;
      });
      root.querySelectorAll('[data-av-export="markdown"], [data-av-export="json"]').forEach(function (button) {
        button.disabled = !run;
      });
      root.querySelectorAll('[data-av-export^="all"]').forEach(function (button) {
        button.disabled = !ids.length;
      });
      reset.disabled = !run;
      wipe.disabled = !ids.length;
      rows.hidden = !ids.length;
      rows.textContent = "";
      var cards = document.createDocumentFragment();
      ids.slice(0, shown).forEach(function (id) {
        cards.appendChild(card(id, id === store.currentId()));
      });
      rows.appendChild(cards);
      more.hidden = ids.length <= shown;
      more.textContent = t("showMore", { shown: Math.min(shown, ids.length), total: ids.length });
    }

    rename.addEventListener("submit", function (event) {
      event.preventDefault();
      var label = rename.elements.label.value.trim();
      if (!label || !store.currentId()) return;
      store.renameRun(store.currentId(), label);
      say(t("renamed", { label: label }));
    });
    create.addEventListener("submit", function (event) {
      event.preventDefault();
      var label = create.elements.label.value.trim();
      if (!label) return;
      store.createRun(label);
      create.elements.label.value = "";
      say(t("created", { label: label }));
    });
    root.querySelectorAll("[data-av-export]").forEach(function (button) {
      button.addEventListener("click", function () {
        var run = store.currentRun();
        var kind = button.getAttribute("data-av-export");
        var today = new Date().toISOString().slice(0, 10);
        var all = kind.indexOf("all") === 0;
        var json = kind.indexOf("markdown") < 0;
        var ids = all ? store.ids() : run ? [store.currentId()] : [];
        if (!ids.length) return;
        var name = "afterview-" + (all ? (json ? "backup-" : "interviews-") + today : slug(AV.runLabel(run)));
        if (json) {
          name += ".json";
          AV.download(name, "application/json", AV.backup.backup(ids));
        } else {
          name += ".md";
          AV.download(name, "text/markdown", ids.map(function (id) {
            return AV.backup.markdown(store.run(id), catalogue);
          }).join("\n---\n\n"));
        }
        button.closest("section").querySelector("[data-av-rec-exported]").textContent =
          AV.plural("exportedTo", ids.length, { file: name });
      });
    });
    importForm.addEventListener("submit", function (event) {
      event.preventDefault();
      result.textContent = ""; // a new attempt: the last one's message no longer applies
      var file = importForm.elements.file.files[0];
      function refuse(reason) {
        result.textContent = t("importBad", { reason: reason });
      }
      if (!file) {
        result.textContent = t("noFile");
        return;
      }
      if (file.size > MAX_IMPORT) return refuse(t("tooBig"));
      file.text().then(function (text) {
        var runs;
        var dropped = []; // the interviews whose malformed stages were left out
        var extra = {}; // the file's criteria for comparing offers, if any
        try {
          runs = AV.backup.readBackup(text, dropped, extra);
        } catch (error) {
          return refuse(error.message);
        }
        var today = AV.formatDate(new Date().toISOString());
        // What a replacing import will write over, as it is now: an interview whose entry
        // has changed at the end was replaced (one identical to the file's is skipped).
        var replace = importForm.elements.replace.checked;
        var before = AV.map();
        Object.keys(runs).forEach(function (id) {
          if (replace && store.summary(id)) before[id] = JSON.stringify(store.run(id));
        });
        button.disabled = true; // one import at a time
        store.importRuns(runs, replace, function (label) {
          return t("importedLabel", { label: label || t("unnamed"), date: today });
        }, function (done, total) {
          result.textContent = t("importProgress", { done: done, total: total });
        }, function (counts) {
          button.disabled = false;
          if (counts.failed) {
            // Nothing was stored: it must never look imported (what to do is in the message).
            result.textContent = t(counts.failed === "full" ? "importFull" : "importBlocked");
            return;
          }
          // The file's criteria for comparing offers: kept when replacing, or when the
          // user has none of their own yet (their own are never overwritten by an addition).
          if (extra.criteria && (replace || !store.ownCriteria())) store.setCriteria(extra.criteria);
          var replaced = Object.keys(before).filter(function (id) {
            return JSON.stringify(store.run(id)) !== before[id];
          }).length;
          var parts = [];
          if (replaced) parts.push(AV.plural("importReplaced", replaced));
          if (counts.added > replaced) parts.push(AV.plural("importDone", counts.added - replaced));
          if (counts.skipped) {
            parts.push(AV.plural(counts.added ? "importSkipped" : "importNothing", counts.skipped));
          }
          var names = dropped.filter(function (name, n) {
            return dropped.indexOf(name) === n; // one name per interview, however many entries
          });
          if (dropped.length) parts.push(AV.plural("stageDropped", dropped.length, { names: names.join(", ") }));
          result.textContent = parts.join(" ");
          importForm.reset();
          showFile();
        });
      }, function () {
        refuse(t("notJson"));
      });
    });
    reset.addEventListener("click", function () {
      var run = store.currentRun();
      if (!run || !window.confirm(t("confirmReset", { label: AV.runLabel(run) }))) return;
      store.resetRun(store.currentId());
      say(t("cleared", { label: AV.runLabel(run) }));
    });
    /* Deletes every interview after one confirmation, a slice of 40 ms at a time (each
       deletion rewrites the index: thousands at once would freeze the page), and draws the
       page once, at the end. */
    wipe.addEventListener("click", function () {
      var ids = store.ids();
      if (!ids.length || !window.confirm(t("confirmWipe", { count: ids.length }))) return;
      var total = ids.length;
      busy = true;
      wipe.disabled = true;
      (function step() {
        var until = Date.now() + 40;
        while (ids.length && Date.now() < until) store.deleteRun(ids.pop());
        if (ids.length) return setTimeout(step, 0);
        busy = false;
        render();
        say(t("wiped", { count: total }));
        status.focus(); // the button is gone: focus goes to what happened
      })();
    });

    return render;
  }

  AV.register("[data-av-widget=records]", enhance);
})();
