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
  /* t() for a count: the key's _one or _other form, chosen by the language's plural rules
     (made once: the records page asks twice a card). */
  var pluralRules = null;
  AV.plural = function (key, count, values) {
    var form = "other";
    try {
      pluralRules = pluralRules || new Intl.PluralRules(language);
      form = pluralRules.select(count);
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
  /* The reader's convention for dates and times (DECISIONS.md, "Dates in the reader's
     convention"): German pages write German dates; on English pages a browser whose first
     language is US English gets "Nov 30, 2026" and 12-hour times, every other reader
     (en-GB, en-AU, a German browser...) "30 Nov 2026" and 24-hour times. */
  var first = String((navigator.languages && navigator.languages[0]) || navigator.language || "");
  AV.locale = language === "de" ? "de-DE" : /^[a-z]+-us\b/i.test(first) ? "en-US" : "en-GB";
  // Every style counts in UTC: a day is formatted as written, a moment first moved to the
  // reader's own calendar day (formatDate).
  var STYLES = {
    short: { day: "numeric", month: "short", year: "numeric", timeZone: "UTC" }, // 30 Nov 2026
    long: { weekday: "long", day: "numeric", month: "long", year: "numeric", timeZone: "UTC" }, // Monday, 30 November 2026
    dayMonth: { day: "numeric", month: "long", timeZone: "UTC" }, // 30 November (a letter's date)
    weekday: { weekday: "short", day: "numeric", month: "short", timeZone: "UTC" } // Mon 30 Nov
  };
  // One formatter per locale and style, made once: toLocaleDateString with options
  // makes a new one on every call, which the records page paid several times a card
  // (BENCHMARKS.md, "200 interviews").
  var formatters = {};
  function format(date, style, locale) {
    var name = (locale || AV.locale) + " " + style;
    if (!formatters[name]) formatters[name] = new Intl.DateTimeFormat(locale || AV.locale, STYLES[style] || STYLES.short);
    return formatters[name].format(date);
  }
  /* A calendar day ("2026-11-20") in the reader's convention (or `locale`'s), on that day
     wherever the browser is: never moved by a time zone. `style`: short (default), long,
     dayMonth or weekday (STYLES above). */
  AV.formatDay = function (day, style, locale) {
    var parts = /^(\d{4})-(\d{2})-(\d{2})$/.exec(day || "");
    return parts ? format(new Date(Date.UTC(+parts[1], parts[2] - 1, +parts[3])), style, locale) : "";
  };
  /* A moment (toISOString()) as the day it was on the reader's calendar. */
  AV.formatDate = function (iso, style, locale) {
    var date = new Date(iso);
    return isNaN(date.getTime()) ? "" : format(new Date(date.getTime() - date.getTimezoneOffset() * 60000), style, locale);
  };
  /* A moment's time of day on the reader's clock: "22:07", or "10:07 PM" in the US. */
  AV.formatTime = function (iso) {
    var date = new Date(iso);
    return isNaN(date.getTime()) ? "" : date.toLocaleTimeString(AV.locale, { hour: "2-digit", minute: "2-digit" });
  };
})();
