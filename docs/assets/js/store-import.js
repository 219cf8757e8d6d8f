/* The store's import (AV.store.importRuns): adds the records of a backup or an adviser's
   file, a slice at a time. Only the records page and the adviser's page load it, so the
   other pages do not carry it (tests/build/test_page_weight.py); it works on the store's
   own parts through AV.store.extend (store.js). */
(function () {
  "use strict";
  var AV = window.afterview;

  AV.store.extend(function (s) {
    /* Two records are the same when their name, start, follow-up fields and every answer
       (tick and note) are; when an answer was last changed does not matter. */
    function sameRun(a, b) {
      function same(x, y, equal) {
        var keys = Object.keys(x);
        return keys.length === Object.keys(y).length && keys.every(function (key) {
          return s.own(y, key) && equal(x[key], y[key]);
        });
      }
      return a.label === b.label && a.created === b.created &&
        JSON.stringify(a.stages) === JSON.stringify(b.stages) &&
        same(a.followup, b.followup, function (x, y) {
          return x === y;
        }) &&
        same(a.ratings, b.ratings, function (x, y) {
          return x === y;
        }) &&
        same(a.answers, b.answers, function (x, y) {
          return x.done === y.done && x.note === y.note;
        });
    }

    /* Adds the records of an import, a slice of about 40 ms at a time, so that the page never
       freezes: each slice writes its records, then the index, then yields to the browser and
       calls progress(done, total). A record identical to one here is skipped; with `replace`
       one with the same id is overwritten, otherwise it is added under a new id, its name
       marked with importedLabel(). finish({added, skipped}) at the end; when something could
       not be written, everything this import wrote is undone and finish({failed: why}). */
    function importRuns(runs, replace, importedLabel, progress, finish) {
      var ids = Object.keys(runs);
      var done = 0;
      var result = { added: 0, skipped: 0 };
      var written = []; // [id, the text stored before] of each record written
      var byStart = AV.map(); // name + start -> ids: identical records found without reading all
      function known(id, summary) {
        var key = summary.label + "\n" + summary.created;
        (byStart[key] = byStart[key] || []).push(id);
      }
      function identical(record) {
        return (byStart[record.label + "\n" + record.created] || []).some(function (id) {
          var here = s.run(id);
          return !!here && sameRun(here, record);
        });
      }
      var indexed = false; // whether the index lists records of this import yet
      function undo(why) {
        var ids = written.map(function (entry) {
          return entry[0];
        });
        written.reverse().forEach(function (entry) {
          if (entry[1] === null) s.remove(s.RECORD + entry[0]);
          else s.put(s.RECORD + entry[0], entry[1]);
          delete s.records()[entry[0]];
        });
        if (!indexed) s.refresh(s.INDEX);
        else s.change([[s.INDEX, function (value) {
          ids.forEach(function (id) {
            var record = s.load(s.RECORD + id);
            if (record) value.records[id] = s.summaryOf(record);
            else delete value.records[id];
          });
          if (!s.own(value.records, value.current)) value.current = s.firstKey(value.records);
        }]]);
        s.notify("local");
        finish({ failed: why });
      }
      function step() {
        var slice = [];
        var until = Date.now() + 40;
        while (done < ids.length && Date.now() < until) {
          var record = runs[ids[done]];
          var id = ids[done];
          done += 1;
          if (identical(record)) {
            result.skipped += 1;
            continue;
          }
          if (s.own(s.index().records, id) && !replace) {
            id = s.newId();
            record = { label: importedLabel(record.label), named: record.named, created: record.created, answers: record.answers, followup: record.followup, stages: record.stages, ratings: record.ratings };
          }
          var before = s.read(s.RECORD + id);
          var why = s.put(s.RECORD + id, s.serialize(s.RECORD + id, record));
          if (why) return undo(why);
          written.push([id, before]);
          s.records()[id] = record;
          known(id, record);
          slice.push(id);
          result.added += 1;
        }
        if (slice.length) {
          var value = s.refresh(s.INDEX);
          slice.forEach(function (each) {
            value.records[each] = s.summaryOf(s.records()[each]);
          });
          if (!value.current) value.current = slice[0];
          s.touch();
          why = s.put(s.INDEX, s.serialize(s.INDEX, value));
          if (why) return undo(why);
          indexed = true;
        }
        if (done < ids.length) {
          progress(done, ids.length);
          setTimeout(step, 0);
        } else {
          s.notify("local");
          finish(result);
        }
      }
      var blocked = s.unwritable();
      if (blocked) return finish({ failed: blocked });
      Object.keys(s.index().records).forEach(function (id) {
        known(id, s.index().records[id]);
      });
      setTimeout(step, 0); // reading the file was a task of its own already
    }

    return { importRuns: importRuns };
  });
})();
