/* Printable checklists page: choose blank forms or the current record's answers, all forms
   or one, then print. Without this script the page prints every form blank. */
(function () {
  "use strict";
  var AV = window.afterview;
  var store = AV.store;

  function enhance(root) {
    var current = root.querySelector("[data-av-print-current]");
    var blank = root.querySelector('input[value="blank"]');
    var answers = root.querySelector('input[value="answers"]');

    function render() {
      if (!root.isConnected) return;
      var run = store.currentRun();
      current.textContent = run ? AV.runLabel(run) : AV.t("noneYet");
      answers.disabled = !run;
      if (!run) blank.checked = true;
      root.querySelectorAll("[data-av-paper]").forEach(function (form) {
        AV.fillPaper(form, answers.checked ? run : null);
      });
    }
    root.addEventListener("change", render);
    var which = root.querySelector("[data-av-print-which]");
    var article = root.closest("article") || root;
    root.querySelector("[data-av-print]").addEventListener("click", function () {
      var one = which.value && root.querySelector('[data-av-paper="' + which.value + '"]');
      if (one) AV.printOnly([article, one]); // checklist.js, as "Print this checklist"
      else window.print();
    });
    return render;
  }

  AV.register("[data-av-widget=printable]", enhance);
})();
