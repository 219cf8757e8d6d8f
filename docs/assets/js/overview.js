/* Start page progress: "5 of 19 done" per checklist and overall, for the current record. */
(function () {
  "use strict";
  var AV = window.afterview;
  var store = AV.store;

  function enhance(root) {
    var total = root.querySelector("[data-av-overview-total]");
    var rows = Array.prototype.map.call(root.querySelectorAll("[data-av-progress]"), function (li) {
      var meter = AV.make("progress", "av-overview__meter");
      meter.setAttribute("aria-hidden", "true");
      li.appendChild(meter);
      return {
        keys: li.getAttribute("data-av-keys").split(" "),
        count: li.querySelector(".av-overview__count"),
        meter: meter
      };
    });

    function render() {
      if (!root.isConnected) return;
      var allDone = 0;
      var allItems = 0;
      rows.forEach(function (row) {
        var done = row.keys.filter(function (key) {
          return store.answer(key).done;
        }).length;
        allDone += done;
        allItems += row.keys.length;
        row.count.textContent = AV.t("progress", { done: done, total: row.keys.length });
        row.meter.max = row.keys.length;
        row.meter.value = done;
      });
      var run = store.currentRun();
      total.hidden = false;
      total.textContent = run
        ? AV.runLabel(run) + ": " + AV.t("progress", { done: allDone, total: allItems })
        : AV.t("none");
    }
    return render;
  }

  AV.register("[data-av-widget=overview]", enhance);
})();
