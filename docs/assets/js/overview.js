/* "Where you are" on the start page: the current interview, the checklists it has started
   with their progress, the next open item, and the checklists not started yet. Progress
   counts the items done: ticked (a question's first note ticks its box, checklist.js).
   There is no grand total: the checklists are alternatives (a rejection or further rounds,
   a group discussion or tests), so "4 of 105" would mean nothing. */
(function () {
  "use strict";
  var AV = window.afterview;
  var store = AV.store;
  var make = AV.make;

  function enhance(root) {
    var record = root.querySelector("[data-av-overview-record]");
    var next = root.querySelector("[data-av-overview-next]");
    var rest = root.querySelector("[data-av-overview-rest]");
    var rows = Array.prototype.map.call(root.querySelectorAll("[data-av-progress]"), function (li) {
      var meter = make("progress", "av-overview__meter");
      meter.setAttribute("aria-hidden", "true"); // the count beside it says the same in words
      li.appendChild(meter);
      var link = li.querySelector("a");
      return {
        li: li,
        link: link,
        keys: li.getAttribute("data-av-keys").split(" "),
        count: li.querySelector(".av-overview__count"),
        meter: meter
      };
    });

    /* A link to the page of `row`, at `key`'s item when given. */
    function linkTo(row, text, key) {
      var link = make("a", "av-overview__go", text);
      var href = row.link.getAttribute("href");
      link.href = key ? href.split("#")[0] + "#av-" + key.replace("/", "--") : href;
      return link;
    }

    function render() {
      if (!root.isConnected) return;
      var run = store.currentRun();
      var firstOpen = null;
      var notStarted = [];
      rows.forEach(function (row) {
        var open = [];
        var done = row.keys.filter(function (key) {
          var ticked = AV.isDone(store.answer(key));
          if (!ticked) open.push(key);
          return ticked;
        }).length;
        row.count.textContent = AV.t("progress", { done: done, total: row.keys.length });
        row.meter.max = row.keys.length;
        row.meter.value = done;
        row.li.hidden = done === 0;
        if (done === 0) notStarted.push(row);
        else if (open.length && !firstOpen) firstOpen = { row: row, key: open[0], left: open.length };
      });

      record.textContent = run
        ? AV.t("overviewRecord", { label: AV.runLabel(run), date: AV.formatDate(run.created) })
        : AV.t("overviewNone");
      next.textContent = "";
      if (notStarted.length === rows.length) {
        next.appendChild(linkTo(rows[0], AV.t("overviewBegin", { title: rows[0].link.textContent })));
      } else if (firstOpen) {
        next.appendChild(document.createTextNode(AV.t("overviewNext") + " "));
        next.appendChild(linkTo(firstOpen.row, AV.t("overviewContinue", {
          title: firstOpen.row.link.textContent, left: firstOpen.left }), firstOpen.key));
      } else {
        next.textContent = AV.t("overviewAllDone");
      }

      rest.textContent = "";
      rest.hidden = notStarted.length === 0;
      if (!rest.hidden) {
        var nothingYet = notStarted.length === rows.length;
        rest.appendChild(document.createTextNode(AV.t(nothingYet ? "overviewAll" : "overviewNotStarted") + " "));
        notStarted.forEach(function (row, index) {
          if (index) rest.appendChild(document.createTextNode(" \u00b7 "));
          rest.appendChild(linkTo(row, row.link.textContent));
        });
      }
    }
    return render;
  }

  AV.register("[data-av-widget=overview]", enhance);
})();
