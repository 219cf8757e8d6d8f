/* Starts afterview's enhancements: opens the store once, then runs every component on each
   page. Under Material's instant navigation pages are swapped without reloading, so pages
   arrive through document$; otherwise on DOMContentLoaded. Loaded last. */
(function () {
  "use strict";
  var AV = window.afterview;
  var store = AV.store;

  /* One message per page when answers cannot be saved normally. It stays until the
     problem is gone: what is not saved must never look saved. */
  function showProblem() {
    var problem = store.problem();
    var notice = document.querySelector(".av-notice");
    if (!problem) {
      if (notice) notice.hidden = true;
      return;
    }
    var anchor = document.querySelector(".md-content__inner") || document.body;
    if (!notice) {
      notice = AV.make("div", "av-notice");
      notice.setAttribute("role", "alert");
      anchor.insertBefore(notice, anchor.firstChild);
    }
    var key = store.asideKey();
    var text = problem === "damaged" ? (key ? AV.t("damaged", { key: key }) : AV.t("damagedUncopied")) : AV.t(problem);
    notice.hidden = false;
    if (notice.textContent !== text) notice.textContent = text;
  }

  function enhancePage() {
    if (!document.querySelector("[data-av-checklist], [data-av-widget]")) return;
    AV.components.forEach(function (component) {
      try {
        component(document);
      } catch (error) {
        // One broken component must not stop the others or the page.
        if (window.console) console.error(error);
      }
    });
    showProblem();
  }

  try {
    store.init();
  } catch (error) {
    if (window.console) console.error(error);
  }
  store.onChange(showProblem);
  if (window.document$ && typeof window.document$.subscribe === "function") {
    window.document$.subscribe(enhancePage);
  } else if (document.readyState === "loading") {
    document.addEventListener("DOMContentLoaded", enhancePage);
  } else {
    enhancePage();
  }
})();
