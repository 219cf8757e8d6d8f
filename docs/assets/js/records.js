/* The interview records manager ([data-av-widget="records"]): start, rename, switch,
   delete and clear records; export one or all as Markdown or JSON; import a JSON backup.
   An import is checked completely before anything changes (AV.backup.readBackup), then
   written a slice at a time (store.importRuns) with its progress shown. */
(function () {
  "use strict";
  var AV = window.afterview;
  var store = AV.store;
  var t = AV.t;
  var MAX_IMPORT = AV.backup.MAX_SIZE;
  var PAGE = 100; // cards drawn at a time: thousands of records would take seconds to draw

  function slug(text) {
    return text.toLowerCase().replace(/[^a-z0-9]+/g, "-").replace(/^-|-$/g, "").slice(0, 40) || "interview";
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
    var more = AV.make("button", "md-button");
    more.type = "button";
    more.addEventListener("click", function () {
      shown += PAGE;
      render();
    });
    rows.parentNode.insertBefore(more, rows.nextSibling);

    function counts(run) {
      var done = 0;
      var notes = 0;
      Object.keys(run.answers).forEach(function (key) {
        if (run.answers[key].done) done += 1;
        if (run.answers[key].note.trim()) notes += 1;
      });
      return AV.plural("ticks", done) + " \u00b7 " + AV.plural("notes", notes);
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
      details.appendChild(form);
      part.appendChild(details);
      return part;
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
      if (!root.isConnected) return;
      var run = store.currentRun();
      var ids = store.ids();
      // With no interview yet there is nothing to rename or clear: say so once, in the list.
      currentPart.hidden = !run;
      resetPart.hidden = !run;
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
        if (kind === "all") {
          AV.download("afterview-backup-" + today + ".json", "application/json", AV.backup.backup(store.ids()));
        } else if (kind === "all-markdown") {
          var texts = store.ids().map(function (id) {
            return AV.backup.markdown(store.run(id), catalogue);
          });
          AV.download("afterview-interviews-" + today + ".md", "text/markdown", texts.join("\n---\n\n"));
        } else if (run) {
          var name = "afterview-" + slug(AV.runLabel(run));
          if (kind === "json") AV.download(name + ".json", "application/json", AV.backup.backup([store.currentId()]));
          else AV.download(name + ".md", "text/markdown", AV.backup.markdown(run, catalogue));
        }
      });
    });
    importForm.addEventListener("submit", function (event) {
      event.preventDefault();
      result.textContent = ""; // a new attempt: the last one's message no longer applies
      var file = importForm.elements.file.files[0];
      function refuse(reason) {
        result.textContent = t("importBad", { reason: reason });
      }
      if (!file) return refuse(t("noFile"));
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
        button.disabled = true; // one import at a time
        store.importRuns(runs, importForm.elements.replace.checked, function (label) {
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
          if (extra.criteria && (importForm.elements.replace.checked || !store.ownCriteria())) store.setCriteria(extra.criteria);
          var parts = [];
          if (counts.added) parts.push(AV.plural("importDone", counts.added));
          if (counts.skipped) {
            parts.push(AV.plural(counts.added ? "importSkipped" : "importNothing", counts.skipped));
          }
          var names = dropped.filter(function (name, n) {
            return dropped.indexOf(name) === n; // one name per interview, however many entries
          });
          if (dropped.length) parts.push(AV.plural("stageDropped", dropped.length, { names: names.join(", ") }));
          result.textContent = parts.join(" ");
          importForm.reset();
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

    return render;
  }

  AV.register("[data-av-widget=records]", enhance);
})();
