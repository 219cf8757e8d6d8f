/* afterview store: the only code that touches localStorage.
   One entry per site scope holds a versioned document (see DESIGN.md, browser state):
   {version: 2, current: RUN_ID, runs: {RUN_ID: {label, created, answers: {KEY: {done, note, updated}},
   followup: {FIELD: text}}}}  (followup: what the follow-up tools were given; see FOLLOWUP)
   Reads never throw; writes re-read the stored document first and change only what the user
   changed, so two tabs never overwrite each other's edits. When storage fails, the page keeps
   working in memory and `problem` says why. */
(function () {
  "use strict";
  var AV = (window.afterview = window.afterview || {});
  var VERSION = 2;
  /* The follow-up tools' fields on a run (version 2), each a text of this form; "" is allowed. */
  var TEXT = /^[^]{0,300}$/;
  var DAY = /^(\d{4}-\d\d-\d\d)?$/;
  var FOLLOWUP = {
    first: TEXT, last: TEXT, position: TEXT, organisation: TEXT, point: TEXT, sender: TEXT,
    address: /^(ms|mr|none)?$/, lang: /^(en|de)?$/, convention: /^(us-uk|de)?$/,
    date: DAY, decision: DAY
  };
  var listeners = [];
  var doc = null; // the document in memory: always usable
  var storage = null; // localStorage, or null when the browser refuses it
  var problem = null; // null | "unavailable" | "full" | "damaged" | "newer"
  var writable = false; // false while stored data must not be written over
  var asideKey = null; // where unreadable stored data was kept
  var asideText = null; // ...and what it was, so one damaged entry is copied only once

  // Material sets __md_scope to the site root: two sites on one host never share answers,
  // and both languages of one site do.
  function storageKey() {
    var scope = window.__md_scope;
    return (scope && scope.pathname ? scope.pathname : "/") + ".afterview";
  }
  var KEY = storageKey();

  function isObject(value) {
    return value !== null && typeof value === "object" && !Array.isArray(value);
  }
  function newId() {
    return "r" + Date.now().toString(36) + Math.random().toString(36).slice(2, 6);
  }
  function now() {
    return new Date().toISOString();
  }
  function emptyDoc() {
    return { version: VERSION, current: null, runs: {} };
  }

  /* Cleans one answer; returns null when it is not an answer at all. */
  function cleanAnswer(value) {
    if (!isObject(value)) return null;
    var answer = { done: value.done === true, note: "", updated: "" };
    if (typeof value.note === "string") answer.note = value.note;
    if (typeof value.updated === "string") answer.updated = value.updated;
    return answer;
  }

  /* Cleans a run's follow-up fields: unknown or malformed ones go to `lost`. */
  function cleanFollowup(value, lost) {
    var clean = {};
    if (value !== undefined && !isObject(value)) lost.push("followup");
    Object.keys(isObject(value) ? value : {}).forEach(function (name) {
      var text = value[name];
      if (FOLLOWUP.hasOwnProperty(name) && typeof text === "string" && FOLLOWUP[name].test(text)) clean[name] = text;
      else lost.push("followup." + name);
    });
    return clean;
  }

  /* Cleans one run; `lost` collects what could not be kept so the caller can keep the
     original aside. Answers for keys no longer in the dataset are kept on purpose. */
  function cleanRun(value, lost) {
    if (!isObject(value)) return null;
    var run = {
      label: typeof value.label === "string" && value.label.trim() ? value.label : "",
      created: typeof value.created === "string" ? value.created : now(),
      answers: {},
      followup: cleanFollowup(value.followup, lost)
    };
    var answers = isObject(value.answers) ? value.answers : {};
    if (!isObject(value.answers) && value.answers !== undefined) lost.push("answers");
    Object.keys(answers).forEach(function (key) {
      var answer = key === "__proto__" ? null : cleanAnswer(answers[key]);
      if (answer) run.answers[key] = answer;
      else lost.push(key);
    });
    return run;
  }

  /* Old versions are migrated here, one step at a time. Version 0 (before records existed)
     held answers at the top level; it becomes one run. Version 1 runs had no follow-up
     fields; cleanRun() gives each an empty `followup`. */
  function migrate(raw) {
    if (isObject(raw) && raw.version === undefined && isObject(raw.answers)) {
      var id = newId();
      var runs = {};
      runs[id] = { label: "", created: now(), answers: raw.answers };
      raw = { version: 1, current: id, runs: runs };
    }
    if (isObject(raw) && raw.version === 1) raw = { version: 2, current: raw.current, runs: raw.runs };
    return raw;
  }

  /* Returns {doc, lost} for a stored text, or {newer: true}, or null when unreadable. */
  function parse(text) {
    var raw;
    try {
      raw = JSON.parse(text);
    } catch (error) {
      return null;
    }
    raw = migrate(raw);
    if (!isObject(raw) || typeof raw.version !== "number") return null;
    if (raw.version > VERSION) return { newer: true };
    if (!isObject(raw.runs)) return null;
    var lost = [];
    var clean = { version: VERSION, current: null, runs: {} };
    Object.keys(raw.runs).forEach(function (id) {
      var run = id === "__proto__" ? null : cleanRun(raw.runs[id], lost);
      if (run) clean.runs[id] = run;
      else lost.push(id);
    });
    clean.current = clean.runs[raw.current] ? raw.current : Object.keys(clean.runs)[0] || null;
    return { doc: clean, lost: lost };
  }

  /* Keeps unreadable stored text under its own key: it is never overwritten or deleted. */
  function keepAside(text) {
    if (asideText === text) return true;
    var key = KEY + ".unreadable-" + now().replace(/[:.]/g, "-");
    try {
      storage.setItem(key, text);
    } catch (error) {
      return false; // could not copy: then never write over the original either
    }
    asideKey = key;
    asideText = text;
    return true;
  }

  /* Reads the stored document into memory. Returns false when storage must not be written
     (a newer version's data, or damaged data that could not be copied aside). */
  function readStored() {
    var text;
    try {
      text = storage.getItem(KEY);
    } catch (error) {
      storage = null;
      problem = "unavailable";
      return false;
    }
    if (text === null) {
      doc = doc || emptyDoc();
      return true;
    }
    var parsed = parse(text);
    if (parsed && parsed.newer) {
      problem = "newer";
      doc = doc || emptyDoc();
      return false;
    }
    if (!parsed || parsed.lost.length) {
      problem = "damaged";
      if (!keepAside(text)) return false;
    }
    doc = parsed ? parsed.doc : emptyDoc();
    return true;
  }

  function init() {
    doc = emptyDoc();
    try {
      storage = window.localStorage;
      storage.getItem(KEY); // throws in some blocked modes only on use
    } catch (error) {
      storage = null;
    }
    if (!storage) {
      problem = "unavailable";
      return;
    }
    writable = readStored();
    window.addEventListener("storage", function (event) {
      // While our own changes could not be saved, memory is the only copy of them.
      if (event.key !== KEY || !writable || problem === "full") return;
      writable = readStored();
      notify("external");
    });
  }

  function write() {
    if (!storage || !writable) return false;
    try {
      storage.setItem(KEY, JSON.stringify(doc));
      if (problem === "full") problem = null;
      return true;
    } catch (error) {
      problem = "full";
      return false;
    }
  }

  /* Applies a change to the latest stored document (another tab may have written since),
     keeps it in memory whatever happens, and tells listeners. Returns true when saved.
     After a failed write, memory holds changes the stored copy lacks: it is not re-read
     until a write succeeds again. */
  function change(mutate) {
    if (storage && writable && problem !== "full") writable = readStored();
    mutate(doc);
    var saved = write();
    notify("local");
    return saved;
  }

  function notify(origin) {
    listeners.forEach(function (listener) {
      try {
        listener(origin);
      } catch (error) {
        if (window.console) console.error(error);
      }
    });
  }

  /* Two runs are the same when their name, start, follow-up fields and every answer (tick
     and note) are; when an answer was last changed does not matter. */
  function sameRun(a, b) {
    if (a.label !== b.label || a.created !== b.created) return false;
    var fields = Object.keys(a.followup);
    if (fields.length !== Object.keys(b.followup).length || fields.some(function (name) {
      return a.followup[name] !== b.followup[name];
    })) return false;
    var keys = Object.keys(a.answers);
    if (keys.length !== Object.keys(b.answers).length) return false;
    return keys.every(function (key) {
      var x = a.answers[key];
      var y = b.answers[key];
      return !!y && x.done === y.done && x.note === y.note;
    });
  }

  function newRun(label) {
    return { label: label, created: now(), answers: {}, followup: {} };
  }

  function ensureRun(d, label) {
    if (!d.current || !d.runs[d.current]) {
      var id = newId();
      d.runs[id] = newRun(label || "");
      d.current = id;
    }
    return d.runs[d.current];
  }

  AV.store = {
    KEY: KEY,
    init: init,
    cleanRun: cleanRun,
    problem: function () {
      return problem;
    },
    asideKey: function () {
      return asideKey;
    },
    onChange: function (listener) {
      listeners.push(listener);
    },
    doc: function () {
      return doc;
    },
    currentId: function () {
      return doc.current && doc.runs[doc.current] ? doc.current : null;
    },
    currentRun: function () {
      return doc.runs[doc.current] || null;
    },
    answer: function (key) {
      var run = doc.runs[doc.current];
      return (run && run.answers[key]) || { done: false, note: "", updated: "" };
    },
    setAnswer: function (key, patch) {
      return change(function (d) {
        var run = ensureRun(d);
        var answer = run.answers[key] || { done: false, note: "", updated: "" };
        if ("done" in patch) answer.done = patch.done === true;
        if ("note" in patch) answer.note = String(patch.note);
        answer.updated = now();
        run.answers[key] = answer;
      });
    },
    followup: function () {
      var run = doc.runs[doc.current];
      return (run && run.followup) || {};
    },
    /* Keeps follow-up fields on the current run (malformed values are not kept). */
    setFollowup: function (patch) {
      return change(function (d) {
        var run = ensureRun(d);
        var lost = [];
        var clean = cleanFollowup(patch, lost);
        Object.keys(clean).forEach(function (name) {
          run.followup[name] = clean[name];
        });
      });
    },
    createRun: function (label) {
      var id = newId();
      change(function (d) {
        d.runs[id] = newRun(label);
        d.current = id;
      });
      return id;
    },
    renameRun: function (id, label) {
      return change(function (d) {
        if (d.runs[id]) d.runs[id].label = label;
      });
    },
    switchRun: function (id) {
      return change(function (d) {
        if (d.runs[id]) d.current = id;
      });
    },
    deleteRun: function (id) {
      return change(function (d) {
        delete d.runs[id];
        if (d.current === id) d.current = Object.keys(d.runs)[0] || null;
      });
    },
    resetRun: function (id) {
      return change(function (d) {
        if (d.runs[id]) d.runs[id].answers = {};
      });
    },
    /* Adds runs from an import and returns {added, skipped}. A run identical to one
       already here is skipped (importing the same backup twice changes nothing). With
       replace, a run with the same id is overwritten; otherwise a run that differs from
       the one here is added under a new id, its name marked with `importedLabel` so the
       two can be told apart. */
    addRuns: function (runs, replace, importedLabel) {
      var result = { added: 0, skipped: 0 };
      change(function (d) {
        result = { added: 0, skipped: 0 };
        Object.keys(runs).forEach(function (id) {
          var run = runs[id];
          var same = Object.keys(d.runs).some(function (here) {
            return sameRun(d.runs[here], run);
          });
          if (same) {
            result.skipped += 1;
            return;
          }
          var target = id;
          if (d.runs[id] && !replace) {
            target = newId();
            run = { label: importedLabel(run.label), created: run.created, answers: run.answers, followup: run.followup };
          }
          d.runs[target] = run;
          if (!d.current) d.current = target;
          result.added += 1;
        });
      });
      return result;
    }
  };
})();
