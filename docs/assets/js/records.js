/* The interview records manager ([data-av-widget="records"]): start, rename, switch,
   delete and clear records; export one or all as Markdown or JSON; import a JSON backup.
   An import is checked completely before anything changes, then written a slice at a time
   (store.importRuns) with its progress shown. */
(function () {
  "use strict";
  var AV = window.afterview;
  var store = AV.store;
  var t = AV.t;
  var MAX_IMPORT = 5 * 1024 * 1024;
  var PAGE = 100; // cards drawn at a time: thousands of records would take seconds to draw
  // The backup's own version: the shape of its records. Version 3 of the store changed
  // only how records are stored, so its backups are still version 2 (and older sites can
  // read them). Versions 0 (unversioned) and 1 are imported as well.
  var BACKUP_VERSION = 2;

  function isObject(value) {
    return value !== null && typeof value === "object" && !Array.isArray(value);
  }
  function optional(value, type) {
    return value === undefined || typeof value === type;
  }

  /* Returns the runs of a backup file's text, or throws an Error whose message says why not.
     Ids and answer keys may be any text ("__proto__" too: the maps have no prototype). */
  function readBackup(text) {
    var data;
    try {
      data = JSON.parse(text);
    } catch (error) {
      throw new Error(t("notJson"));
    }
    if (isObject(data) && typeof data.version === "number" && data.version > BACKUP_VERSION) {
      throw new Error(t("newerBackup"));
    }
    if (!isObject(data) || !isObject(data.runs) || !Object.keys(data.runs).length ||
        [undefined, 1, 2].indexOf(data.version) < 0) {
      throw new Error(t("noRuns"));
    }
    var runs = AV.map();
    Object.keys(data.runs).forEach(function (id) {
      var run = data.runs[id];
      if (id.length > 200 || !isObject(run) || typeof run.label !== "string" ||
          !optional(run.created, "string") || !isObject(run.answers)) {
        throw new Error(t("badRun", { id: id }));
      }
      Object.keys(run.answers).forEach(function (key) {
        var answer = run.answers[key];
        if (!isObject(answer) || !optional(answer.done, "boolean") ||
            !optional(answer.note, "string") || !optional(answer.updated, "string")) {
          throw new Error(t("badAnswer", { key: key, id: id }));
        }
      });
      // The start and the follow-up fields must be well-formed too (store.js says how); a
      // date that is no real day gets a message of its own.
      var lost = [];
      runs[id] = store.cleanRun(run, lost);
      lost.forEach(function (what) {
        var value = what === "created" ? run.created : /^followup\.(date|decision)$/.test(what) && run.followup[what.slice(9)];
        if (typeof value === "string") throw new Error(t("badDate", { value: value, id: id }));
      });
      if (lost.length) throw new Error(t("badRun", { id: id }));
    });
    return runs;
  }

  function slug(text) {
    return text.toLowerCase().replace(/[^a-z0-9]+/g, "-").replace(/^-|-$/g, "").slice(0, 40) || "interview";
  }

  /* The backup document of the records `ids`. */
  function backup(ids) {
    var runs = AV.map();
    ids.forEach(function (id) {
      runs[id] = store.run(id);
    });
    return JSON.stringify({ format: "afterview", version: BACKUP_VERSION, exported: new Date().toISOString(), runs: runs }, null, 2);
  }

  // Text from the user (names, notes, keys of removed questions) shown in Markdown as
  // written: control characters and line breaks become spaces, and nothing in it is read
  // as Markdown or HTML (CommonMark and Python-Markdown alike).
  var CONTROL = /[\x00-\x1f\x7f-\x9f\u2028\u2029]+/g;
  function plain(text) {
    return text.replace(CONTROL, " ").replace(/[\\`*_[\]]/g, "\\$&")
      .replace(/&(?=#?\w+;)/g, "&amp;").replace(/</g, "&lt;");
  }
  /* A key as a code span, fenced by more backticks than it holds. */
  function code(text) {
    text = text.replace(CONTROL, " ");
    var longest = (text.match(/`+/g) || []).reduce(function (most, ticks) {
      return Math.max(most, ticks.length);
    }, 0);
    var fence = new Array(longest + 2).join("`");
    var pad = /^`|`$/.test(text) ? " " : "";
    return fence + pad + text + pad + fence;
  }
  /* A note as a Markdown block quote, one line of the note per line. */
  function quote(note) {
    return note.split(/\r\n|[\n\r\u2028\u2029]/).map(function (line) {
      return "  > " + plain(line);
    }).join("\n");
  }

  function markdown(run, catalogue) {
    var answers = run.answers;
    var known = AV.map();
    var lines = ["# " + t("interview") + ": " + plain(AV.runLabel(run)), "",
      t("started", { date: AV.formatDate(run.created) }) + " \u00b7 " +
      t("exported", { date: AV.formatDate(new Date().toISOString()) }), ""];
    function item(text, answer) {
      lines.push("- [" + (answer.done ? "x" : " ") + "] " + text);
      if (answer.note && answer.note.trim()) lines.push("", quote(answer.note), "");
    }
    catalogue.forEach(function (checklist) {
      var used = false;
      checklist.sections.forEach(function (section) {
        section.items.forEach(function (entry) {
          known[entry.key] = true;
          var answer = answers[entry.key];
          used = used || !!(answer && (answer.done || answer.note));
        });
      });
      if (!used) return;
      lines.push("## " + plain(checklist.title), "");
      checklist.sections.forEach(function (section) {
        if (section.title) lines.push("### " + plain(section.title), "");
        section.items.forEach(function (entry) {
          item(plain(entry.text), answers[entry.key] || { done: false, note: "" });
        });
        lines.push("");
      });
    });
    var removed = Object.keys(answers).filter(function (key) {
      return !known[key];
    });
    if (removed.length) {
      lines.push("## " + t("removedItems"), "");
      removed.forEach(function (key) {
        item(code(key), answers[key]);
      });
    }
    return lines.join("\n").replace(/\n{3,}/g, "\n\n") + "\n";
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
          AV.download("afterview-backup-" + today + ".json", "application/json", backup(store.ids()));
        } else if (kind === "all-markdown") {
          var texts = store.ids().map(function (id) {
            return markdown(store.run(id), catalogue);
          });
          AV.download("afterview-interviews-" + today + ".md", "text/markdown", texts.join("\n---\n\n"));
        } else if (run) {
          var name = "afterview-" + slug(AV.runLabel(run));
          if (kind === "json") AV.download(name + ".json", "application/json", backup([store.currentId()]));
          else AV.download(name + ".md", "text/markdown", markdown(run, catalogue));
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
        try {
          runs = readBackup(text);
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
          var parts = [];
          if (counts.added) parts.push(AV.plural("importDone", counts.added));
          if (counts.skipped) {
            parts.push(AV.plural(counts.added ? "importSkipped" : "importNothing", counts.skipped));
          }
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
