/* Interface words of the enhanced checklists, by page language (English as the fallback).
   The dataset holds the questions; macros/labels.py holds the words of the static HTML.
   Loaded first: it creates the afterview namespace. */
(function () {
  "use strict";
  var AV = (window.afterview = window.afterview || {});
  var STRINGS = {
    en: {
      interview: "Interview",
      manage: "New interview, rename, export",
      progress: "{done} of {total} done",
      saved: "Saved {time}",
      notSaved: "Not saved in this browser",
      defaultLabel: "Interview of {date}",
      unnamed: "Unnamed interview",
      none: "No interview yet: your first tick or note starts one",
      noneYet: "none recorded yet",
      unavailable: "This browser does not let the site store anything (private mode or blocked storage). You can use the checklists, but your answers are lost when you close the page. Export them before you leave.",
      full: "The browser's storage for this site is full, so your latest changes are kept on this page only. Export your answers now, then delete old interviews.",
      damaged: "Some saved answers could not be read. Nothing was deleted: the stored data was kept aside under the name \u201c{key}\u201d.",
      damagedUncopied: "Your saved answers could not be read, and there was no room to keep a copy aside, so this page will not change them. Your new answers are kept on this page only.",
      newer: "Your answers were saved by a newer version of this site. They are kept as they are, and changes made on this page are not saved.",
      confirmDelete: "Delete the interview \u201c{label}\u201d and all its answers? This cannot be undone.",
      confirmReset: "Clear every tick and note of \u201c{label}\u201d? This cannot be undone.",
      current: "current",
      makeCurrent: "Make current",
      remove: "Delete",
      started: "Started {date}",
      noNotes: "No notes yet. Write them in the review after each interview, and they appear here.",
      created: "Started the interview \u201c{label}\u201d.",
      renamed: "Renamed to \u201c{label}\u201d.",
      switched: "\u201c{label}\u201d is now the current interview.",
      deleted: "Deleted \u201c{label}\u201d.",
      cleared: "Cleared all answers of \u201c{label}\u201d.",
      ticks_one: "{count} tick",
      ticks_other: "{count} ticks",
      notes_one: "{count} note",
      notes_other: "{count} notes",
      overviewNone: "No interview recorded yet.",
      overviewRecord: "Current interview: {label}, started {date}",
      overviewBegin: "Start with \u201c{title}\u201d, while your memory is fresh",
      overviewNext: "Next:",
      overviewContinue: "continue \u201c{title}\u201d ({left} open)",
      overviewAllDone: "Every checklist you started is complete. Choose your next step from the list below or the steps above.",
      overviewNotStarted: "Not started yet:",
      overviewAll: "The checklists:",
      importDone_one: "Imported {count} interview.",
      importDone_other: "Imported {count} interviews.",
      importSkipped_one: "{count} was already here, so it was not added again.",
      importSkipped_other: "{count} were already here, so they were not added again.",
      importNothing_one: "That interview is already here: nothing to add.",
      importNothing_other: "All {count} interviews are already here: nothing to add.",
      importedLabel: "{label} (imported {date})",
      importBad: "This file cannot be imported: {reason}. Nothing was changed.",
      notJson: "it is not a JSON file",
      noRuns: "it holds no afterview interviews",
      badRun: "interview \u201c{id}\u201d is not in the expected form",
      badAnswer: "the answer \u201c{key}\u201d in interview \u201c{id}\u201d is not in the expected form",
      tooBig: "it is larger than 5 MB",
      noFile: "choose a file first",
      exported: "Exported {date}",
      removedItems: "Answers to questions no longer on this site",
      printThis: "Print this checklist",
      printed: "printed {date}"
    }
  };
  var language = (document.documentElement.lang || "en").slice(0, 2);

  /* t("progress", {done: 1, total: 3}) -> "1 of 3 done" */
  AV.t = function (key, values) {
    var table = STRINGS[language] || STRINGS.en;
    var text = key in table ? table[key] : STRINGS.en[key];
    return text.replace(/\{(\w+)\}/g, function (match, name) {
      return values && name in values ? String(values[name]) : match;
    });
  };
  /* t() for a count: the key's _one or _other form, chosen by the language's plural rules. */
  AV.plural = function (key, count, values) {
    var form = "other";
    try {
      form = new Intl.PluralRules(language).select(count);
    } catch (error) {
      form = count === 1 ? "one" : "other";
    }
    var table = STRINGS[language] || STRINGS.en;
    var name = key + "_" + form in table || key + "_" + form in STRINGS.en ? key + "_" + form : key + "_other";
    var merged = { count: count };
    Object.keys(values || {}).forEach(function (k) {
      merged[k] = values[k];
    });
    return AV.t(name, merged);
  };
  AV.language = language;
  AV.formatDate = function (iso) {
    var date = new Date(iso);
    if (isNaN(date.getTime())) return "";
    return date.toLocaleDateString(language, { day: "numeric", month: "short", year: "numeric" });
  };
})();
