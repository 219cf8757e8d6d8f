/* Lessons for next time: under each carried-over question, the notes from every interview
   record, newest record first. Only questions with notes show (a heading with nothing under
   it looks broken); "No notes yet" is said once, and when some questions have notes, one
   line at the end says how many others have none yet. User text is set with textContent
   only. */
(function () {
  "use strict";
  var AV = window.afterview;
  var store = AV.store;

  function enhance(root) {
    var empty = root.querySelector("[data-av-lessons-empty]");
    var lessons = root.querySelectorAll("[data-av-lesson-key]");
    var groups = root.querySelectorAll(".av-lessons__group");
    var rest = AV.make("p", "av-lessons__rest");
    root.appendChild(rest);

    function render() {
      if (!root.isConnected) return;
      var ids = store.ids();
      var found = 0;
      var bare = 0; // questions without a note in any record
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
        list.hidden = lesson.hidden = !list.firstChild;
        if (lesson.hidden) bare += 1;
      });
      groups.forEach(function (group) {
        group.hidden = !group.querySelector("[data-av-lesson-key]:not([hidden])");
      });
      empty.textContent = found ? "" : AV.t("noNotes");
      empty.hidden = !!found;
      rest.textContent = found && bare ? AV.plural("lessonsMore", bare) : "";
      rest.hidden = !rest.textContent;
    }
    return render;
  }

  AV.register("[data-av-widget=lessons]", enhance);
})();
