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

  /* On paper, links show their full address (print.css reads data-av-href). */
  function markLinks() {
    document.querySelectorAll(".md-content a[href]:not(.headerlink)").forEach(function (link) {
      if (link.getAttribute("href").charAt(0) !== "#") link.setAttribute("data-av-href", link.href);
    });
  }

  function enhancePage() {
    AV.started = true; // widget scripts loaded later enhance themselves (core.js)
    markLinks();
    if (!document.querySelector("[data-av-checklist], [data-av-widget]")) return;
    AV.components.forEach(AV.runSafely);
    showProblem();
  }

  try {
    store.init();
  } catch (error) {
    if (window.console) console.error(error);
  }
  store.onChange(showProblem);
  // Collapsed content prints expanded, and closes again afterwards.
  window.addEventListener("beforeprint", function () {
    document.querySelectorAll("details:not([open])").forEach(function (details) {
      details.open = true;
      details.setAttribute("data-av-reclose", "");
    });
  });
  window.addEventListener("afterprint", function () {
    document.querySelectorAll("details[data-av-reclose]").forEach(function (details) {
      details.open = false;
      details.removeAttribute("data-av-reclose");
    });
  });
  if (window.document$ && typeof window.document$.subscribe === "function") {
    window.document$.subscribe(enhancePage);
  } else if (document.readyState === "loading") {
    document.addEventListener("DOMContentLoaded", enhancePage);
  } else {
    enhancePage();
  }
})();
