/* Material's page helpers (partials/javascripts/base.html), as a file instead of inline:
   the storage scope is the site root (two folders up from this file, so it works under any
   sub-path and from file://), and reading storage never throws where the browser blocks it. */
(function () {
  "use strict";
  // afterview: scripts run on this page. Set here, in <head>, so that the CSS shows the
  // enhanced widgets instead of their no-JavaScript notes before the first paint.
  document.documentElement.classList.add("av-js");
  var script = document.currentScript;
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
})();
