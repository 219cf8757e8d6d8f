/* The parts every component shares: the registry that runs components on each page, and
   small DOM helpers. Loaded after strings.js, before the store and the components. */
(function () {
  "use strict";
  var AV = window.afterview;
  AV.components = []; // each enhances what it finds in a page: function (document)

  /* Registers a component: `enhance(root)` runs once per element matching `selector` (the
     element is marked, so instant navigation never enhances it twice) and returns its
     render function, which runs now and after every change of the stored answers. */
  AV.register = function (selector, enhance) {
    function component(scope) {
      scope.querySelectorAll(selector + ":not([data-av-ready])").forEach(function (root) {
        root.setAttribute("data-av-ready", "");
        var render = enhance(root);
        AV.store.onChange(render);
        render();
      });
    }
    AV.components.push(component);
    // A widget's script is loaded after the core (only on pages that show the widget):
    // if main.js has already enhanced the page, enhance this widget now.
    if (AV.started) AV.runSafely(component);
  };

  /* Runs a component on the page; one broken component must not stop the others. */
  AV.runSafely = function (component) {
    try {
      component(document);
    } catch (error) {
      if (window.console) console.error(error);
    }
  };

  /* An element with a class and text; text is always set as text, never as HTML. */
  AV.make = function (tag, className, text) {
    var node = document.createElement(tag);
    if (className) node.className = className;
    if (text !== undefined) node.textContent = text;
    return node;
  };

  /* Whether an item is done: its box is ticked. A question's first note ticks its box
     (checklist.js), so the box, the counts and the Markdown export all read this one
     thing and always agree (DECISIONS.md, "Done is the tick"). */
  AV.isDone = function (answer) {
    return answer.done === true;
  };

  /* Saves text as a file: the browser's download of a generated file, nothing sent anywhere. */
  AV.download = function (name, type, text) {
    var url = URL.createObjectURL(new Blob([text], { type: type }));
    var link = AV.make("a");
    link.href = url;
    link.download = name;
    link.hidden = true;
    document.body.appendChild(link);
    link.click();
    link.remove();
    setTimeout(function () {
      URL.revokeObjectURL(url);
    }, 1000);
  };

  /* The record every new answer or entry goes to; the first one ever starts it. */
  AV.ensureRun = function () {
    if (!AV.store.currentId()) {
      // A default name: organisation and position typed later replace it (store.setFollowup).
      AV.store.createRun(AV.t("defaultLabel", { date: AV.formatDate(new Date().toISOString()) }), false);
    }
  };

  /* A map for keys that may be any text ("constructor", "__proto__"...): no prototype. */
  AV.map = function () {
    return Object.create(null);
  };

  /* Whether a text is a real calendar day, "2026-02-28" (not "2026-02-31", "9999-99-99"). */
  AV.realDay = function (text) {
    var date = new Date(text + "T00:00:00Z");
    return /^\d{4}-\d\d-\d\d$/.test(text) && !isNaN(date) && date.toISOString().slice(0, 10) === text;
  };
  /* Whether a text is a moment as toISOString() writes it, on a real day. */
  AV.realTime = function (text) {
    return AV.realDay(text.slice(0, 10)) && /^.{10}T\d\d:\d\d/.test(text) && !isNaN(Date.parse(text));
  };

  /* Today on the user's calendar, "2026-11-30" (not UTC's day, which differs near midnight). */
  AV.today = function () {
    var date = new Date();
    return new Date(date.getTime() - date.getTimezoneOffset() * 60000).toISOString().slice(0, 10);
  };

  AV.runLabel = function (run) {
    return run && run.label ? run.label : AV.t("unnamed");
  };
})();
