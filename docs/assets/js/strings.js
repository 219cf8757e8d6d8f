/* Interface words of the enhanced checklists, by page language (English as the fallback).
   Plural forms are keys ending in _one and _other, chosen by Intl.PluralRules.
   The dataset holds the questions; macros/labels.py holds the words of the static HTML.
   Loaded first: it creates the afterview namespace. */
(function () {
  "use strict";
  var AV = (window.afterview = window.afterview || {});
  /* The message catalogue, one object per language with the same keys (the build checks
     this: macros/languages.py reads the JSON between the two marker comments). */
  var STRINGS = /* catalogue: start */{
    "en": {
      "interview": "Interview",
      "manage": "New interview, rename, export",
      "progress": "{done} of {total} done",
      "saved": "Saved {time}",
      "notSaved": "Not saved in this browser",
      "defaultLabel": "Interview of {date}",
      "unnamed": "Unnamed interview",
      "none": "No interview yet: your first tick or note starts one",
      "noneYet": "none recorded yet",
      "unavailable": "This browser does not let the site store anything (private mode or blocked storage). You can use the checklists, but your answers are lost when you close the page. Export them before you leave.",
      "full": "The browser's storage for this site is full, so your latest changes are kept on this page only. Export your answers now, then delete old interviews.",
      "damaged": "Some saved answers could not be read. Nothing was deleted: the stored data was kept aside under the name “{key}”.",
      "damagedUncopied": "Your saved answers could not be read, and there was no room to keep a copy aside, so this page will not change them. Your new answers are kept on this page only.",
      "newer": "Your answers were saved by a newer version of this site. They are kept as they are, and changes made on this page are not saved.",
      "confirmDelete": "Delete the interview “{label}” and all its answers? This cannot be undone.",
      "confirmReset": "Clear every tick and note of “{label}”? This cannot be undone.",
      "current": "current",
      "makeCurrent": "Make current",
      "remove": "Delete",
      "started": "Started {date}",
      "noNotes": "No notes yet. Write them in the review after each interview, and they appear here.",
      "created": "Started the interview “{label}”.",
      "renamed": "Renamed to “{label}”.",
      "switched": "“{label}” is now the current interview.",
      "deleted": "Deleted “{label}”.",
      "cleared": "Cleared all answers of “{label}”.",
      "ticks_one": "{count} tick",
      "ticks_other": "{count} ticks",
      "notes_one": "{count} note",
      "notes_other": "{count} notes",
      "overviewNone": "No interview recorded yet.",
      "overviewRecord": "Current interview: {label}, started {date}",
      "overviewBegin": "Start with “{title}”, while your memory is fresh",
      "overviewNext": "Next:",
      "overviewContinue": "continue “{title}” ({left} open)",
      "overviewAllDone": "Every checklist you started is complete. Choose your next step from the list below or the steps above.",
      "overviewNotStarted": "Not started yet:",
      "overviewAll": "The checklists:",
      "importDone_one": "Imported {count} interview.",
      "importDone_other": "Imported {count} interviews.",
      "importSkipped_one": "{count} was already here, so it was not added again.",
      "importSkipped_other": "{count} were already here, so they were not added again.",
      "importNothing_one": "That interview is already here: nothing to add.",
      "importNothing_other": "All {count} interviews are already here: nothing to add.",
      "importedLabel": "{label} (imported {date})",
      "importBad": "This file cannot be imported: {reason}. Nothing was changed.",
      "notJson": "it is not a JSON file",
      "noRuns": "it holds no afterview interviews",
      "badRun": "interview “{id}” is not in the expected form",
      "badAnswer": "the answer “{key}” in interview “{id}” is not in the expected form",
      "tooBig": "it is larger than 5 MB",
      "noFile": "choose a file first",
      "exported": "Exported {date}",
      "removedItems": "Answers to questions no longer on this site",
      "printThis": "Print this checklist"
    },
    "de": {
      "interview": "Gespräch",
      "manage": "Neues Gespräch, umbenennen, exportieren",
      "progress": "{done} von {total} erledigt",
      "saved": "Gespeichert um {time} Uhr",
      "notSaved": "Nicht in diesem Browser gespeichert",
      "defaultLabel": "Gespräch vom {date}",
      "unnamed": "Gespräch ohne Namen",
      "none": "Noch kein Gespräch: Ihr erster Haken oder Ihre erste Notiz legt eines an",
      "noneYet": "noch keine",
      "unavailable": "Dieser Browser erlaubt der Website nicht, etwas zu speichern (privates Fenster oder gesperrter Speicher). Sie können die Checklisten nutzen, aber Ihre Antworten gehen verloren, wenn Sie die Seite schließen. Exportieren Sie sie vorher.",
      "full": "Der Speicher des Browsers für diese Website ist voll. Ihre letzten Änderungen bleiben deshalb nur auf dieser Seite erhalten. Exportieren Sie Ihre Antworten jetzt und löschen Sie dann alte Gespräche.",
      "damaged": "Einige gespeicherte Antworten ließen sich nicht lesen. Gelöscht wurde nichts: Die gespeicherten Daten liegen unverändert unter dem Namen „{key}“.",
      "damagedUncopied": "Ihre gespeicherten Antworten ließen sich nicht lesen, und für eine Sicherungskopie war kein Platz. Diese Seite verändert sie deshalb nicht. Ihre neuen Antworten bleiben nur auf dieser Seite erhalten.",
      "newer": "Ihre Antworten wurden von einer neueren Version dieser Website gespeichert. Sie bleiben unverändert; Änderungen auf dieser Seite werden nicht gespeichert.",
      "confirmDelete": "Das Gespräch „{label}“ mit allen Antworten löschen? Das lässt sich nicht rückgängig machen.",
      "confirmReset": "Alle Haken und Notizen von „{label}“ löschen? Das lässt sich nicht rückgängig machen.",
      "current": "aktuell",
      "makeCurrent": "Zum aktuellen machen",
      "remove": "Löschen",
      "started": "Begonnen am {date}",
      "noNotes": "Noch keine Notizen. Schreiben Sie sie nach jedem Gespräch in die Nachbereitung, dann erscheinen sie hier.",
      "created": "Das Gespräch „{label}“ ist angelegt.",
      "renamed": "Umbenannt in „{label}“.",
      "switched": "„{label}“ ist jetzt das aktuelle Gespräch.",
      "deleted": "„{label}“ gelöscht.",
      "cleared": "Alle Antworten von „{label}“ gelöscht.",
      "ticks_one": "{count} Haken",
      "ticks_other": "{count} Haken",
      "notes_one": "{count} Notiz",
      "notes_other": "{count} Notizen",
      "overviewNone": "Noch kein Gespräch festgehalten.",
      "overviewRecord": "Aktuelles Gespräch: {label}, begonnen am {date}",
      "overviewBegin": "Beginnen Sie mit „{title}“, solange die Erinnerung frisch ist",
      "overviewNext": "Als Nächstes:",
      "overviewContinue": "„{title}“ fortsetzen ({left} offen)",
      "overviewAllDone": "Alle Checklisten, die Sie begonnen haben, sind vollständig. Wählen Sie Ihren nächsten Schritt aus der Liste unten oder den Schritten oben.",
      "overviewNotStarted": "Noch nicht begonnen:",
      "overviewAll": "Die Checklisten:",
      "importDone_one": "{count} Gespräch importiert.",
      "importDone_other": "{count} Gespräche importiert.",
      "importSkipped_one": "{count} war schon vorhanden und wurde nicht noch einmal hinzugefügt.",
      "importSkipped_other": "{count} waren schon vorhanden und wurden nicht noch einmal hinzugefügt.",
      "importNothing_one": "Dieses Gespräch ist schon vorhanden: nichts hinzuzufügen.",
      "importNothing_other": "Alle {count} Gespräche sind schon vorhanden: nichts hinzuzufügen.",
      "importedLabel": "{label} (importiert am {date})",
      "importBad": "Diese Datei lässt sich nicht importieren: {reason}. Es wurde nichts geändert.",
      "notJson": "sie ist keine JSON-Datei",
      "noRuns": "sie enthält keine afterview-Gespräche",
      "badRun": "das Gespräch „{id}“ hat nicht die erwartete Form",
      "badAnswer": "die Antwort „{key}“ im Gespräch „{id}“ hat nicht die erwartete Form",
      "tooBig": "sie ist größer als 5 MB",
      "noFile": "wählen Sie zuerst eine Datei",
      "exported": "Exportiert am {date}",
      "removedItems": "Antworten auf Fragen, die es auf dieser Website nicht mehr gibt",
      "printThis": "Diese Checkliste drucken"
    }
  }/* catalogue: end */;
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
