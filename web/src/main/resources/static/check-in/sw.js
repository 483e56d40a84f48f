// The check-in app's service worker (scope /check-in/): pages, scripts and styles come from the network while
// there is one, and from the cache when there is not, so that the door screen opens again offline. Scans and
// uploads (POST) are never cached or answered here: the screen queues them itself.
const CACHE = 'citybridge-check-in-v1';

self.addEventListener('install', () => self.skipWaiting());

self.addEventListener('activate', event => event.waitUntil(self.clients.claim()));

// The screen names what it was built from (it loaded before this worker controlled it).
self.addEventListener('message', event => {
  const urls = event.data && Array.isArray(event.data.cache) ? event.data.cache : [];
  const same = urls.filter(url => new URL(url).origin === self.location.origin);
  event.waitUntil(caches.open(CACHE).then(cache => Promise.all(same.map(url =>
    fetch(url, { credentials: 'same-origin' })
      .then(response => response.ok ? cache.put(url, response) : undefined)
      .catch(() => undefined)))));
});

self.addEventListener('fetch', event => {
  const request = event.request;
  const url = new URL(request.url);
  if (request.method !== 'GET' || url.origin !== self.location.origin || url.pathname.endsWith('/ticket-keys')) {
    return;
  }
  event.respondWith(fetch(request).then(response => {
    if (response.ok && response.type === 'basic') {
      const copy = response.clone();
      caches.open(CACHE).then(cache => cache.put(request, copy));
    }
    return response;
  }).catch(() => caches.match(request, { ignoreSearch: false }).then(hit => hit || Response.error())));
});
