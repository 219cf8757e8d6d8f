/* Where an interview stands (issue 17): the "I have an offer" / "I was turned down" prompt
   ([data-av-widget="stage"]) on the pages where it happens, and AV.setStage and
   AV.stageText, which the records page uses as well (so both check and word a stage the
   same way). The stored shape and its rules are the store's (store.setStage). */
(function () {
  "use strict";
  var AV = window.afterview;
  var store = AV.store;
  var t = AV.t;

  /* A stage in words: "Offer since 3 Dec 2026 · answer by 10 Dec 2026", or in a history
     (`dated`) "3 Dec 2026: Offer · answer by 10 Dec 2026". */
  AV.stageText = function (stage, on, due, dated) {
    var text = dated ? AV.formatDay(on) + ": " + t("stage_" + stage)
      : t("stageSince", { stage: t("stage_" + stage), date: AV.formatDay(on) });
    return due ? text + " \u00b7 " + t("stageDue_" + stage, { date: AV.formatDay(due) }) : text;
  };

  /* Saves {stage, on, due} on record `id` (the current one, started if need be, when id is
     null) and returns what to tell the user: why not, or what was noted, with a gentle
     word when the due date has passed already (allowed: it may be noted late). */
  AV.setStage = function (id, entry) {
    if (store.DUE_STAGES.indexOf(entry.stage) < 0) entry.due = "";
    var problem = store.stageProblem(entry.stage, entry.on, entry.due);
    if (problem) return t(problem);
    if (id === null) {
      AV.ensureRun();
      id = store.currentId();
    }
    if (!store.setStage(id, entry)) return t("notSaved");
    var text = t("stageSaved", { label: AV.runLabel(store.run(id)), stage: t("stage_" + entry.stage), date: AV.formatDay(entry.on) });
    return entry.due && entry.due < AV.today() ? text + " " + t("stageDuePast", { date: AV.formatDay(entry.due) }) : text;
  };

  /* The stage words come with the page (labels.py, in [data-av-stage-words]): only pages
     that show stages carry them. They join the page's messages before any widget that
     uses them is drawn (this component is registered first). */
  AV.register("[data-av-stage-words]", function (root) {
    var words = JSON.parse(root.textContent);
    Object.keys(words).forEach(function (key) {
      window.afterviewMessages[key] = words[key];
    });
    return function () {};
  });

  function enhance(root) {
    var form = root.querySelector("form");
    var due = form.elements.due;
    var status = root.querySelector("[data-av-stage-status]");
    form.addEventListener("submit", function (event) {
      event.preventDefault();
      // A date field half filled in gives "": say so rather than save no deadline.
      status.textContent = due && due.validity.badInput ? t("stageDueBad")
        : AV.setStage(null, { stage: root.getAttribute("data-av-stage"), on: AV.today(), due: due ? due.value : "" });
    });
    return function () {};
  }

  AV.register("[data-av-widget=stage]", enhance);
})();
