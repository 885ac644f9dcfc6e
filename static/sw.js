// Offline copy of the app (issues 6 and 11). One cache per release, named by a hash of
// the page (whose asset names carry content hashes). Only the app's own page and the
// assets it names are cached, each checked (status 200, expected content type, never
// HTML for an asset). A release's page is put last, so a cache holding the page is
// complete; offline starts use only a complete release, and older releases are deleted
// once a newer one is complete. Other same-scope files (favicon.svg…) are never cached
// as the start page. Only this origin's GET requests are handled.
const PREFIX = 'kiem-tra-khen-thuong-';
const PAGE = './';
const TYPES = { js: 'javascript', wasm: 'application/wasm', css: 'text/css', svg: 'image/svg+xml' };

function scopePath() {
  return new URL(self.registration.scope).pathname;
}

/** The app's start page: the scope itself or its index.html (any query string). */
function isStartPage(url) {
  const p = new URL(url).pathname;
  return p === scopePath() || p === `${scopePath()}index.html`;
}

async function hex(text) {
  const d = await crypto.subtle.digest('SHA-256', new TextEncoder().encode(text));
  return [...new Uint8Array(d)].slice(0, 8).map((b) => b.toString(16).padStart(2, '0')).join('');
}

function typeOk(url, response) {
  const type = response.headers.get('content-type') ?? '';
  if (/text\/html/i.test(type)) return false;
  const ext = new URL(url).pathname.split('.').pop().toLowerCase();
  return !TYPES[ext] || type.toLowerCase().includes(TYPES[ext]);
}

/** Caches the release whose page is `page` (a fresh 200 HTML response); throws if any asset fails. */
async function cacheRelease(page) {
  if (page.status !== 200 || !/text\/html/i.test(page.headers.get('content-type') ?? '')) return;
  const html = await page.clone().text();
  if (!html.includes('id="shell"')) return; // not the app's page
  const name = PREFIX + (await hex(html));
  const cache = await caches.open(name);
  if (!(await cache.match(PAGE))) {
    const assets = [...new Set([...html.matchAll(/(?:href|src)="([^"]+)"/g)]
      .map((m) => m[1])
      .filter((u) => !/^(data:|blob:|[a-z]+:|\/\/)/i.test(u)))]
      .map((u) => new URL(u, self.registration.scope).href)
      .filter((u) => new URL(u).origin === self.location.origin);
    for (const url of assets) {
      const r = await fetch(url, { cache: 'no-cache' });
      if (r.status !== 200 || !typeOk(url, r)) throw new Error(`not cached: ${url} (${r.status})`);
      await cache.put(url, r);
    }
    await cache.put(PAGE, new Response(html, { headers: { 'Content-Type': page.headers.get('content-type') } }));
  }
  for (const key of await caches.keys()) if (key.startsWith(PREFIX) && key !== name) await caches.delete(key);
}

// One caching at a time, in the order the pages arrived: the last page fetched is the newest
// release, and its caching then runs last. Run together, two cachings could each delete the
// other's cache once both were complete, leaving none for an offline start.
let queue = Promise.resolve();
function cacheInTurn(page) {
  const run = queue.then(() => cacheRelease(page));
  queue = run.catch(() => {});
  return run;
}

/** The start page of the newest complete release. */
async function cachedPage() {
  for (const key of (await caches.keys()).reverse()) {
    if (!key.startsWith(PREFIX)) continue;
    const hit = await (await caches.open(key)).match(PAGE);
    if (hit) return hit;
  }
  return undefined;
}

self.addEventListener('install', (event) => {
  event.waitUntil((async () => {
    try { await cacheInTurn(await fetch(PAGE, { cache: 'no-cache' })); } catch { /* cached on a later visit */ }
    await self.skipWaiting();
  })());
});

self.addEventListener('activate', (event) => {
  event.waitUntil(self.clients.claim());
});

self.addEventListener('fetch', (event) => {
  const request = event.request;
  if (request.method !== 'GET' || new URL(request.url).origin !== self.location.origin) return;
  if (request.mode === 'navigate') {
    if (!isStartPage(request.url)) {
      // Another file of the scope: the network, else what the cache holds for it; never the start page.
      event.respondWith(fetch(request).catch(async () => (await caches.match(request)) ?? Response.error()));
      return;
    }
    event.respondWith((async () => {
      try {
        const response = await fetch(request);
        event.waitUntil(cacheInTurn(response.clone()).catch(() => {}));
        return response;
      } catch {
        return (await cachedPage()) ?? Response.error();
      }
    })());
    return;
  }
  // Assets: from the cache, else the network; nothing is cached here (only cacheRelease caches).
  event.respondWith(caches.match(request).then((hit) => hit || fetch(request)));
});
