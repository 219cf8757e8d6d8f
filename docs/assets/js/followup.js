/* The follow-up tools: the letter builder ([data-av-widget=letters]) and the follow-up dates
   ([data-av-widget=dates]). Texts and waiting times come from data/letters.yml, as a JSON
   element the build puts beside each tool; this script only fills in fields. What the user
   enters is kept on the current interview record (store.followup), so every tool on every
   page shows the same employer and dates. User text is only ever set as text. */
(function () {
  "use strict";
  var AV = window.afterview;
  var store = AV.store;
  var MAX_MAILTO = 1800; // characters: mail programs and browsers cut longer mailto: links

  var parseDay = AV.dates.parseDay; // the shared date rules (dates.js)
  // A letter's date is written as its practice writes it (for the employer who reads it);
  // everything else in the reader's convention (AV.formatDay, strings.js).
  var LETTER_LOCALE = { de: "de-DE", "en-us": "en-US", "en-gb": "en-GB" };

  function fill(text, values) {
    return text.replace(/\{(\w+)\}/g, function (match, name) {
      return values[name] != null ? values[name] : match;
    });
  }

  /* Ties a tool's form to the current record: typing saves, and every
     change of the record (here, in another tool or tab) shows in the fields. */
  function bind(root, defaults, update) {
    var form = root.querySelector("form");
    var kept = Array.prototype.filter.call(form.elements, function (field) {
      return field.name && !/^(letter|text)$/.test(field.name);
    });
    form.addEventListener("submit", function (event) {
      event.preventDefault();
    });
    // A field or value the store does not keep (yet) is remembered on this page only, so a
    // re-render does not undo the user's choice.
    var unkept = {};
    kept.forEach(function (field) {
      field.addEventListener("input", function () {
        var patch = {};
        var value = field.value; // read first: starting a record re-renders the fields
        patch[field.name] = value;
        AV.ensureRun();
        unkept[field.name] = value;
        store.setFollowup(patch);
        if ((store.followup()[field.name] || "") === value) delete unkept[field.name];
        else render(); // the store did not keep it, so it told nobody: show it here
      });
    });
    function render() {
      if (!root.isConnected) return;
      var saved = store.followup();
      kept.forEach(function (field) {
        // A select's options, or a group of radio buttons: the choices this page offers.
        var choices = field.options || (field.type === "radio" ? form.querySelectorAll('input[name="' + field.name + '"]') : null);
        var value = (field.name in unkept ? unkept[field.name] : saved[field.name]) || defaults[field.name] || (choices ? choices[0].value : "");
        // A choice this page no longer offers (e.g. an old "us-uk") falls back to the default.
        if (choices && !Array.prototype.some.call(choices, function (option) {
          return option.value === value;
        })) value = defaults[field.name] || choices[0].value;
        if (field.type === "radio") field.checked = field.value === value;
        else if (field !== document.activeElement && field.value !== value) field.value = value;
      });
      update(form.elements);
    }
    return render;
  }

  function builder(root) {
    var data = JSON.parse(root.querySelector("[data-av-data]").textContent);
    var status = root.querySelector("[data-av-status]");
    var mailto = root.querySelector("[data-av-mailto]");
    var tooLong = root.querySelector("[data-av-long]");
    var area;
    var generated = null;
    var letterId;

    /* The letter from the fields: its subject on the first line, an empty line, the body (no
       "Subject:" label: the mail program's subject field is the label). Empty fields leave
       [gaps]. The practice (us, uk, de) picks the letter's version and, for an English letter,
       US or UK forms: "Ms." or "Ms", "June 3" or "3 June", "Best regards" or "Kind regards". */
    function compose(f) {
      var lang = f.lang.value;
      var practice = f.convention.value;
      var forms = lang === "de" ? "de" : practice === "us" ? "en-us" : "en-gb";
      var letter = data.letters.filter(function (each) {
        return each.id === f.letter.value;
      })[0];
      var version = letter.versions.any || letter.versions[practice === "de" ? "de" : "us-uk"];
      var values = {};
      Object.keys(data.gaps).forEach(function (name) {
        values[name] = f[name] ? f[name].value.trim() || data.gaps[name][lang] : "";
      });
      var first = f.first.value.trim();
      var last = f.last.value.trim();
      // "Guten Tag Okafor," never: a missing first name is a gap to fill in.
      values.name = first || last ? (first || data.gaps.first_name[lang]) + " " + (last || data.gaps.name[lang]) : data.gaps.name[lang];
      values.last_name = last || data.gaps.name[lang];
      values.point = f.point.value.trim().replace(/[.\s]+$/, "") || data.gaps.point[lang];
      values.closing = data.closings[forms];
      if (parseDay(f.date.value)) values.date = AV.formatDay(f.date.value, "dayMonth", LETTER_LOCALE[forms]);
      var salutation = data.salutations[f.address.value + "-" + f.namedItem("title").value] || data.salutations[f.address.value];
      values.salutation = fill(salutation[forms], values);
      // Fields this letter does not use are hidden; the practice matters to every English
      // letter (US or UK forms) and to a German one only where the letter has versions.
      var used = JSON.stringify(version);
      root.querySelectorAll("[data-av-field]").forEach(function (field) {
        var key = field.getAttribute("data-av-field");
        field.hidden = key === "convention" ? !!letter.versions.any && lang === "de" : used.indexOf("{" + key + "}") < 0;
      });
      letterId = letter.id;
      return fill(version.subject[lang], values) + "\n\n" + fill(version.body[lang], values) + "\n";
    }

    /* The mailto: link, from the letter as edited; a link too long to work is not offered. */
    function offer() {
      var lines = area.value.split(/\r?\n/);
      var subject = "";
      // The first line is the subject when an empty line follows it.
      if (lines.length > 1 && !lines[1].trim()) subject = lines.shift().trim();
      var href = "";
      try {
        href = "mailto:?subject=" + encodeURIComponent(subject) + "&body=" + encodeURIComponent(lines.join("\r\n").trim());
      } catch (error) {
        href = ""; // text a URL cannot carry (a broken character): copy and download still work
      }
      var fits = !!href && href.length <= MAX_MAILTO;
      mailto.hidden = !fits;
      tooLong.hidden = fits;
      if (fits) mailto.href = href;
    }

    var render = bind(root, { lang: AV.language === "de" ? "de" : "en", convention: AV.language === "de" ? "de" : "us" }, function (f) {
      area = f.text;
      var text = compose(f);
      // Only a change of the fields writes the letter anew: edits survive everything else.
      if (text !== generated) {
        area.value = generated = text;
        offer();
      }
    });
    root.querySelector("form").addEventListener("change", function (event) {
      if (event.target.name === "letter") render();
    });
    root.querySelector("textarea").addEventListener("input", offer);
    root.querySelector("[data-av-copy]").addEventListener("click", function () {
      function said(copied) {
        status.textContent = status.getAttribute(copied ? "data-av-copied" : "data-av-failed");
      }
      function byHand() {
        area.select();
        var copied = false;
        try {
          copied = document.execCommand("copy");
        } catch (error) {
          copied = false;
        }
        said(copied);
      }
      status.textContent = "";
      if (navigator.clipboard) navigator.clipboard.writeText(area.value).then(function () {
        said(true);
      }, byHand);
      else byHand();
    });
    root.querySelector("[data-av-download]").addEventListener("click", function () {
      AV.download("afterview-" + letterId + ".txt", "text/plain;charset=utf-8", area.value);
    });
    return render;
  }

  /* The calendar file. An entry names the organisation and position when they are known,
     and otherwise reads plainly ("Thank-you note for your interview on 3 December"): a
     calendar never shows a [gap]. */
  function calendar(found, data, interview, saved) {
    var organisation = (saved.organisation || "").trim();
    var position = (saved.position || "").trim();
    var values = { organisation: organisation, position: position, date: AV.formatDay(interview, "long") };
    var id = store.currentId() || new Date().toISOString();
    return AV.dates.calendar(["thanks", "status"].map(function (key) {
      var texts = data.reminders[key === "thanks" ? "thank-you" : "status"];
      return {
        uid: id + "-" + key,
        day: found[key],
        summary: organisation ? fill(texts.summary, values) : fill(texts.summary_unnamed, { date: AV.formatDay(interview, "dayMonth") }),
        description: fill(position ? texts.description : texts.description_unnamed, values)
      };
    }), "follow-up dates");
  }

  /* "Moved to Tue 26 May: Whit Monday (Mon 25 May) is a public holiday.", or "". */
  function moved(list, day, words) {
    if (!list.length) return "";
    var named = list.map(function (holiday) {
      return holiday.name + " (" + AV.formatDay(holiday.day, "weekday") + ")";
    });
    return fill(words.getAttribute(list.length === 1 ? "data-av-moved-one" : "data-av-moved-other"), {
      day: AV.formatDay(day, "weekday"),
      holidays: named.join(", ")
    });
  }

  function dates(root) {
    var data = JSON.parse(root.querySelector("[data-av-data]").textContent);
    var button = root.querySelector("[data-av-ics]");
    var record = root.querySelector("[data-av-record]");
    var result = root.querySelector("[data-av-result]");
    var counted = root.querySelector("[data-av-counted]");
    var found = null;
    button.addEventListener("click", function () {
      if (found) AV.download("afterview-follow-up.ics", "text/calendar;charset=utf-8", calendar(found, data, root.querySelector("form").elements.date.value, store.followup()));
    });
    return bind(root, { convention: AV.language === "de" ? "de" : "us" }, function (f) {
      var convention = f.convention.value;
      var rules = data.conventions[convention];
      // A Land counts in Germany only; its choice is kept for when German practice returns.
      var land = convention === "de" ? f.region.value : "";
      root.querySelector("[data-av-region]").hidden = convention !== "de";
      found = AV.dates.followup(f.date.value, f.decision.value, data, convention, land);
      root.querySelector("[data-av-early]").hidden = !(found && found.early);
      root.querySelector("[data-av-empty]").hidden = !!found;
      result.hidden = !found;
      button.disabled = !found;
      if (found) {
        [["thanks", rules.thank_you_note], ["status", found.stated ? data.stated : rules.status_note]].forEach(function (row) {
          root.querySelector('[data-av-when="' + row[0] + '"]').textContent = AV.formatDay(found[row[0]], "long");
          root.querySelector('[data-av-why="' + row[0] + '"]').textContent = "(" + row[1] + ")";
          var note = root.querySelector('[data-av-moved="' + row[0] + '"]');
          note.textContent = moved(found.skipped[row[0]], found[row[0]], result);
          note.hidden = !note.textContent;
        });
      }
      counted.textContent = fill(counted.getAttribute(land ? "data-av-land" : "data-av-" + convention) || "", {
        land: land ? f.region.options[f.region.selectedIndex].text : ""
      });
      record.hidden = !store.currentRun();
      record.lastChild.textContent = AV.runLabel(store.currentRun());
    });
  }

  AV.register("[data-av-widget=letters]", builder);
  AV.register("[data-av-widget=dates]", dates);
})();
