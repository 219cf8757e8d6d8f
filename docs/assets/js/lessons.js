/* Lessons for next time: under each carried-over question, the notes from every interview
   record, newest record first. User text is set with textContent only. */
(function () {
  "use strict";
  var AV = window.afterview;
  var store = AV.store;

  function enhance(root) {
    var empty = root.querySelector("[data-av-lessons-empty]");
    var lessons = root.querySelectorAll("[data-av-lesson-key]");

    function render() {
      if (!root.isConnected) return;
      var ids = store.ids();
      var found = 0;
      lessons.forEach(function (lesson) {
        var key = lesson.getAttribute("data-av-lesson-key");
        var list = lesson.querySelector(".av-lesson__notes");
        list.textContent = "";
        ids.forEach(function (id) {
          var run = store.run(id);
          var note = (run.answers[key] || {}).note;
          if (!note || !note.trim()) return;
          var li = AV.make("li", "av-lesson__note");
          li.appendChild(AV.make("span", "av-lesson__run", AV.runLabel(run)));
          li.appendChild(AV.make("span", "av-lesson__text", note));
          list.appendChild(li);
          found += 1;
        });
        list.hidden = !list.firstChild;
      });
      empty.textContent = found ? "" : AV.t("noNotes");
      empty.hidden = !!found;
    }
    return render;
  }

  AV.register("[data-av-widget=lessons]", enhance);
})();
