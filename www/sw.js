// Offline after one visit. Every same-origin file the page fetches is kept in one cache and
// served from it only when the network fails: online, the page always gets what the server
// has now (a new version, new rules), so nothing stale is served while a fresh copy can be had.
// Only the helper's own files are kept, never an answer: answers never leave the page. The
// language files (locales/<code>.ftl) are kept the same way, each once it was fetched: offline,
// the languages used here before open; another one is said not to be available, in words.
const CACHE = "parole-helper";

self.addEventListener("install", () => self.skipWaiting());
self.addEventListener("activate", (event) => event.waitUntil(self.clients.claim()));

self.addEventListener("fetch", (event) => {
  const request = event.request;
  if (request.method !== "GET" || new URL(request.url).origin !== self.location.origin) return;
  event.respondWith(
    fetch(request).then(
      (response) => {
        if (response.ok) {
          const copy = response.clone();
          event.waitUntil(caches.open(CACHE).then((cache) => cache.put(request, copy)));
        }
        return response;
      },
      async (error) => (await caches.match(request, { ignoreSearch: true })) ?? Promise.reject(error),
    ),
  );
});
