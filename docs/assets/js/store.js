/* afterview store: the only code that touches localStorage (ARCHITECTURE.md, "The browser
   state"). Since version 3 each interview record is kept in an entry of its own, next to
   a small index, all under the site's scope key KEY (version 4 added the stages, version 5
   the offer comparison's criteria and ratings):
     KEY:index  {version: 5, current: ID, records: {ID: SUMMARY},
                 criteria: null | [{id, weight, label?}, ...]}
     KEY:r:ID   {version: 5, label, named, created, answers: {KEY: {done, note, updated}},
                 followup, stages: [{stage, on, due, at}, ...], ratings: {CRITERION: 1-5}}
   SUMMARY is what lists need without opening a record: its label, start, the follow-up
   fields of SUMMARY_FIELDS and the current stage (stage, stageOn, stageDue). A change
   reads and writes only its record (and the index when the list, the current record or
   a summary changes). Reads never throw. Every write re-reads its entry first and applies
   this tab's changes on top, and a change that could not be written stays queued until
   it can: two tabs never overwrite each other's saved edits. When storage fails, the
   page keeps working in memory and `problem` says why. */
(function () {
  "use strict";
  var AV = (window.afterview = window.afterview || {});
  var VERSION = 5;
  var TEXT = /^[^]{0,300}$/;
  // A day, tested like the patterns below: "" or a real calendar day (not 2026-02-31).
  var DAY = {
    test: function (text) {
      return !text || AV.realDay(text);
    }
  };
  /* The follow-up tools' fields on a record, each a text of this form; "" is allowed.
     Version 3 added title, addition, the forms of address mx and unknown, and the practices
     us and uk (us-uk, of version 2, stays readable). */
  var FOLLOWUP = {
    first: TEXT, last: TEXT, position: TEXT, organisation: TEXT, point: TEXT, sender: TEXT,
    addition: TEXT, address: /^(ms|mr|mx|none|unknown)?$/, title: /^(dr|prof)?$/,
    lang: /^(en|de)?$/, convention: /^(us-uk|us|uk|de)?$/, date: DAY, decision: DAY, region: /^(BW|BY|BE|BB|HB|HH|HE|MV|NI|NW|RP|SL|SN|ST|SH|TH)?$/
  };
  // What the index repeats of a record's follow-up fields (pages listing what is due, who
  // with, read these without opening every record).
  var SUMMARY_FIELDS = ["organisation", "position", "date", "decision", "convention", "region"];
  /* Where an interview stands (version 4). Only a next round has a date and an offer a
     deadline: `due` is kept for those two alone. */
  var STAGES = ["waiting", "next-round", "offer", "accepted", "declined", "rejected", "no-reply", "withdrawn"];
  var DUE_STAGES = ["next-round", "offer"];
  /* The offer comparison (version 5): what the user weighs offers by. `criteria` is null
     until the user changes it, and then means these defaults (their words are the page's);
     a criterion of the user's own has an id "own-..." and a label. Weights go from 0 (left
     out) to 5; an offer's rating of a criterion from 1 to 5. */
  var DEFAULT_CRITERIA = ["pay", "growth", "people", "work", "place", "security", "balance"];
  var DEFAULT_WEIGHT = 3;
  var CRITERION_ID = /^[a-z][a-z0-9-]{0,39}$/;
  var MAX_CRITERIA = 30;
  // Ids and answer keys may be any text ("constructor", "__proto__"...): every map of them
  // has no prototype (AV.map), and is read with has.call.
  var map = AV.map;
  var has = Object.prototype.hasOwnProperty;

  // Material sets __md_scope to the site root: two sites on one host never share answers,
  // and both languages of one site do.
  var scope = window.__md_scope;
  var KEY = (scope && scope.pathname ? scope.pathname : "/") + ".afterview";
  var INDEX = KEY + ":index";
  var RECORD = KEY + ":r:";

  var listeners = [];
  var storage = null; // localStorage, or null when the browser refuses it
  var writable = false; // false while stored data must not be written over
  var readProblem = null; // null | "unavailable" | "damaged" | "newer"
  var writeProblem = null; // null | "full" | "blocked": this tab has changes not saved
  var asideKey = null; // where unreadable stored data was kept
  var index = emptyIndex(); // the index in memory: always usable
  var records = map(); // the records read so far, by id
  var pending = map(); // storage key -> this tab's changes not yet saved there, in order
  var oldLeft = false; // the one-entry document of versions 0-2 waits to be removed
  var stamp = 0; // counts changes of the index in memory (lists redraw only then)
  var timer = null; // one redraw for a burst of other tabs' saves
  var sorted = []; // the ids, newest first, as of stamp sortedAt
  var sortedAt = -1;

  function own(object, key) {
    return has.call(object, key);
  }
  function isObject(value) {
    return value !== null && typeof value === "object" && !Array.isArray(value);
  }
  function firstKey(object) {
    return Object.keys(object)[0] || null;
  }
  function newId() {
    return "r" + Date.now().toString(36) + Math.random().toString(36).slice(2, 6);
  }
  function now() {
    return new Date().toISOString();
  }
  function emptyIndex() {
    return { version: VERSION, current: null, records: map(), criteria: null };
  }
  function parseJSON(text) {
    try {
      return JSON.parse(text);
    } catch (error) {
      return undefined;
    }
  }

  /* Cleans one answer; returns null when it is not an answer at all. */
  function cleanAnswer(value) {
    if (!isObject(value)) return null;
    return {
      done: value.done === true,
      note: typeof value.note === "string" ? value.note : "",
      updated: typeof value.updated === "string" ? value.updated : ""
    };
  }

  /* Cleans a record's follow-up fields: unknown or malformed ones go to `lost`. */
  function cleanFollowup(value, lost) {
    var clean = map();
    if (value !== undefined && !isObject(value)) lost.push("followup");
    Object.keys(isObject(value) ? value : {}).forEach(function (name) {
      var text = value[name];
      if (own(FOLLOWUP, name) && typeof text === "string" && FOLLOWUP[name].test(text)) clean[name] = text;
      else lost.push("followup." + name);
    });
    return clean;
  }

  /* What is wrong with a stage as entered: null, or the message key saying why. A day
     in the past is fine for `on` (it happened); a `due` in the past is allowed too (the
     form warns), only a missing or impossible date, or a due date where the stage has
     none, is refused. The same rules clean stored and imported stages. */
  function stageProblem(stage, on, due) {
    if (STAGES.indexOf(stage) < 0) return "stageUnknown";
    if (!on) return "stageOnMissing";
    if (!AV.realDay(on)) return "stageOnBad";
    if (due && DUE_STAGES.indexOf(stage) < 0) return "stageDueNone";
    if (due && !AV.realDay(due)) return "stageDueBad";
    return null;
  }

  function isScore(value, lowest) {
    return typeof value === "number" && value % 1 === 0 && value >= lowest && value <= 5;
  }
  /* Cleans the comparison's criteria: null (the defaults) or a list of {id, weight, label}
     (label for the user's own only), each id once; a malformed one goes to `lost`. */
  function cleanCriteria(value, lost) {
    if (value === undefined || value === null) return null;
    if (!Array.isArray(value) || value.length > MAX_CRITERIA) {
      lost.push("criteria");
      return null;
    }
    var seen = map();
    var clean = [];
    value.forEach(function (entry, n) {
      var custom = isObject(entry) && DEFAULT_CRITERIA.indexOf(entry.id) < 0;
      if (isObject(entry) && typeof entry.id === "string" && CRITERION_ID.test(entry.id) && !own(seen, entry.id) &&
          isScore(entry.weight, 0) && (!custom || typeof entry.label === "string" && TEXT.test(entry.label) && entry.label.trim())) {
        seen[entry.id] = true;
        clean.push(custom ? { id: entry.id, weight: entry.weight, label: entry.label } : { id: entry.id, weight: entry.weight });
      } else {
        lost.push("criteria." + n);
      }
    });
    return clean;
  }
  /* Cleans an offer's ratings {criterion id: 1-5}; a malformed one goes to `lost`. */
  function cleanRatings(value, lost) {
    var clean = map();
    if (value !== undefined && !isObject(value)) lost.push("ratings");
    Object.keys(isObject(value) ? value : {}).forEach(function (id) {
      if (CRITERION_ID.test(id) && isScore(value[id], 1)) clean[id] = value[id];
      else lost.push("ratings." + id);
    });
    return clean;
  }

  /* Cleans a record's stages: each malformed entry goes to `lost` as "stages.N", the rest
     is kept, oldest first (by the time each was recorded). */
  function cleanStages(value, lost) {
    if (value !== undefined && !Array.isArray(value)) lost.push("stages");
    var clean = [];
    (Array.isArray(value) ? value : []).forEach(function (entry, n) {
      var due = isObject(entry) && entry.due === undefined ? "" : isObject(entry) && entry.due;
      if (isObject(entry) && typeof entry.on === "string" && typeof due === "string" &&
          typeof entry.at === "string" && AV.realTime(entry.at) &&
          !stageProblem(entry.stage, entry.on, due)) {
        clean.push({ stage: entry.stage, on: entry.on, due: due, at: entry.at });
      } else {
        lost.push("stages." + n);
      }
    });
    return sortStages(clean);
  }
  function sortStages(stages) {
    return stages.sort(function (a, b) {
      return a.at < b.at ? -1 : a.at > b.at ? 1 : 0;
    });
  }

  /* Cleans one record; `lost` collects what could not be kept (the caller keeps the
     original aside, or refuses an import). Answers for keys no longer in the dataset are
     kept on purpose. */
  function cleanRun(value, lost) {
    if (!isObject(value)) return null;
    var created = typeof value.created === "string" && AV.realTime(value.created);
    if (!created && value.created !== undefined) lost.push("created");
    var label = typeof value.label === "string" && value.label.trim() ? value.label : "";
    var run = {
      label: label,
      // Whether the user chose the name (then organisation and position never replace it).
      // Records from before version 4 did not say: a name they have is kept as chosen.
      named: typeof value.named === "boolean" ? value.named : !!label,
      created: created ? value.created : now(),
      answers: map(),
      followup: cleanFollowup(value.followup, lost),
      stages: cleanStages(value.stages, lost),
      ratings: cleanRatings(value.ratings, lost)
    };
    var answers = isObject(value.answers) ? value.answers : {};
    if (!isObject(value.answers) && value.answers !== undefined) lost.push("answers");
    Object.keys(answers).forEach(function (key) {
      var answer = cleanAnswer(answers[key]);
      if (answer) run.answers[key] = answer;
      else lost.push(key);
    });
    return run;
  }

  function summaryOf(run) {
    var summary = { label: run.label, created: run.created };
    SUMMARY_FIELDS.forEach(function (name) {
      if (run.followup[name]) summary[name] = run.followup[name];
    });
    var last = run.stages[run.stages.length - 1];
    if (last) {
      summary.stage = last.stage;
      summary.stageOn = last.on;
      if (last.due) summary.stageDue = last.due;
    }
    return summary;
  }
  /* A summary from the index, cleaned like the record it repeats; null when malformed. */
  function cleanSummary(value) {
    if (!isObject(value) || typeof value.label !== "string") return null;
    var lost = [];
    var followup = {};
    SUMMARY_FIELDS.forEach(function (name) {
      if (own(value, name)) followup[name] = value[name];
    });
    var stages = own(value, "stage") ? [{ stage: value.stage, on: value.stageOn, due: value.stageDue, at: value.created }] : [];
    var run = cleanRun({ label: value.label, created: value.created, followup: followup, stages: stages }, lost);
    return lost.length ? null : summaryOf(run);
  }
  /* A record that has no entry (yet): what the index knows of it. */
  function fromSummary(summary) {
    return cleanRun({ label: summary ? summary.label : "", created: summary ? summary.created : now() }, []);
  }

  /* Reads an entry (the index when `isIndex`, else a record): {value, lost}, {newer: true},
     or null when unreadable. */
  function parseEntry(text, isIndex) {
    var raw = parseJSON(text);
    if (!isObject(raw) || typeof raw.version !== "number") return null;
    if (raw.version > VERSION) return { newer: true };
    // Older entries are migrated here, one step per version, when they are read
    // (ARCHITECTURE.md, "Versioning"). Version 4 added a record's stages and `named`: a
    // record of version 3 has no stage yet (cleanRun gives it none) and its name counts
    // as chosen; the index's summaries are the same.
    if (raw.version === 3) raw.version = 4;
    // Version 5 added the offer comparison: a record of version 4 has no ratings (cleanRun
    // gives it none) and the index no criteria of the user's (null: the defaults).
    if (raw.version === 4) raw.version = 5;
    if (raw.version !== VERSION) return null;
    var lost = [];
    if (!isIndex) return { value: cleanRun(raw, lost), lost: lost };
    if (!isObject(raw.records)) return null;
    var value = emptyIndex();
    Object.keys(raw.records).forEach(function (id) {
      var summary = cleanSummary(raw.records[id]);
      if (summary) value.records[id] = summary;
      else lost.push(id);
    });
    value.current = typeof raw.current === "string" && own(value.records, raw.current) ? raw.current : firstKey(value.records);
    value.criteria = cleanCriteria(raw.criteria, lost);
    return { value: value, lost: lost };
  }

  /* The one-entry document of versions 0-2 (under KEY), migrated one step at a time:
     version 0 (before records existed) held answers at the top level and becomes one
     record; version 1 records had no follow-up fields (cleanRun gives each an empty one);
     version 2 is cleaned record by record. {doc, lost}, {newer: true}, or null. */
  function parseOld(text) {
    var raw = parseJSON(text);
    if (isObject(raw) && raw.version === undefined && isObject(raw.answers)) {
      var runs = {};
      runs.r0 = { answers: raw.answers };
      raw = { version: 1, current: "r0", runs: runs };
    }
    if (!isObject(raw) || typeof raw.version !== "number") return null;
    if (raw.version > 2) return { newer: true };
    if (!isObject(raw.runs)) return null;
    var lost = [];
    var doc = { current: raw.current, runs: map() };
    Object.keys(raw.runs).forEach(function (id) {
      var run = cleanRun(raw.runs[id], lost);
      if (run) doc.runs[id] = run;
      else lost.push(id);
    });
    return { doc: doc, lost: lost };
  }

  /* The stored text under `key`, or null. A browser that stops letting the site read
     makes the page work in memory from then on. */
  function read(key) {
    try {
      return storage ? storage.getItem(key) : null;
    } catch (error) {
      storage = null;
      readProblem = "unavailable";
      return null;
    }
  }
  /* Writes `text` under `key`: null when done, else why not ("full" or "blocked"). */
  function put(key, text) {
    try {
      storage.setItem(key, text);
      return null;
    } catch (error) {
      return error && (/quota/i.test(error.name) || error.code === 22) ? "full" : "blocked";
    }
  }
  function remove(key) {
    try {
      storage.removeItem(key);
    } catch (error) {
      // nothing to keep: the entry stays, and is read again next time
    }
  }
  /* The keys of storage that start with `prefix`. */
  function keysFrom(prefix) {
    var keys = [];
    try {
      for (var i = 0; i < storage.length; i++) {
        if (storage.key(i).indexOf(prefix) === 0) keys.push(storage.key(i));
      }
    } catch (error) {
      // an unreadable storage has no keys to offer
    }
    return keys;
  }

  /* Keeps unreadable stored text under a key of its own, once: a copy made on an earlier
     visit is found by its content. Returns false when no copy could be made; then the
     original is never written over either. */
  function keepAside(key, text) {
    var prefix = KEY + ".unreadable-";
    var found = keysFrom(prefix).filter(function (name) {
      return read(name) === text;
    })[0];
    var name = found || prefix + now().replace(/[:.]/g, "-") + key.slice(KEY.length);
    if (!found && put(name, text)) return false;
    asideKey = name;
    return true;
  }
  /* Damaged stored text: kept aside (or, failing that, nothing is written any more). */
  function damaged(key, text) {
    readProblem = "damaged";
    if (keepAside(key, text)) return true;
    writable = false;
    return false;
  }

  /* Stored text holds no character beyond U+00FF: each is written as JSON's \uXXXX. Chromium
     keeps an entry with any such character (one dash in a name) as UTF-16, two bytes a
     character, and copies every entry into a page when it first reads one; escaped, that
     copy is half as big (with 200 interviews, the largest part of opening any page:
     BENCHMARKS.md, "200 interviews"). JSON.parse reads the escapes back. */
  function latin1(text) {
    return text.replace(/[\u0100-\uffff]/g, function (character) {
      return "\\u" + ("000" + character.charCodeAt(0).toString(16)).slice(-4);
    });
  }
  function serialize(key, value) {
    if (key === INDEX) return latin1(JSON.stringify(value));
    return latin1(JSON.stringify({ version: VERSION, label: value.label, named: value.named, created: value.created, answers: value.answers, followup: value.followup, stages: value.stages, ratings: value.ratings }));
  }

  /* The index rebuilt from the record entries, when it is missing or unreadable. */
  function rebuild() {
    var value = emptyIndex();
    keysFrom(RECORD).forEach(function (key) {
      value.records[key.slice(RECORD.length)] = summaryOf(load(key) || fromSummary());
    });
    value.current = firstKey(value.records);
    return value;
  }

  /* Reads one entry (INDEX or RECORD + id) from storage and cleans it; null when there is
     none. Damaged data is kept aside and the cleaned entry written back at once, so it is
     copied only once. Data of a newer version is never written over. */
  function load(key) {
    var text = read(key);
    if (text === null) return null;
    var isIndex = key === INDEX;
    var parsed = parseEntry(text, isIndex);
    if (parsed && parsed.newer) {
      readProblem = "newer";
      writable = false;
      return null;
    }
    if (parsed && !parsed.lost.length) return parsed.value;
    var value = parsed ? parsed.value : isIndex ? rebuild() : fromSummary(index.records[key.slice(RECORD.length)]);
    if (damaged(key, text) && writable) put(key, serialize(key, value));
    return value;
  }

  /* The latest stored version of an entry (the memory's, without storage) with this tab's
     unsaved changes applied on top; kept in memory and returned. */
  function refresh(key) {
    var isIndex = key === INDEX;
    var id = key.slice(RECORD.length);
    var value = storage && load(key);
    if (!value && isIndex) value = storage && readProblem !== "newer" ? rebuild() : index;
    if (!value) value = !storage && own(records, id) ? records[id] : fromSummary(index.records[id]);
    (pending[key] || []).forEach(function (mutate) {
      mutate(value);
    });
    if (isIndex) {
      index = value;
      stamp += 1;
    } else {
      records[id] = value;
    }
    return value;
  }

  /* Changes one entry: re-reads it (another tab may have saved it since), applies this
     tab's unsaved changes and `mutate`, and writes it back. What cannot be written stays
     queued, and is applied again after every read until it is saved. */
  function update(key, mutate) {
    if (!storage) {
      pending[key] = [mutate];
      refresh(key);
      delete pending[key];
      return false;
    }
    (pending[key] = pending[key] || []).push(mutate);
    return save(key);
  }
  function save(key) {
    var value = refresh(key);
    if (!writable || !storage) return false;
    var why = put(key, serialize(key, value));
    if (why) writeProblem = why;
    else delete pending[key];
    return !why;
  }

  /* Applies `edits` ([[key, mutate], ...], in this order) and keeps the index's summary of
     each changed record right. Space may have been freed since an earlier write failed:
     what this tab could not save then is written now too. Returns true when all is saved. */
  function change(edits) {
    var saved = true;
    edits.forEach(function (edit) {
      saved = update(edit[0], edit[1]) && saved;
      var id = edit[0].slice(RECORD.length);
      if (edit[0] !== INDEX && own(index.records, id) &&
          JSON.stringify(summaryOf(records[id])) !== JSON.stringify(index.records[id])) {
        saved = update(INDEX, function (value) {
          if (own(value.records, id) && own(records, id)) value.records[id] = summaryOf(records[id]);
        }) && saved;
      }
    });
    if (saved && storage) {
      Object.keys(pending).forEach(function (key) {
        saved = save(key) && saved;
      });
    }
    if (saved && storage) {
      writeProblem = null;
      if (oldLeft && writable) {
        remove(KEY);
        oldLeft = false;
      }
    }
    notify("local");
    return saved;
  }

  /* Merges a record of the one-entry document into the record here (both may exist when a
     tab with the old scripts saved it again after the migration): the newer of two
     answers wins, nothing is dropped. */
  function merge(record, run) {
    if (!record.label) record.label = run.label;
    if (run.created < record.created) record.created = run.created;
    Object.keys(run.answers).forEach(function (key) {
      var here = record.answers[key];
      if (!here || run.answers[key].updated > here.updated) record.answers[key] = run.answers[key];
    });
    Object.keys(run.followup).forEach(function (name) {
      if (!record.followup[name]) record.followup[name] = run.followup[name];
    });
    // The one-entry document (versions 0-2) had no stages: there are none to merge.
  }

  /* Moves the one-entry document of versions 0-2 into the entries of version 3: the index
     first (it lists every record), then each record. The old entry is removed once all are
     written. When they do not all fit beside it (a store over half the browser's quota),
     the records already written are taken out of the old entry to make room, and the
     rest is written then: at every moment each record is in one place or the other. */
  function migrateOld() {
    var text = writable ? read(KEY) : null;
    if (text === null) return;
    var parsed = parseOld(text);
    if (parsed && parsed.newer) {
      readProblem = "newer";
      writable = false;
      return;
    }
    if ((!parsed || parsed.lost.length) && !damaged(KEY, text)) return;
    var doc = parsed ? parsed.doc : { runs: map() };
    var left = Object.keys(doc.runs);
    var first = read(INDEX) === null; // the first migration brings the current record too
    oldLeft = true;
    var saved = change([[INDEX, function (value) {
      Object.keys(doc.runs).forEach(function (id) {
        if (!own(value.records, id)) value.records[id] = summaryOf(doc.runs[id]);
      });
      if (first && own(value.records, doc.current)) value.current = doc.current;
      if (!value.current) value.current = firstKey(value.records);
    }]].concat(left.map(function (id) {
      return [RECORD + id, function (record) {
        merge(record, doc.runs[id]);
      }];
    })));
    while (!saved && !own(pending, INDEX) && read(KEY) === text) {
      var rest = left.filter(function (id) {
        return own(pending, RECORD + id);
      });
      if (rest.length === left.length) return; // no room for a single record: "full"
      left = rest;
      var runs = map();
      rest.forEach(function (id) {
        runs[id] = doc.runs[id];
      });
      text = JSON.stringify({ version: 2, current: doc.current, runs: runs });
      if (put(KEY, text)) return;
      saved = change([]);
    }
  }

  /* Another tab saved: read what it changed (this tab's unsaved changes stay on top). */
  function onStorage(event) {
    var key = event.key;
    if (readProblem === "newer" || !storage) return;
    if (key === null) {
      records = map();
      refresh(INDEX);
    } else if (key === INDEX || key.indexOf(RECORD) === 0 && own(records, key.slice(RECORD.length))) {
      refresh(key);
    } else if (key === KEY && event.newValue !== null) {
      migrateOld();
    } else {
      return;
    }
    // Many entries may change at once (an import): the page redraws once for them all.
    if (!timer) {
      timer = setTimeout(function () {
        timer = null;
        notify("external");
      }, 50);
    }
  }

  function init() {
    try {
      storage = window.localStorage;
      storage.getItem(INDEX); // throws in some blocked modes only on use
    } catch (error) {
      storage = null;
    }
    if (!storage) {
      readProblem = "unavailable";
      return;
    }
    writable = true;
    refresh(INDEX);
    migrateOld();
    window.addEventListener("storage", onStorage);
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

  /* A record by id, read from storage the first time it is asked for; null if unknown. */
  function run(id) {
    if (id !== null && own(records, id)) return records[id];
    return id !== null && own(index.records, id) ? refresh(RECORD + id) : null;
  }

  function create(id, label, named) {
    return change([[RECORD + id, function (record) {
      record.label = label;
      record.named = !!named;
    }], [INDEX, function (value) {
      value.records[id] = summaryOf(records[id]);
      value.current = id;
    }]]);
  }

  /* What an extension of the store may use (store-import.js, on the pages that import):
     its own functions, and the state it must not hold on to (another tab's clearing of
     the storage replaces the records' map) through functions. */
  var inner = {
    INDEX: INDEX,
    RECORD: RECORD,
    own: own,
    firstKey: firstKey,
    newId: newId,
    read: read,
    put: put,
    remove: remove,
    serialize: serialize,
    load: load,
    refresh: refresh,
    change: change,
    notify: notify,
    summaryOf: summaryOf,
    run: run,
    index: function () {
      return index;
    },
    records: function () {
      return records;
    },
    // The index in memory changed: lists redraw.
    touch: function () {
      stamp += 1;
    },
    // Why nothing may be written now (null: it may).
    unwritable: function () {
      return storage && writable ? null : readProblem || "blocked";
    }
  };

  AV.store = {
    KEY: KEY,
    init: init,
    cleanRun: cleanRun,
    problem: function () {
      return writeProblem || readProblem;
    },
    asideKey: function () {
      return asideKey;
    },
    onChange: function (listener) {
      listeners.push(listener);
    },
    /* Changes whenever the list of records, a name, a summary or the current one does. */
    listStamp: function () {
      return stamp;
    },
    /* The ids of all records, the newest first (by start). */
    ids: function () {
      if (sortedAt !== stamp) {
        sortedAt = stamp;
        sorted = Object.keys(index.records).sort(function (a, b) {
          return index.records[a].created < index.records[b].created ? 1 : -1;
        });
      }
      return sorted.slice();
    },
    summary: function (id) {
      return own(index.records, id) ? index.records[id] : null;
    },
    run: run,
    currentId: function () {
      return index.current;
    },
    currentRun: function () {
      return run(index.current);
    },
    answer: function (key) {
      var current = run(index.current);
      return (current && own(current.answers, key) && current.answers[key]) || { done: false, note: "", updated: "" };
    },
    /* Changes an answer of the current record, or of record `id` when given (the start
       page's due list ticks a task of any interview). */
    setAnswer: function (key, patch, id) {
      if (id !== undefined && !own(index.records, id)) return false;
      if (id === undefined && !index.current) create(newId(), "");
      return change([[RECORD + (id === undefined ? index.current : id), function (record) {
        var answer = own(record.answers, key) ? record.answers[key] : { done: false, note: "", updated: "" };
        if ("done" in patch) answer.done = patch.done === true;
        if ("note" in patch) answer.note = String(patch.note);
        answer.updated = now();
        record.answers[key] = answer;
      }]]);
    },
    followup: function () {
      var current = run(index.current);
      return current ? current.followup : map();
    },
    /* Keeps follow-up fields on the current record (malformed values are not kept). */
    setFollowup: function (patch) {
      if (!index.current) create(newId(), "");
      var clean = cleanFollowup(patch, []);
      return change([[RECORD + index.current, function (record) {
        Object.keys(clean).forEach(function (name) {
          record.followup[name] = clean[name];
        });
        // Organisation and position name a record the user has not named ("ACME – Analyst").
        var name = [record.followup.organisation, record.followup.position].map(function (part) {
          return (part || "").trim();
        }).filter(Boolean).join(" \u2013 ");
        if (!record.named && name) record.label = name;
      }]]);
    },
    /* A name given here counts as the user's, unless `named` is false (a default name). */
    createRun: function (label, named) {
      var id = newId();
      create(id, label, named !== false);
      return id;
    },
    /* A name the user gives: organisation and position never replace it afterwards. */
    renameRun: function (id, label) {
      return own(index.records, id) && change([[RECORD + id, function (record) {
        record.label = label;
        record.named = true;
      }]]);
    },
    STAGES: STAGES,
    DUE_STAGES: DUE_STAGES,
    stageProblem: stageProblem,
    /* Records a stage of record `id` ({stage, on, due}; checked with stageProblem first).
       The same stage twice in a row updates that entry's dates instead of adding another;
       the record is re-read first, so another tab's stages are kept (ordered by `at`). */
    setStage: function (id, entry) {
      var due = DUE_STAGES.indexOf(entry.stage) < 0 ? "" : entry.due || "";
      if (!own(index.records, id) || stageProblem(entry.stage, entry.on, due)) return false;
      return change([[RECORD + id, function (record) {
        var last = record.stages[record.stages.length - 1];
        if (last && last.stage === entry.stage) {
          last.on = entry.on;
          last.due = due;
        } else {
          record.stages.push({ stage: entry.stage, on: entry.on, due: due, at: now() });
          sortStages(record.stages);
        }
      }]]);
    },
    switchRun: function (id) {
      return change([[INDEX, function (value) {
        if (own(value.records, id)) value.current = id;
      }]]);
    },
    /* The record's entry goes first: it frees the space a full storage needs for the rest. */
    deleteRun: function (id) {
      if (storage && writable) remove(RECORD + id);
      delete pending[RECORD + id];
      delete records[id];
      return change([[INDEX, function (value) {
        delete value.records[id];
        if (value.current === id) value.current = firstKey(value.records);
      }]]);
    },
    DEFAULT_CRITERIA: DEFAULT_CRITERIA,
    cleanCriteria: cleanCriteria,
    /* The comparison's criteria, [{id, weight, label?}]: the defaults until changed. */
    criteria: function () {
      return index.criteria ? index.criteria.slice() : DEFAULT_CRITERIA.map(function (id) {
        return { id: id, weight: DEFAULT_WEIGHT };
      });
    },
    /* Whether the user has changed the criteria (an import keeps them, unless replacing). */
    ownCriteria: function () {
      return index.criteria !== null;
    },
    /* Keeps a new list of criteria (checked with cleanCriteria; false when malformed). */
    setCriteria: function (list) {
      var lost = [];
      var clean = cleanCriteria(list, lost);
      if (lost.length || !clean) return false;
      return change([[INDEX, function (value) {
        value.criteria = clean;
      }]]);
    },
    /* Rates criterion `criterion` of record `id`'s offer from 1 to 5 (0: not rated). */
    setRating: function (id, criterion, score) {
      if (!own(index.records, id) || !CRITERION_ID.test(criterion) || !isScore(score, 0)) return false;
      return change([[RECORD + id, function (record) {
        if (score) record.ratings[criterion] = score;
        else delete record.ratings[criterion];
      }]]);
    },
    resetRun: function (id) {
      return own(index.records, id) && change([[RECORD + id, function (record) {
        record.answers = map();
      }]]);
    },
    /* Adds what an extension of the store offers: extend(function (inner) {
       return {name: function...}; }). */
    extend: function (make) {
      var more = make(inner);
      Object.keys(more).forEach(function (name) {
        AV.store[name] = more[name];
      });
    }
  };
})();
