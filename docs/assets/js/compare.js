/* Offers side by side ([data-av-widget=compare], the offer page; issue 17, item 4). Every
   interview with an offer (its stage is offer, accepted or declined) gets a column; the
   user weighs what matters (the defaults, or criteria of their own) and rates each offer
   from 1 to 5. A score per offer, out of 100, and its reasons (strong and weak points,
   what is not rated yet) follow from those alone: the weighted mean of the ratings given.
   Criteria live in the store's index and ratings on each record (store.js, version 5), so
   they are kept, exported and imported with the interviews. Words come with the page
   (macros/labels.py, in [data-av-data]); user text is only ever set as text. */
(function () {
  "use strict";
  var AV = window.afterview;
  var store = AV.store;
  var make = AV.make;

  var OFFER_STAGES = ["offer", "accepted", "declined"];
  var STRONG = 4; // a rating that counts as a strength, of a criterion that matters (weight 3+)
  var WEAK = 2;

  function fill(text, values) {
    return text.replace(/\{(\w+)\}/g, function (match, name) {
      return values && name in values ? String(values[name]) : match;
    });
  }

  /* The score of `ratings` under `criteria`: {score (0-100, null when nothing is rated),
     strong, weak, unrated} (criteria as lists of names). */
  function scoreOf(criteria, ratings, label) {
    var total = 0;
    var best = 0;
    var found = { strong: [], weak: [], unrated: [] };
    criteria.forEach(function (criterion) {
      if (!criterion.weight) return; // left out
      var rating = ratings[criterion.id];
      if (!rating) {
        found.unrated.push(label(criterion));
        return;
      }
      total += criterion.weight * rating;
      best += criterion.weight * 5;
      if (rating >= STRONG && criterion.weight >= 3) found.strong.push(label(criterion));
      if (rating <= WEAK && criterion.weight >= 3) found.weak.push(label(criterion));
    });
    found.score = best ? Math.round(100 * total / best) : null;
    return found;
  }

  function enhance(root) {
    var data = JSON.parse(root.querySelector("[data-av-data]").textContent);
    var words = data.words;
    var table = root.querySelector("table");
    var head = table.querySelector("thead tr");
    var body = table.querySelector("tbody");
    var foot = table.querySelector("tfoot tr");
    var none = root.querySelector("[data-av-compare-none]");
    var shown = root.querySelector("[data-av-compare-shown]");
    var reasons = root.querySelector("[data-av-compare-reasons]");
    var addForm = root.querySelector("[data-av-compare-add]");
    var status = root.querySelector("[data-av-compare-status]");
    var drawn = null;
    var weightHead = head.children[1].textContent;

    function label(criterion) {
      return criterion.label || words["criterion_" + criterion.id] || criterion.id;
    }
    function offers() {
      return store.ids().filter(function (id) {
        var summary = store.summary(id);
        return summary && OFFER_STAGES.indexOf(summary.stage) >= 0;
      }).reverse(); // the oldest offer first: columns keep their place as offers arrive
    }
    function offerName(id) {
      var summary = store.summary(id) || {};
      return (summary.organisation || "").trim() || AV.runLabel(summary);
    }
    function select(options, value, name) {
      var field = make("select", "av-compare__select");
      field.setAttribute("aria-label", name);
      options.forEach(function (option) {
        var choice = make("option", "", option[1]);
        choice.value = String(option[0]);
        field.appendChild(choice);
      });
      field.value = String(value);
      return field;
    }
    var WEIGHTS = [0, 1, 2, 3, 4, 5].map(function (n) {
      return [n, n + " \u2013 " + words["weight_" + n]];
    });
    var RATINGS = [[0, "\u2013"]].concat([1, 2, 3, 4, 5].map(function (n) {
      return [n, n + " \u2013 " + words["rating_" + n]];
    }));

    function changeCriteria(mutate) {
      var list = store.criteria();
      mutate(list);
      if (!store.setCriteria(list)) status.textContent = words.notSaved;
    }

    root.addEventListener("change", function (event) {
      var field = event.target;
      var criterion = field.getAttribute("data-av-criterion");
      if (!criterion) return;
      var value = parseInt(field.value, 10);
      var offer = field.getAttribute("data-av-offer");
      status.textContent = "";
      if (offer) {
        if (!store.setRating(offer, criterion, value)) status.textContent = words.notSaved;
      } else {
        changeCriteria(function (list) {
          list.forEach(function (each) {
            if (each.id === criterion) each.weight = value;
          });
        });
      }
    });
    root.addEventListener("click", function (event) {
      var remove = event.target.closest && event.target.closest("button[data-av-remove]");
      if (remove) {
        var id = remove.getAttribute("data-av-remove");
        var gone = "";
        changeCriteria(function (list) {
          list.forEach(function (each, n) {
            if (each.id === id) gone = label(list.splice(n, 1)[0]);
          });
        });
        status.textContent = fill(words.removed, { name: gone });
        addForm.elements.name.focus(); // the button is gone: focus stays in the widget
      }
      if (event.target.closest && event.target.closest("button[data-av-compare-print]")) {
        document.documentElement.setAttribute("data-av-print-one", "");
        root.classList.add("is-printing");
        window.print();
      }
    });
    window.addEventListener("afterprint", function () {
      root.classList.remove("is-printing");
    });
    addForm.addEventListener("submit", function (event) {
      event.preventDefault();
      var field = addForm.elements.name;
      var name = field.value.trim();
      var list = store.criteria();
      var same = list.filter(function (each) {
        return label(each).toLowerCase() === name.toLowerCase();
      })[0];
      if (!name) status.textContent = words.addEmpty;
      else if (same) status.textContent = fill(words.addTwice, { name: label(same) });
      else if (list.length >= data.max) status.textContent = words.addMany;
      else {
        list.push({ id: "own-" + Date.now().toString(36) + Math.random().toString(36).slice(2, 5), weight: 3, label: name });
        if (store.setCriteria(list)) {
          field.value = "";
          status.textContent = fill(words.added, { name: name });
        } else {
          status.textContent = words.notSaved;
        }
      }
    });

    function render() {
      if (!root.isConnected) return;
      var ids = offers();
      var criteria = store.criteria();
      var runs = ids.map(function (id) {
        var stage = store.summary(id).stage;
        var name = offerName(id);
        return {
          id: id, name: name, stage: stage, ratings: (store.run(id) || {}).ratings || {},
          label: stage === "offer" ? name : name + " (" + words["stage_" + stage] + ")"
        };
      });
      var key = JSON.stringify([criteria, runs]);
      if (key === drawn) return;
      drawn = key;
      var focused = document.activeElement && root.contains(document.activeElement) ? document.activeElement : null;
      var focusKey = focused && [focused.getAttribute("data-av-criterion"), focused.getAttribute("data-av-offer")].join("|");

      none.hidden = ids.length >= 2;
      none.textContent = ids.length ? words.oneOffer : words.noOffers;
      shown.hidden = ids.length === 0;

      while (head.children.length > 2) head.lastChild.remove();
      while (foot.children.length > 2) foot.lastChild.remove();
      runs.forEach(function (run) {
        var th = make("th", "av-compare__offer", run.name);
        th.scope = "col";
        if (run.stage !== "offer") th.appendChild(make("span", "av-compare__stage", words["stage_" + run.stage]));
        head.appendChild(th);
      });
      body.textContent = "";
      criteria.forEach(function (criterion) {
        var row = make("tr");
        var name = make("th", "av-compare__criterion", label(criterion));
        name.scope = "row";
        if (criterion.label) {
          var remove = make("button", "av-compare__remove", "\u00d7");
          remove.type = "button";
          remove.setAttribute("data-av-remove", criterion.id);
          remove.setAttribute("aria-label", fill(words.remove, { name: label(criterion) }));
          name.appendChild(remove);
        }
        row.appendChild(name);
        var weight = make("td");
        // On a phone the table stacks into one block per criterion; each cell shows its
        // column's name (compare.css, from data-label).
        weight.setAttribute("data-label", weightHead);
        var weightField = select(WEIGHTS, criterion.weight, fill(words.weightOf, { name: label(criterion) }));
        weightField.setAttribute("data-av-criterion", criterion.id);
        weight.appendChild(weightField);
        row.appendChild(weight);
        runs.forEach(function (run) {
          var cell = make("td");
          cell.setAttribute("data-label", run.label);
          var field = select(RATINGS, run.ratings[criterion.id] || 0, fill(words.ratingOf, { offer: run.name, name: label(criterion) }));
          field.setAttribute("data-av-criterion", criterion.id);
          field.setAttribute("data-av-offer", run.id);
          field.disabled = !criterion.weight;
          cell.appendChild(field);
          row.appendChild(cell);
        });
        if (!criterion.weight) row.className = "av-compare__left-out";
        body.appendChild(row);
      });

      // Explicit roles: a phone shows the cells as blocks (compare.css), and a table whose
      // cells are blocks is no longer read as a table without them.
      table.setAttribute("role", "table");
      Array.prototype.forEach.call(table.querySelectorAll("thead, tbody, tfoot, tr, th, td"), function (cell) {
        var tag = cell.tagName.toLowerCase();
        cell.setAttribute("role", tag === "tr" ? "row" : tag === "td" ? "cell" : tag === "th" ? (cell.scope === "col" ? "columnheader" : "rowheader") : "rowgroup");
      });

      reasons.textContent = "";
      runs.forEach(function (run) {
        var found = scoreOf(criteria, run.ratings, label);
        var score = make("td", "av-compare__score", found.score === null ? "\u2013" : fill(words.score, { score: found.score }));
        score.setAttribute("data-label", run.label);
        if (found.unrated.length && found.score !== null) score.appendChild(make("span", "av-compare__partial", words.partial));
        foot.appendChild(score);

        var item = make("li", "av-compare__reason");
        item.appendChild(make("strong", "", run.name + ": " + (found.score === null ? words.unscored : fill(words.score, { score: found.score }))));
        [["strong", found.strong], ["weak", found.weak], ["unrated", found.unrated]].forEach(function (part) {
          if (part[1].length) item.appendChild(make("span", "av-compare__why", fill(words["why_" + part[0]], { list: part[1].join(", ") })));
        });
        reasons.appendChild(item);
      });

      if (focusKey) {
        Array.prototype.some.call(root.querySelectorAll("select"), function (field) {
          if ([field.getAttribute("data-av-criterion"), field.getAttribute("data-av-offer")].join("|") === focusKey) {
            field.focus();
            return true;
          }
          return false;
        });
      }
    }
    return render;
  }

  AV.compareScore = scoreOf; // for the tests: the score and its reasons
  AV.register("[data-av-widget=compare]", enhance);
})();
