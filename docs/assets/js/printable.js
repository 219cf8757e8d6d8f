/* Printable checklists page: choose blank forms or the current record's answers, then
   print. Without this script the page prints as blank forms. */
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
    root.querySelector("[data-av-print]").addEventListener("click", function () {
      window.print();
    });
    return render;
  }

  AV.register("[data-av-widget=printable]", enhance);
})();
