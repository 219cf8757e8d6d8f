/* The file for a careers adviser (AV.adviserFile): made on the records page from chosen
   interviews, opened on the adviser's page (adviser.js). It holds the backup document
   (backup.js), as it is or locked with a passphrase:
     {"format": "afterview-adviser", "version": 1, "site", "made", "locked": false, "backup"}
     {..., "locked": true, "kdf": {"name": "PBKDF2", "hash": "SHA-256", "iterations", "salt"},
      "cipher": {"name": "AES-GCM", "iv"}, "data"}   (salt, iv, data in base64)
   Locking is the browser's Web Crypto alone (no cipher of our own): AES-GCM 256 with a key
   from PBKDF2-SHA-256. AES-GCM also checks the data, so a wrong passphrase and a changed
   byte fail alike and nothing half-decrypted is ever shown. Web Crypto exists only in a
   secure context (https, localhost, file://): elsewhere locking is offered as unavailable. */
(function () {
  "use strict";
  var AV = window.afterview;
  var FORMAT = "afterview-adviser";
  var VERSION = 1;
  var ITERATIONS = 600000; // OWASP's 2023 advice for PBKDF2-SHA-256
  // Limits on what a file may ask for: fewer iterations would make guessing cheap, and a
  // file must not make the adviser's browser work for minutes.
  var MIN_ITERATIONS = 100000;
  var MAX_ITERATIONS = 10000000;
  var subtle = window.isSecureContext && window.crypto && window.crypto.subtle;

  /* The words of a widget, from its page's JSON block (macros/adviser.py): say(key, values)
     fills in {name}s; with a `count` the key's _one or _other form is chosen. */
  function words(root) {
    var all = JSON.parse(root.querySelector("[data-av-words]").textContent);
    return function say(key, values) {
      if (values && typeof values.count === "number" && !(key in all)) {
        var form = new Intl.PluralRules(AV.language).select(values.count);
        key += key + "_" + form in all ? "_" + form : "_other";
      }
      return (all[key] || key).replace(/\{(\w+)\}/g, function (match, name) {
        return values && name in values ? String(values[name]) : match;
      });
    };
  }

  function toBase64(buffer) {
    var bytes = new Uint8Array(buffer);
    var text = "";
    for (var i = 0; i < bytes.length; i += 0x8000) {
      text += String.fromCharCode.apply(null, bytes.subarray(i, i + 0x8000));
    }
    return btoa(text);
  }
  function fromBase64(text) {
    var binary = atob(text); // throws on anything that is not base64
    var bytes = new Uint8Array(binary.length);
    for (var i = 0; i < binary.length; i += 1) bytes[i] = binary.charCodeAt(i);
    return bytes;
  }

  function key(passphrase, salt, iterations, use) {
    return subtle.importKey("raw", new TextEncoder().encode(passphrase), "PBKDF2", false, ["deriveKey"])
      .then(function (base) {
        return subtle.deriveKey({ name: "PBKDF2", hash: "SHA-256", salt: salt, iterations: iterations },
          base, { name: "AES-GCM", length: 256 }, false, [use]);
      });
  }

  /* The file's text for the records `ids`, locked when a passphrase is given: a Promise. */
  function make(ids, site, passphrase) {
    var file = { format: FORMAT, version: VERSION, site: site, made: new Date().toISOString(), locked: !!passphrase };
    var backup = AV.backup.backup(ids);
    if (!passphrase) {
      file.backup = JSON.parse(backup);
      return Promise.resolve(JSON.stringify(file, null, 2));
    }
    var salt = crypto.getRandomValues(new Uint8Array(16));
    var iv = crypto.getRandomValues(new Uint8Array(12));
    return key(passphrase, salt, ITERATIONS, "encrypt").then(function (secret) {
      return subtle.encrypt({ name: "AES-GCM", iv: iv }, secret, new TextEncoder().encode(backup));
    }).then(function (data) {
      file.kdf = { name: "PBKDF2", hash: "SHA-256", iterations: ITERATIONS, salt: toBase64(salt) };
      file.cipher = { name: "AES-GCM", iv: toBase64(iv) };
      file.data = toBase64(data);
      return JSON.stringify(file, null, 2);
    });
  }

  /* An error whose message is for the user; `kind` tells the page which words frame it. */
  function problem(kind, reason) {
    var error = new Error(reason || kind);
    error.kind = kind;
    return error;
  }

  /* What a file's text is: {site, made, locked, runs} (runs checked by backup.js) or, when
     locked, {site, made, locked, open(passphrase) -> Promise of runs}. A plain backup reads
     as {runs} alone. Throws problem()s: "empty", "notAdviser", "newer", "damaged". */
  function read(text, say) {
    if (!text.trim()) throw problem("empty", say("view_empty"));
    var file;
    try {
      file = JSON.parse(text);
    } catch (error) {
      throw problem("damaged", AV.t("notJson"));
    }
    var object = AV.backup.isObject;
    function runs(backupText) {
      try {
        return AV.backup.readBackup(backupText);
      } catch (error) {
        throw problem(error.message === AV.t("newerBackup") ? "newer" : "damaged", error.message);
      }
    }
    if (!object(file)) throw problem("notAdviser", say("view_not_adviser"));
    if (file.format !== FORMAT) {
      if (file.runs !== undefined) return { runs: runs(text) }; // a backup of the records page
      throw problem("notAdviser", say("view_not_adviser"));
    }
    if (typeof file.version === "number" && file.version > VERSION) throw problem("newer", say("view_newer"));
    if (file.version !== VERSION) throw problem("damaged", "version");
    var about = {
      site: typeof file.site === "string" ? file.site : "",
      made: typeof file.made === "string" ? file.made : "",
      locked: file.locked === true
    };
    if (file.locked === false) {
      if (!object(file.backup)) throw problem("damaged", "backup");
      about.runs = runs(JSON.stringify(file.backup));
      return about;
    }
    var kdf = object(file.kdf) ? file.kdf : {};
    var cipher = object(file.cipher) ? file.cipher : {};
    var salt, iv, data;
    try {
      salt = fromBase64(kdf.salt);
      iv = fromBase64(cipher.iv);
      data = fromBase64(file.data);
    } catch (error) {
      throw problem("damaged", "base64");
    }
    if (file.locked !== true || kdf.name !== "PBKDF2" || kdf.hash !== "SHA-256" ||
        !(kdf.iterations >= MIN_ITERATIONS && kdf.iterations <= MAX_ITERATIONS) ||
        Math.floor(kdf.iterations) !== kdf.iterations || salt.length < 16 ||
        cipher.name !== "AES-GCM" || iv.length !== 12 || data.length < 17) {
      throw problem("damaged", "kdf, cipher");
    }
    about.open = function (passphrase) {
      return key(passphrase, salt, kdf.iterations, "decrypt").then(function (secret) {
        return subtle.decrypt({ name: "AES-GCM", iv: iv }, secret, data);
      }).then(function (plain) {
        return runs(new TextDecoder("utf-8", { fatal: true }).decode(plain));
      }, function () {
        // AES-GCM's check failed: a wrong passphrase, or data changed after locking.
        throw problem("wrong");
      });
    };
    return about;
  }

  AV.adviserFile = { words: words, make: make, read: read, canLock: !!subtle };

  /* The maker on the records page: tick the interviews (all by default), lock or not. */
  function enhance(root) {
    var say = words(root);
    var form = root.querySelector("[data-av-make]");
    var list = root.querySelector("[data-av-make-list]");
    var none = root.querySelector("[data-av-make-none]");
    var result = root.querySelector("[data-av-make-result]");
    var lock = form.elements.lock;
    var pass = root.querySelector("[data-av-make-pass]");
    var busy = false;
    root.querySelector("[data-av-load]").parentNode.hidden = true;
    form.hidden = false;
    if (!subtle) {
      lock.checked = false;
      lock.disabled = true;
      root.querySelector("[data-av-make-no-crypto]").hidden = false;
    }
    lock.addEventListener("change", render);
    var unticked = AV.map(); // the student's choice survives redraws; new records come ticked

    function render() {
      if (!root.isConnected) return;
      var ids = AV.store.ids();
      none.hidden = ids.length > 0;
      list.textContent = "";
      ids.forEach(function (id) {
        var li = AV.make("li");
        var label = AV.make("label", "av-records__check");
        var box = AV.make("input");
        box.type = "checkbox";
        box.checked = !unticked[id];
        box.addEventListener("change", function () {
          unticked[id] = !box.checked;
        });
        box.setAttribute("data-av-make-id", id);
        label.appendChild(box);
        label.appendChild(document.createTextNode(" " + AV.runLabel(AV.store.summary(id))));
        li.appendChild(label);
        list.appendChild(li);
      });
      pass.hidden = !lock.checked;
      root.querySelector("[data-av-make-lock-text]").hidden = !lock.checked;
    }

    form.addEventListener("submit", function (event) {
      event.preventDefault();
      if (busy) return;
      var ids = AV.store.ids().filter(function (id) {
        return !unticked[id];
      });
      var phrase = lock.checked ? form.elements.pass.value : "";
      if (!ids.length) return (result.textContent = say("make_choose"));
      if (lock.checked && phrase.length < 8) return (result.textContent = say("make_short"));
      if (lock.checked && phrase !== form.elements.again.value) return (result.textContent = say("make_differ"));
      busy = true;
      result.textContent = say("make_working");
      make(ids, root.getAttribute("data-av-site"), phrase).then(function (text) {
        AV.download("afterview-for-adviser-" + new Date().toISOString().slice(0, 10) + ".json", "application/json", text);
        form.elements.pass.value = form.elements.again.value = "";
        result.textContent = say("make_done", { count: ids.length });
      }, function (error) {
        result.textContent = say("make_failed", { reason: error.message });
      }).then(function () {
        busy = false;
      });
    });
    return render;
  }

  AV.register("[data-av-widget=adviser-file]", enhance);
})();
