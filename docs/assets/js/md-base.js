/* Material's page helpers (partials/javascripts/base.html), as a file instead of inline:
   the storage scope is the site root (two folders up from this file, so it works under any
   sub-path and from file://), and reading storage never throws where the browser blocks it. */
(function () {
  "use strict";
  // afterview: scripts run on this page. Set here, in <head>, so that the CSS shows the
  // enhanced widgets instead of their no-JavaScript notes before the first paint.
  document.documentElement.classList.add("av-js");
  var script = document.currentScript;
  // A page opened from disk (file://) cannot start Material's search worker: the
  // iframe-worker shim (docs/assets/vendor/) stands in for it there, and must run before
  // Material's bundle. Written into the page here, so it blocks like the script it
  // replaces, and only then: over http no page loads it (overrides/main.html leaves the
  // offline plugin's polyfill out).
  if (location.protocol === "file:" && script && !window.IFrameWorker) {
    document.write('<script src="' + new URL("../vendor/iframe-worker-shim.js", script.src).href + '"><\/script>');
  }
  var scope = script && script.getAttribute("data-scope");
  window.__md_scope = new URL(scope || "../../", scope || !script ? location : script.src);
  window.__md_hash = function (text) {
    return Array.prototype.reduce.call(text, function (hash, char) {
      return (hash << 5) - hash + char.charCodeAt(0);
    }, 0);
  };
  window.__md_get = function (key, storage, base) {
    try {
      storage = storage || localStorage;
      return JSON.parse(storage.getItem((base || __md_scope).pathname + "." + key));
    } catch (error) {
      return null;
    }
  };
  window.__md_set = function (key, value, storage, base) {
    try {
      storage = storage || localStorage;
      storage.setItem((base || __md_scope).pathname + "." + key, JSON.stringify(value));
    } catch (error) {
      /* storage blocked or full: Material's state (e.g. palette) is simply not kept */
    }
  };

  /* afterview: the search index loads when the reader first opens search, not with every
     page. Material's bundle asks for it as soon as it starts (tens of kilobytes, and most
     visits never search); that request waits here until the search field gets the focus
     (a click, a tap or Material's keys f, s and /). A page opened from a search result
     (?h=...) highlights the words at once and needs it then. From disk the index is a
     script, not a request, and nothing waits. */
  var request = window.XMLHttpRequest && XMLHttpRequest.prototype;
  if (!request || /[?&]h=/.test(location.search)) return;
  var open = request.open;
  var send = request.send;
  var released = false;
  var waiting = [];
  request.open = function (method, url) {
    this.afterviewIndex = /\/search\/search_index\.json$/.test(String(url).split(/[?#]/)[0]);
    return open.apply(this, arguments);
  };
  request.send = function () {
    var self = this;
    var args = arguments;
    if (released || !self.afterviewIndex) return send.apply(self, args);
    waiting.push(function () {
      send.apply(self, args);
    });
  };
  document.addEventListener("focusin", function (event) {
    if (released || !event.target.matches || !event.target.matches(".md-search__input")) return;
    released = true;
    waiting.splice(0).forEach(function (go) {
      go();
    });
  });
})();
