{% autoescape off %}// The officer area's service worker, for phones with one bar of signal or none
// (docs/offline.md). Its scope is this language's officer area. Pages come from
// the network when it answers; an officer page seen before opens from the phone
// when it does not; any other page offers the offline page. Records saved offline
// wait in IndexedDB and are sent by the pages (static/js/officer.js), not here.
"use strict";
var CACHE = "{{ cache }}";
var CACHE_PREFIX = "{{ cache_prefix }}";
var SCOPE = "{{ scope }}";
var PAGES = {{ pages|safe }};
var ASSETS = {{ assets|safe }};
var OFFLINE = "{{ offline }}";
var NEVER = {{ never|safe }};
// On a weak line a page that has a copy on the phone waits this long for the network.
var PATIENCE_MS = 5000;

function keep(cache, url, response) {
  // A redirect (to the login page, say) is never kept under the page's name.
  if (response && response.ok && !response.redirected && response.type === "basic") {
    return cache.put(url, response.clone()).then(function () { return response; });
  }
  return Promise.resolve(response);
}

function fetchInto(cache, url) {
  return fetch(url, { credentials: "same-origin" })
    .then(function (response) { return keep(cache, url, response); })
    .catch(function () { return null; });
}

self.addEventListener("install", function (event) {
  event.waitUntil(
    caches.open(CACHE)
      .then(function (cache) { return Promise.all([OFFLINE].concat(ASSETS).map(function (url) { return fetchInto(cache, url); })); })
      .then(function () { return self.skipWaiting(); })
  );
});

self.addEventListener("activate", function (event) {
  event.waitUntil(
    caches.keys()
      .then(function (keys) {
        return Promise.all(keys.filter(function (key) { return key.indexOf(CACHE_PREFIX) === 0 && key !== CACHE; })
          .map(function (key) { return caches.delete(key); }));
      })
      .then(function () { return self.clients.claim(); })
  );
});

// A page asks, once the officer is logged in, that the pages needed offline be on the phone.
self.addEventListener("message", function (event) {
  if (!event.data || event.data.type !== "warm") return;
  var reply = event.ports && event.ports[0];
  event.waitUntil(
    caches.open(CACHE)
      .then(function (cache) { return Promise.all(PAGES.concat([OFFLINE]).map(function (url) { return fetchInto(cache, url); })); })
      .then(function (responses) {
        var ready = responses.every(function (response) { return response && response.ok && !response.redirected; });
        if (reply) reply.postMessage({ ready: ready });
      })
  );
});

function fromNetworkOrPhone(request, path) {
  return caches.open(CACHE).then(function (cache) {
    return cache.match(path).then(function (copy) {
      var network = fetch(request).then(function (response) { return keep(cache, path, response); });
      var fallback = function () {
        return copy || cache.match(OFFLINE).then(function (page) { return page || Response.error(); });
      };
      if (!copy) return network.catch(fallback);
      var waited = new Promise(function (resolve) { setTimeout(function () { resolve(copy); }, PATIENCE_MS); });
      return Promise.race([network.catch(fallback), waited]);
    });
  });
}

function assetFromPhone(request, path) {
  return caches.open(CACHE).then(function (cache) {
    return cache.match(path).then(function (copy) {
      var network = fetch(request).then(function (response) { return keep(cache, path, response); });
      if (copy) {
        network.catch(function () {});
        return copy;
      }
      return network;
    });
  });
}

self.addEventListener("fetch", function (event) {
  var request = event.request;
  if (request.method !== "GET") return;
  var url = new URL(request.url);
  if (url.origin !== self.location.origin) return;
  if (ASSETS.indexOf(url.pathname) !== -1) {
    event.respondWith(assetFromPhone(request, url.pathname));
    return;
  }
  if (request.mode !== "navigate" || url.pathname.indexOf(SCOPE) !== 0) return;
  if (NEVER.some(function (path) { return url.pathname.indexOf(path) === 0; })) {
    event.respondWith(fetch(request).catch(function () {
      return caches.open(CACHE).then(function (cache) { return cache.match(OFFLINE); }).then(function (page) { return page || Response.error(); });
    }));
    return;
  }
  event.respondWith(fromNetworkOrPhone(request, url.pathname));
});
{% endautoescape %}
