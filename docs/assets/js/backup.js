/* Backups (AV.backup), shared by the records manager and the adviser's pages: the
   checking of a backup file (readBackup), the backup document of some records (backup)
   and one record as Markdown (markdown). Loaded after the core, before records.js and the
   adviser's scripts (macros/components.py lists it first). */
(function () {
  "use strict";
  var AV = window.afterview;
  var store = AV.store;
  var t = AV.t;
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
     Ids and answer keys may be any text ("__proto__" too: the maps have no prototype).
     A malformed stage entry refuses nothing: it is left out, the rest of its record kept,
     and named in `dropped` (when given) so the import can say so. */
  function readBackup(text, dropped, extra) {
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
      lost = lost.filter(function (what) {
        var stage = /^stages(\.|$)/.test(what);
        if (stage && dropped) dropped.push(AV.runLabel(runs[id]));
        return !stage;
      });
      lost.forEach(function (what) {
        var value = what === "created" ? run.created : /^followup\.(date|decision)$/.test(what) && run.followup[what.slice(9)];
        if (typeof value === "string") throw new Error(t("badDate", { value: value, id: id }));
      });
      if (lost.length) throw new Error(t("badRun", { id: id }));
    });
    // The offer comparison's criteria (since store version 5; optional): the well-formed
    // ones go to `extra.criteria` for the import to keep.
    if (extra && data.criteria !== undefined) {
      var criteria = store.cleanCriteria(Array.isArray(data.criteria) ? data.criteria : null, []);
      if (criteria && criteria.length) extra.criteria = criteria;
    }
    return runs;
  }

  /* The backup document of the records `ids`. */
  function backup(ids) {
    var runs = AV.map();
    ids.forEach(function (id) {
      runs[id] = store.run(id);
    });
    var doc = { format: "afterview", version: BACKUP_VERSION, exported: new Date().toISOString(), runs: runs };
    // The user's criteria for comparing offers travel with the interviews (an older site
    // ignores them; the ratings are on the records).
    if (store.ownCriteria()) doc.criteria = store.criteria();
    return JSON.stringify(doc, null, 2);
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

  /* One record as Markdown: its name; what the follow-up tools and the stages know of it
     (organisation, position, the interview's day, the decision's, the stage and the earlier
     ones); then per checklist with answers a task-list line per item, ticked when done
     (AV.isDone: the same tick the checklist shows), an item of one practice labelled with
     it (the catalogue carries the label, records.html), and notes as block quotes. */
  function markdown(run, catalogue) {
    var answers = run.answers;
    var known = AV.map();
    var followup = run.followup || {};
    var stages = run.stages || [];
    var lines = ["# " + t("interview") + ": " + plain(AV.runLabel(run)), ""];
    [["mdOrganisation", followup.organisation], ["mdPosition", followup.position],
      ["mdDate", AV.formatDay(followup.date)], ["mdDecision", AV.formatDay(followup.decision)]].forEach(function (fact) {
      if (fact[1]) lines.push("- " + t(fact[0]) + ": " + plain(fact[1]));
    });
    // The stage words come with the records page (stage.js); the other pages export nothing.
    if (stages.length && AV.stageText) {
      var last = stages[stages.length - 1];
      lines.push("- " + t("stageField") + ": " + plain(AV.stageText(last.stage, last.on, last.due)));
      if (stages.length > 1) {
        lines.push("- " + t("stageHistory") + " " + plain(stages.slice(0, -1).reverse().map(function (entry) {
          return AV.stageText(entry.stage, entry.on, entry.due, true);
        }).join("; ")));
      }
    }
    lines.push("", t("started", { date: AV.formatDate(run.created) }) + " \u00b7 " +
      t("exported", { date: AV.formatDate(new Date().toISOString()) }), "");
    function item(text, answer, practice) {
      lines.push("- [" + (AV.isDone(answer) ? "x" : " ") + "] " + text + (practice ? " *(" + plain(practice) + ")*" : ""));
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
          item(plain(entry.text), answers[entry.key] || { done: false, note: "" }, entry.practice);
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

  /* A button [data-av-load="URL"] loads a widget's script when pressed: the adviser file
     maker on the records page, which most visitors never use, and the adviser's viewer:
     with them, both pages would be over the weight budget (tests/build/test_page_weight.py). The script registers
     its widget, and AV.register enhances it at once. Same origin, so the CSP allows it. */
  document.addEventListener("click", function (event) {
    var button = event.target.closest ? event.target.closest("[data-av-load]") : null;
    if (!button || button.disabled) return;
    button.disabled = true;
    // Several scripts (space-separated) run in the order given: async off keeps it.
    button.getAttribute("data-av-load").split(" ").forEach(function (url) {
      var script = document.createElement("script");
      script.async = false;
      script.src = url;
      script.onerror = function () {
        button.disabled = false; // offline or moved: one may try again
      };
      document.head.appendChild(script);
    });
  });

  AV.backup = {
    VERSION: BACKUP_VERSION,
    MAX_SIZE: 5 * 1024 * 1024, // the largest file read: far more than years of notes
    isObject: isObject,
    readBackup: readBackup,
    backup: backup,
    markdown: markdown
  };
})();
