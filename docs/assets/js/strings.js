/* Interface words of the enhanced checklists: looks up the page language's messages
   (docs/assets/js/messages-LANG.js), fills in values, picks plural forms, formats dates.
   The dataset holds the questions; macros/labels.py holds the words of the static HTML.
   Loaded first: it creates the afterview namespace. */
(function () {
  "use strict";
  var AV = (window.afterview = window.afterview || {});
  // The page's language's messages, from messages-LANG.js (loaded before this script).
  var STRINGS = window.afterviewMessages || {};
  var language = (document.documentElement.lang || "en").slice(0, 2);

  /* t("progress", {done: 1, total: 3}) -> "1 of 3 done". A missing message shows its key
     (the build makes sure none is missing). */
  AV.t = function (key, values) {
    var text = key in STRINGS ? STRINGS[key] : key;
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
    var name = key + "_" + form in STRINGS ? key + "_" + form : key + "_other";
    var merged = { count: count };
    Object.keys(values || {}).forEach(function (k) {
      merged[k] = values[k];
    });
    return AV.t(name, merged);
  };
  AV.language = language;
  /* A calendar day ("2026-11-20") as the language writes it, on that day wherever the
     browser is: parsed as a local date, not as midnight UTC. */
  AV.formatDay = function (day) {
    var parts = /^(\d{4})-(\d{2})-(\d{2})$/.exec(day || "");
    return parts ? AV.formatDate(new Date(+parts[1], parts[2] - 1, +parts[3]).toISOString()) : "";
  };
  AV.formatDate = function (iso) {
    var date = new Date(iso);
    if (isNaN(date.getTime())) return "";
    return date.toLocaleDateString(language, { day: "numeric", month: "short", year: "numeric" });
  };
})();
