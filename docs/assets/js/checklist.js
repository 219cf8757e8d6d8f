/* Enhances each rendered checklist (.av-checklist[data-av-checklist]): saves ticks and
   notes to the current interview record, shows which record and how far along, and says
   "Saved" (a status region, so screen readers hear it too). Without this script the
   checklist is still a complete, printable form. */
(function () {
  "use strict";
  var AV = window.afterview;
  var store = AV.store;
  var t = AV.t;
  var SAVE_DELAY = 600; // ms after the last keystroke; blur and leaving the page save at once
  var pending = []; // functions that save notes still being typed

  function saveTypedNotes() {
    pending.forEach(function (saveNow) {
      saveNow();
    });
  }
  var make = AV.make;

  /* Fills a <select> with the interview records, the current one selected (their names
     come from the index: no record is opened for this). The options there are kept and
     changed only where they differ: an organisation typed in a follow-up tool renames the
     current record at every keystroke, and 200 options made anew each time took more than
     the keystroke's budget (BENCHMARKS.md, "200 interviews"). */
  function fillRunSelect(select) {
    var ids = store.ids();
    var wanted = ids.length ? ids : [null]; // null: the one "none" option
    while (select.options.length > wanted.length) select.remove(wanted.length);
    wanted.forEach(function (id, n) {
      var option = select.options[n] || select.appendChild(make("option"));
      var text = id === null ? t("none") : AV.runLabel(store.summary(id));
      if (option.textContent !== text) option.textContent = text;
      if (id === null) option.removeAttribute("value");
      else option.value = id;
      option.selected = id !== null && id === store.currentId();
    });
  }

  /* Fills the paper parts of a checklist (shown in print): the record's name and interview
     date (given in a follow-up tool; else a line to write it on, never the day the record
     was started), ticks, and each note in place of the ruled lines. A run with no answers
     at all prints as the blank form. */
  AV.fillPaper = function (root, run) {
    var answers = (run && run.answers) || AV.map();
    var used = Object.keys(answers).length > 0;
    root.querySelector("[data-av-print-record]").textContent = used ? AV.runLabel(run) : "";
    root.querySelector("[data-av-print-date]").textContent = used && run.followup ? AV.formatDay(run.followup.date) : "";
    root.querySelectorAll("[data-av-key]").forEach(function (li) {
      var answer = answers[li.getAttribute("data-av-key")] || {};
      var written = li.querySelector(".av-item__written");
      li.classList.toggle("is-done", answer.done === true);
      if (written) written.textContent = answer.note && answer.note.trim() ? answer.note : "";
    });
  };

  /* The current interview's name, edited where the user is (issue 17): "Rename" turns
     into a field with the name; Enter saves, Escape cancels, and focus goes back to the
     button either way. The records page is not needed for this any more. */
  function renameInPlace(name) {
    var button = make("button", "md-button av-bar__rename", t("renameHere"));
    button.type = "button";
    var form = make("form", "av-bar__name");
    form.hidden = true;
    var label = make("label", "av-visually-hidden", t("renameLabel"));
    var input = make("input", "av-bar__input");
    input.id = "av-name--" + name;
    input.type = "text";
    input.maxLength = 120;
    input.autocomplete = "off";
    input.required = true;
    label.htmlFor = input.id;
    var save = make("button", "md-button", t("renameSave"));
    save.type = "submit";
    form.appendChild(label);
    form.appendChild(input);
    form.appendChild(save);
    function close() {
      form.hidden = true;
      button.hidden = false;
      button.focus();
    }
    button.addEventListener("click", function () {
      var run = store.currentRun();
      if (!run) return;
      input.value = run.label;
      button.hidden = true;
      form.hidden = false;
      input.focus();
      input.select();
    });
    form.addEventListener("submit", function (event) {
      event.preventDefault();
      var label = input.value.trim();
      if (label && store.currentId()) store.renameRun(store.currentId(), label);
      close();
    });
    input.addEventListener("keydown", function (event) {
      if (event.key === "Escape") {
        event.preventDefault();
        close();
      }
    });
    return { button: button, form: form, render: function () {
      var run = store.currentRun();
      button.disabled = !run;
      button.setAttribute("aria-label", t("renameHere") + ": " + AV.runLabel(run));
    } };
  }

  /* Prints only `parts` (a checklist; on the printable page, its collection and one form):
     print.css hides the rest while the attribute is set, and all shows again after. */
  AV.printOnly = function (parts) {
    document.documentElement.setAttribute("data-av-print-one", "");
    parts.forEach(function (part) {
      part.classList.add("is-printing");
    });
    window.print();
  };
  window.addEventListener("afterprint", function () {
    document.documentElement.removeAttribute("data-av-print-one");
    document.querySelectorAll(".is-printing").forEach(function (part) {
      part.classList.remove("is-printing");
    });
  });

  function enhance(root) {
    var name = root.getAttribute("data-av-checklist");
    var items = Array.prototype.map.call(root.querySelectorAll("[data-av-key]"), function (li) {
      return {
        key: li.getAttribute("data-av-key"),
        li: li,
        box: li.querySelector(".av-item__box"),
        note: li.querySelector(".av-item__note"),
        timer: null,
        dirty: false,
        ticked: false // whether this page's note-writing ticked the box
      };
    });

    var bar = make("div", "av-bar");
    var record = make("div", "av-bar__record");
    var label = make("label", "av-bar__label", t("interview"));
    var select = make("select", "av-bar__select");
    select.id = "av-run--" + name;
    label.htmlFor = select.id;
    record.appendChild(label);
    record.appendChild(select);
    var naming = renameInPlace(name);
    record.appendChild(naming.button);
    record.appendChild(naming.form);
    var recordsUrl = root.getAttribute("data-av-records-url");
    if (recordsUrl) {
      var link = make("a", "av-bar__manage", t("manage"));
      link.href = recordsUrl;
      record.appendChild(link);
    }
    var progress = make("div", "av-bar__progress");
    var meter = make("progress", "av-bar__meter");
    meter.max = items.length;
    meter.setAttribute("aria-hidden", "true"); // the count beside it says the same in words
    var count = make("span", "av-bar__count");
    progress.appendChild(meter);
    progress.appendChild(count);
    var status = make("p", "av-bar__status");
    status.setAttribute("role", "status");
    var print = make("button", "md-button av-bar__print", t("printThis"));
    print.type = "button";
    print.addEventListener("click", function () {
      saveTypedNotes();
      AV.printOnly([root]);
    });
    bar.appendChild(record);
    bar.appendChild(progress);
    bar.appendChild(print);
    bar.appendChild(status);
    root.querySelector(".av-checklist__head").appendChild(bar);

    function save(item, patch) {
      AV.ensureRun();
      var saved = store.setAnswer(item.key, patch);
      var time = AV.formatTime(new Date().toISOString()); // the reader's convention (strings.js)
      status.textContent = saved ? t("saved", { time: time }) : t("notSaved");
    }
    function flush(item) {
      if (!item.dirty) return;
      clearTimeout(item.timer);
      item.dirty = false;
      save(item, notePatch(item));
    }
    /* Writing a note is how a question is answered, so its first words tick the box: the
       box, the count and the export then say the same (DECISIONS.md, "Done is the tick").
       Unticking it afterwards is the user's choice and stays; clearing a note that ticked
       the box on this page unticks it again. */
    function notePatch(item) {
      var before = store.answer(item.key);
      var written = item.note.value.trim() !== "";
      var patch = { note: item.note.value };
      if (written && !before.done && !(before.note || "").trim()) {
        patch.done = item.ticked = true;
      } else if (!written && item.ticked && before.done) {
        patch.done = item.ticked = false;
      }
      return patch;
    }

    items.forEach(function (item) {
      item.box.addEventListener("change", function () {
        item.ticked = false; // the user's own tick: a note cleared later leaves it alone
        save(item, { done: item.box.checked });
      });
      if (!item.note) return;
      item.note.addEventListener("input", function () {
        item.dirty = true;
        clearTimeout(item.timer);
        item.timer = setTimeout(function () {
          flush(item);
        }, SAVE_DELAY);
      });
      item.note.addEventListener("blur", function () {
        flush(item);
      });
    });
    pending.push(function () {
      items.forEach(flush);
    });

    select.addEventListener("change", function () {
      saveTypedNotes();
      items.forEach(function (item) {
        item.ticked = false; // ticked in the record left behind
      });
      store.switchRun(select.value);
    });

    var listed = -1; // the store's listStamp when the <select> was filled
    function render() {
      if (!root.isConnected) return;
      var done = 0;
      AV.fillPaper(root, store.currentRun());
      items.forEach(function (item) {
        var answer = store.answer(item.key);
        item.box.checked = answer.done;
        if (AV.isDone(answer)) done += 1;
        // Never replace what is being typed; otherwise show the stored note.
        if (item.note && !item.dirty && item.note.value !== answer.note) {
          item.note.value = answer.note;
        }
      });
      meter.value = done;
      count.textContent = t("progress", { done: done, total: items.length });
      // A tick changes one record, not the list: the list is redrawn only when it changed.
      if (listed !== store.listStamp()) {
        listed = store.listStamp();
        fillRunSelect(select);
        naming.render();
      }
    }
    return render;
  }

  // Leaving the page or printing saves what is still being typed.
  window.addEventListener("pagehide", saveTypedNotes);
  window.addEventListener("beforeprint", saveTypedNotes);

  AV.register(".av-checklist[data-av-checklist]", enhance);
})();
