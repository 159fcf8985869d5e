// The officer area on a phone with one bar of signal or none (docs/offline.md).
// Without this file every form posts as usual. With it: a photo is made smaller on
// the phone as soon as it is chosen; a form is sent with visible progress; a record
// that cannot be sent is kept on the phone (IndexedDB) and sent when the connection
// returns, once, because its form token is the server's idempotency key; what was
// typed survives a reload; and a service worker opens the officer pages offline.
(function () {
  "use strict";
  var area = document.querySelector("[data-officer-area]");
  var stringsBlock = document.getElementById("officer-strings");
  if (!area || !stringsBlock || !window.indexedDB || !window.fetch || !window.Promise) return;
  var T = JSON.parse(stringsBlock.textContent);
  var user = area.getAttribute("data-user");
  var MAX_SIDE = 1600;
  var RETRY_MS = 15000;
  var KEEP_SENT_MS = 7 * 24 * 3600 * 1000;
  var shrunk = typeof WeakSet === "function" ? new WeakSet() : null;

  function say(template, values) {
    return template.replace(/\{(\w+)\}/g, function (all, name) { return values[name]; });
  }

  function el(tag, attrs, text) {
    var node = document.createElement(tag);
    Object.keys(attrs || {}).forEach(function (name) { node.setAttribute(name, attrs[name]); });
    if (text) node.textContent = text;
    return node;
  }

  // --- The phone's storage ------------------------------------------------------
  var opened = null;
  function db() {
    if (!opened) {
      opened = new Promise(function (resolve, reject) {
        var request = indexedDB.open("kanim-officer", 1);
        request.onupgradeneeded = function () {
          request.result.createObjectStore("outbox", { keyPath: "id" });
          request.result.createObjectStore("drafts", { keyPath: "key" });
        };
        request.onsuccess = function () { resolve(request.result); };
        request.onerror = function () { reject(request.error); };
      });
    }
    return opened;
  }

  function inStore(name, mode, work) {
    return db().then(function (database) {
      return new Promise(function (resolve, reject) {
        var tx = database.transaction(name, mode);
        var request = work(tx.objectStore(name));
        tx.oncomplete = function () { resolve(request ? request.result : undefined); };
        tx.onerror = tx.onabort = function () { reject(tx.error); };
      });
    });
  }
  function put(name, value) { return inStore(name, "readwrite", function (s) { return s.put(value); }); }
  function get(name, key) { return inStore(name, "readonly", function (s) { return s.get(key); }); }
  function remove(name, key) { return inStore(name, "readwrite", function (s) { return s.delete(key); }); }
  function all(name) { return inStore(name, "readonly", function (s) { return s.getAll(); }); }

  // --- Photos: at most 1,600 px on the longest side, as JPEG ------------------------
  function shrink(file) {
    if (!window.createImageBitmap || !/^image\/(jpeg|png)$/.test(file.type)) return Promise.resolve(file);
    return createImageBitmap(file, { imageOrientation: "from-image" }).then(function (bitmap) {
      var scale = Math.min(1, MAX_SIDE / Math.max(bitmap.width, bitmap.height));
      var canvas = el("canvas");
      canvas.width = Math.round(bitmap.width * scale);
      canvas.height = Math.round(bitmap.height * scale);
      canvas.getContext("2d").drawImage(bitmap, 0, 0, canvas.width, canvas.height);
      if (bitmap.close) bitmap.close();
      return new Promise(function (resolve) { canvas.toBlob(resolve, "image/jpeg", 0.85); }).then(function (blob) {
        if (!blob) return file;
        var small = new File([blob], "photo.jpg", { type: "image/jpeg" });
        small.width = canvas.width;
        small.height = canvas.height;
        return small;
      });
    });
  }

  function setFile(input, file) {
    var transfer = new DataTransfer();
    transfer.items.add(file);
    input.files = transfer.files;
    if (shrunk) shrunk.add(input.files[0]);
  }

  function photoNote(input) {
    var note = input.parentNode.querySelector(".photo-note");
    if (!note) {
      note = el("p", { class: "photo-note", "aria-live": "polite" });
      input.insertAdjacentElement("afterend", note);
    }
    return note;
  }

  function watchPhoto(form, input) {
    input.addEventListener("change", function () {
      var file = input.files[0];
      if (!file) return;
      var note = photoNote(input);
      note.textContent = T.preparing;
      form.setAttribute("data-preparing", "");
      shrink(file)
        .then(function (small) {
          if (small !== file) setFile(input, small);
          var size = Math.round(input.files[0].size / 1024);
          note.textContent = small.width
            ? say(T.photo_ready, { width: small.width, height: small.height, size: size })
            : say(T.photo_ready, { width: "?", height: "?", size: size });
        })
        .catch(function () { note.textContent = T.photo_failed; })
        .then(function () {
          form.removeAttribute("data-preparing");
          saveDraft(form);
        });
    });
  }

  // --- What a form holds ------------------------------------------------------------
  function collect(form, submitter) {
    var fields = [];
    var files = [];
    Array.prototype.forEach.call(form.elements, function (field) {
      if (!field.name || field.disabled || field.type === "submit" || field.name === "csrfmiddlewaretoken") return;
      if (field.type === "file") {
        if (field.files[0]) files.push([field.name, field.files[0]]);
      } else if ((field.type === "checkbox" || field.type === "radio") && !field.checked) {
        return;
      } else if (field.type === "select-multiple") {
        Array.prototype.forEach.call(field.selectedOptions, function (option) { fields.push([field.name, option.value]); });
      } else {
        fields.push([field.name, field.value]);
      }
    });
    if (submitter && submitter.name) fields.push([submitter.name, submitter.value]);
    return { fields: fields, files: files };
  }

  function restore(form, record) {
    var values = {};
    record.fields.forEach(function (pair) { (values[pair[0]] = values[pair[0]] || []).push(pair[1]); });
    Array.prototype.forEach.call(form.elements, function (field) {
      // Hidden fields (token, version, kept photos) belong to the form as the server last gave it.
      if (!field.name || field.type === "hidden" || field.type === "submit" || field.type === "file") return;
      var given = values[field.name] || [];
      if (field.type === "checkbox" || field.type === "radio") field.checked = given.indexOf(field.value) !== -1;
      else if (field.type === "select-multiple")
        Array.prototype.forEach.call(field.options, function (o) { o.selected = given.indexOf(o.value) !== -1; });
      else if (given.length) field.value = given[0];
    });
    record.files.forEach(function (pair) {
      var input = form.elements[pair[0]];
      if (input && input.type === "file") {
        setFile(input, pair[1]);
        photoNote(input).textContent = say(T.photo_kept, { size: Math.round(pair[1].size / 1024) });
      }
    });
  }

  function label(form) {
    var kind = form.getAttribute("data-outbox");
    var parts = [kind === "session" ? T.session : T.request];
    var village = form.elements.village;
    if (village && village.selectedIndex >= 0) parts.push(village.options[village.selectedIndex].text);
    var date = form.elements.date || form.elements.date_1;
    if (date && date.value) {
      var day = new Date(date.value + "T12:00:00");
      parts.push(isNaN(day) ? date.value : day.toLocaleDateString(document.documentElement.lang, { day: "numeric", month: "long", year: "numeric" }));
    }
    if (form.elements.place && form.elements.place.value) parts.push(form.elements.place.value);
    return parts.join(" · ");
  }

  function freshToken(form) {
    var token = form.elements.form_token;
    if (token && window.crypto && crypto.randomUUID) token.value = crypto.randomUUID();
  }

  // --- Drafts: what was typed, kept while typing ----------------------------------------
  function draftKey() { return user + " " + location.pathname; }
  var draftTimer = null;
  function saveDraft(form) {
    clearTimeout(draftTimer);
    draftTimer = setTimeout(function () {
      var record = collect(form);
      record.key = draftKey();
      put("drafts", record);
    }, 300);
  }

  // --- Sending ----------------------------------------------------------------------
  function csrfToken(form) {
    var cookie = document.cookie.match(/(?:^|; )csrftoken=([^;]*)/);
    if (cookie) return decodeURIComponent(cookie[1]);
    var field = form && form.elements.csrfmiddlewaretoken;
    return field ? field.value : "";
  }

  function post(url, record, headers, progress) {
    var data = new FormData();
    record.fields.forEach(function (pair) { data.append(pair[0], pair[1]); });
    record.files.forEach(function (pair) { data.append(pair[0], pair[1], pair[1].name || "photo.jpg"); });
    return new Promise(function (resolve, reject) {
      var xhr = new XMLHttpRequest();
      xhr.open("POST", url);
      Object.keys(headers).forEach(function (name) { xhr.setRequestHeader(name, headers[name]); });
      xhr.upload.onprogress = function (event) { if (event.lengthComputable && progress) progress(event.loaded / event.total); };
      xhr.onload = function () { resolve(xhr); };
      xhr.onerror = xhr.ontimeout = xhr.onabort = function () { reject(new Error("network")); };
      xhr.timeout = 180000;
      xhr.send(data);
    });
  }

  function showPage(html, url) {
    var page = new DOMParser().parseFromString(html, "text/html");
    document.title = page.title;
    document.body.replaceWith(page.body);
    if (url && url !== location.href) history.pushState({ replaced: true }, "", url);
    window.scrollTo(0, 0);
    start();
  }
  window.addEventListener("popstate", function () { location.reload(); });

  function progressLine(form) {
    var line = form.querySelector(".send-progress");
    if (!line) {
      line = el("p", { class: "send-progress", role: "status" });
      line.appendChild(el("progress", { max: "100", value: "0" }));
      line.appendChild(el("span"));
      form.querySelector(".actions").insertAdjacentElement("beforebegin", line);
    }
    line.hidden = false;
    return function (fraction) {
      var percent = Math.round(fraction * 100);
      line.firstChild.value = percent;
      line.lastChild.textContent = say(T.percent, { percent: percent });
    };
  }

  function keepOnPhone(form, record) {
    record.state = "waiting";
    return put("outbox", record).then(function () {
      remove("drafts", draftKey());
      form.reset();
      freshToken(form);
      Array.prototype.forEach.call(form.querySelectorAll(".photo-note, .send-progress"), function (n) { n.remove(); });
      status(T.queued);
      showOutbox();
      window.scrollTo(0, 0);
      setTimeout(sync, RETRY_MS);
    });
  }

  function watchForm(form) {
    freshToken(form);
    Array.prototype.forEach.call(form.querySelectorAll("input[type=file]"), function (input) { watchPhoto(form, input); });
    form.addEventListener("input", function () { saveDraft(form); });
    form.addEventListener("change", function () { saveDraft(form); });
    var busy = false;
    form.addEventListener("submit", function (event) {
      event.preventDefault();
      if (busy || form.hasAttribute("data-preparing")) return;
      busy = true;
      var record = collect(form, event.submitter);
      record.id = form.elements.form_token.value;
      record.user = user;
      record.url = location.pathname + location.search;
      record.kind = form.getAttribute("data-outbox");
      record.label = label(form);
      record.created = Date.now();
      var done = function () { busy = false; };
      if (navigator.onLine === false) {
        keepOnPhone(form, record).then(done, done);
        return;
      }
      post(record.url, record, { "X-CSRFToken": csrfToken(form) }, progressLine(form))
        .then(function (xhr) {
          if (xhr.status >= 500) return keepOnPhone(form, record);
          if (!/data-officer-area[^>]*data-user=/.test(xhr.responseText)) {
            // The session ended (the login page came back): the record waits for the next login.
            return keepOnPhone(form, record).then(function () { showPage(xhr.responseText, xhr.responseURL); });
          }
          if (xhr.responseURL.split("?")[0] !== location.href.split("?")[0]) remove("drafts", draftKey());
          showPage(xhr.responseText, xhr.responseURL);
        })
        .catch(function () { return keepOnPhone(form, record); })
        .then(done, done);
    });
    if (form.querySelector(".error-summary")) return;
    var wanted = location.hash.match(/^#outbox=(.+)$/);
    (wanted ? get("outbox", decodeURIComponent(wanted[1])) : get("drafts", draftKey())).then(function (record) {
      if (!record || (record.user && record.user !== user) || !(record.fields || []).length) return;
      restore(form, record);
      if (wanted) {
        // Back in the form: the record is a draft again until it is sent.
        record.key = draftKey();
        put("drafts", record).then(function () { remove("outbox", record.id); showOutbox(); });
        history.replaceState(null, "", location.pathname + location.search);
      }
      var note = el("p", { class: "restored-note", role: "status" }, T.restored + " ");
      var discard = el("button", { type: "button", class: "link-button" }, T.discard);
      discard.addEventListener("click", function () {
        remove("drafts", draftKey());
        form.reset();
        Array.prototype.forEach.call(form.querySelectorAll("input[type=file]"), function (input) { input.value = ""; });
        Array.prototype.forEach.call(form.querySelectorAll(".photo-note"), function (n) { n.remove(); });
        note.remove();
      });
      note.appendChild(discard);
      form.insertAdjacentElement("beforebegin", note);
    });
  }

  // --- The outbox: what waits on the phone, what was sent -------------------------------
  function status(text) {
    var line = document.getElementById("connection");
    if (!line) return;
    line.textContent = text || "";
    line.hidden = !text;
  }

  function connection() {
    status(navigator.onLine === false ? T.offline : "");
  }

  function showOutbox() {
    var section = document.getElementById("outbox");
    var list = document.getElementById("outbox-list");
    if (!section || !list || !user) return Promise.resolve();
    return all("outbox").then(function (records) {
      var now = Date.now();
      records = records.filter(function (r) {
        if (r.state === "sent" && now - r.sent > KEEP_SENT_MS) { remove("outbox", r.id); return false; }
        return r.user === user;
      });
      records.sort(function (a, b) { return b.created - a.created; });
      list.textContent = "";
      records.forEach(function (record) { list.appendChild(outboxItem(record)); });
      section.hidden = records.length === 0;
      var waiting = records.some(function (r) { return r.state === "waiting"; });
      document.getElementById("outbox-send").hidden = !waiting;
    });
  }

  function outboxItem(record) {
    var item = el("li", { "data-state": record.state, "data-record": record.id });
    item.appendChild(el("strong", {}, record.label));
    var states = { waiting: T.waiting, sending: T.sending, sent: T.sent, invalid: T.invalid, conflict: T.conflict };
    var line = el("p", { class: "outbox-state" }, states[record.state] || T.waiting);
    if (record.note) line.appendChild(document.createTextNode(" " + record.note));
    item.appendChild(line);
    (record.errors || []).forEach(function (error) {
      item.appendChild(el("p", { class: "outbox-error" }, (error.field ? error.field + ": " : "") + error.messages.join(" ")));
    });
    if (record.message) item.appendChild(el("p", { class: "outbox-error" }, record.message));
    var actions = el("p", { class: "outbox-actions" });
    if (record.url_sent) actions.appendChild(el("a", { href: record.url_sent }, T.open_record));
    if (record.state === "invalid" || record.state === "conflict") {
      if (record.state === "invalid" || record.kind === "session") {
        actions.appendChild(document.createTextNode(" "));
        actions.appendChild(el("a", { href: record.url.split("#")[0] + "#outbox=" + encodeURIComponent(record.id) }, T.open));
      }
      var drop = el("button", { type: "button", class: "link-button button-danger-link" }, T.remove);
      drop.addEventListener("click", function () {
        if (window.confirm(T.confirm_remove)) remove("outbox", record.id).then(showOutbox);
      });
      actions.appendChild(document.createTextNode(" "));
      actions.appendChild(drop);
    }
    if (actions.childNodes.length) item.appendChild(actions);
    return item;
  }

  var syncing = false;
  function sync() {
    if (syncing || !user || navigator.onLine === false) return Promise.resolve();
    syncing = true;
    var work = function () {
      return all("outbox").then(function (records) {
        var due = records.filter(function (r) { return r.user === user && (r.state === "waiting" || r.state === "sending"); });
        return due.reduce(function (chain, record) {
          return chain.then(function (goOn) { return goOn && sendOne(record); });
        }, Promise.resolve(true));
      });
    };
    // One tab at a time sends; the server would refuse a double anyway (form token).
    var locked = navigator.locks ? navigator.locks.request("kanim-outbox", work) : work();
    return locked.catch(function () {}).then(function (allSent) {
      syncing = false;
      return showOutbox().then(function () {
        if (allSent === false) setTimeout(sync, RETRY_MS);
      });
    });
  }

  function sendOne(record) {
    record.state = "sending";
    record.note = "";
    return put("outbox", record).then(showOutbox).then(function () {
      var shown = document.querySelector('[data-record="' + record.id + '"] .outbox-state');
      return post(record.url, record, { "X-CSRFToken": csrfToken(), Accept: "application/json" }, function (fraction) {
        if (shown) shown.textContent = say(T.percent, { percent: Math.round(fraction * 100) });
      });
    }).then(function (xhr) {
      var answer = null;
      if ((xhr.getResponseHeader("Content-Type") || "").indexOf("application/json") === 0) {
        try { answer = JSON.parse(xhr.responseText); } catch (error) { answer = null; }
      }
      if (!answer) {
        // The login page (the session ended) or a server error: the record waits.
        record.state = "waiting";
        record.note = xhr.status >= 500 ? T.retry : T.login;
        return put("outbox", record).then(function () { return false; });
      }
      record.state = answer.status === "saved" || answer.status === "duplicate" ? "sent" : answer.status;
      record.url_sent = answer.url;
      record.message = answer.message;
      record.errors = answer.errors;
      if (record.state === "sent") {
        record.sent = Date.now();
        record.files = [];  // the photos are at the office now; free the phone's storage
      }
      return put("outbox", record).then(function () { return true; });
    }, function () {
      record.state = "waiting";
      record.note = T.retry;
      return put("outbox", record).then(function () { return false; });
    });
  }

  // --- The service worker, and leaving --------------------------------------------------
  function registerWorker() {
    if (!("serviceWorker" in navigator) || !area.getAttribute("data-worker")) return;
    navigator.serviceWorker.register(area.getAttribute("data-worker")).then(function () {
      return navigator.serviceWorker.ready;
    }).then(function (registration) {
      if (!user || !registration.active || navigator.onLine === false) return;
      var channel = new MessageChannel();
      channel.port1.onmessage = function (event) {
        if (event.data && event.data.ready) {
          document.documentElement.setAttribute("data-offline-ready", "");
          var note = document.querySelector(".offline-ready");
          if (note) {
            note.textContent = T.ready;
            note.hidden = false;
          }
        }
      };
      registration.active.postMessage({ type: "warm" }, [channel.port2]);
    }).catch(function () { /* The area works online without the worker. */ });
  }

  function watchLogout(form) {
    form.addEventListener("submit", function (event) {
      if (!window.caches) return;
      event.preventDefault();
      // The officer's pages leave the phone with the officer; records not yet sent stay,
      // and are sent the next time the same officer logs in.
      caches.keys().then(function (keys) {
        return Promise.all(keys.filter(function (k) { return k.indexOf("kanim-officer-") === 0; }).map(function (k) { return caches.delete(k); }));
      }).then(function () {
        return all("drafts").then(function (drafts) {
          return Promise.all(drafts.filter(function (d) { return d.key.indexOf(user + " ") === 0; })
            .map(function (d) { return remove("drafts", d.key); }));
        });
      })
        .catch(function () {})
        .then(function () { form.submit(); });
    });
  }

  function start() {
    area = document.querySelector("[data-officer-area]");
    user = area && area.getAttribute("data-user");
    if (!area) return;
    Array.prototype.forEach.call(document.querySelectorAll("form[data-outbox]"), watchForm);
    Array.prototype.forEach.call(document.querySelectorAll("form[data-logout]"), watchLogout);
    var button = document.getElementById("outbox-send");
    if (button) button.addEventListener("click", sync);
    connection();
    showOutbox().then(sync);
  }

  window.addEventListener("online", function () { connection(); sync(); });
  window.addEventListener("offline", connection);
  registerWorker();
  start();
})();
