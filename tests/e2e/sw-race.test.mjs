// The service worker's release caching when two navigations overlap (a deploy while the app
// is open in two tabs, or a reload during the first caching): the worker's own code
// (static/sw.js) run in a Node `vm` with a cache store and a network of our own, so the
// interleaving is chosen, not hoped for. A real browser cannot be made to interleave two
// `cacheRelease` calls on purpose (offline-cache.test.mjs covers one release at a time).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import vm from 'node:vm';

const SCOPE = 'https://portal.example/khen-thuong/';
const SW = await readFile(new URL('../../static/sw.js', import.meta.url), 'utf8');

/** The page of release `r`: the app's shell naming one script of its own. */
const page = (r) => `<!doctype html><div id="shell"></div><script type="module" src="./app-${r}.js"></script>`;

/**
 * A worker with an in-memory cache store (named caches kept in creation order, as
 * `caches.keys()` lists them; a deleted cache's object still accepts entries but is no
 * longer in the store, as the specification says) and a network answering the start page
 * with the releases of `pages`, one per navigation, and every asset once `gate` resolves.
 * `waiting(n)` resolves once `n` asset requests wait at the gate.
 */
function worker(pages, gate) {
  let asked = 0;
  const waiters = [];
  const waiting = (n) => new Promise((resolve) => waiters.push([n, resolve]));
  const store = new Map();
  const key = (req) => new URL(typeof req === 'string' ? req : req.url, SCOPE).href;
  const cacheObject = () => {
    const entries = new Map();
    return {
      entries,
      async match(req) { return entries.get(key(req))?.clone(); },
      async put(req, res) { entries.set(key(req), res); },
    };
  };
  const caches = {
    async open(name) {
      if (!store.has(name)) store.set(name, cacheObject());
      return store.get(name);
    },
    async keys() { return [...store.keys()]; },
    async delete(name) { return store.delete(name); },
    async match(req) {
      for (const c of store.values()) {
        const hit = await c.match(req);
        if (hit) return hit;
      }
      return undefined;
    },
  };
  let navigation = 0;
  const fetch = async (req) => {
    const url = key(req);
    if (url === SCOPE) {
      const html = pages[navigation++];
      return new Response(html, { headers: { 'content-type': 'text/html; charset=utf-8' } });
    }
    asked += 1;
    for (const [n, resolve] of waiters) if (asked >= n) resolve();
    await gate;
    // A broken deploy: the script's address answers with an HTML page.
    if (url.endsWith('/broken.js')) return new Response('<!doctype html>', { headers: { 'content-type': 'text/html' } });
    return new Response('export {};', { headers: { 'content-type': 'text/javascript' } });
  };
  const handlers = {};
  const self = {
    registration: { scope: SCOPE },
    location: { origin: new URL(SCOPE).origin },
    clients: { claim: async () => {} },
    skipWaiting: async () => {},
    addEventListener: (type, fn) => { handlers[type] = fn; },
  };
  vm.runInContext(SW, vm.createContext({ self, caches, fetch, crypto: globalThis.crypto, TextEncoder, URL, Response, Set, console }));
  /** A navigation to the start page: the response it gives and the work it leaves running. */
  const navigate = () => {
    const pending = [];
    let response;
    handlers.fetch({
      request: { method: 'GET', url: SCOPE, mode: 'navigate' },
      respondWith: (p) => { response = p; },
      waitUntil: (p) => { pending.push(p); },
    });
    return { response, settled: () => Promise.all(pending) };
  };
  return { store, navigate, waiting };
}

test('two releases cached at once leave the newer one complete, not nothing', async () => {
  let open;
  const gate = new Promise((resolve) => { open = resolve; });
  const sw = worker([page('a'), page('b')], gate);
  // Release A's page arrives, then release B's, before either release's script has: both
  // cachings are under way together, and their steps interleave once the scripts arrive.
  const first = sw.navigate();
  await first.response;
  const second = sw.navigate();
  await second.response;
  // Both wait at the gate (the worker runs them together), or after half a second only the
  // first does (the worker runs them in turn): then the scripts arrive.
  await Promise.race([sw.waiting(2), new Promise((resolve) => setTimeout(resolve, 500))]);
  open();
  await first.settled();
  await second.settled();
  const complete = [];
  for (const [name, cache] of sw.store) {
    if (cache.entries.has(SCOPE)) complete.push([name, await cache.entries.get(SCOPE).clone().text()]);
  }
  assert.equal(complete.length, 1, `one complete release is kept, found ${complete.map(([n]) => n).join(', ') || 'none'}`);
  assert.equal(complete[0][1], page('b'), 'the release kept is the newer one (the last page fetched)');
  assert.ok(sw.store.get(complete[0][0]).entries.has(new URL('./app-b.js', SCOPE).href), 'with its script');
  assert.equal(sw.store.size, 1, 'and no other cache is left behind');
});

test('a release whose caching fails does not keep the next one from being cached', async () => {
  const sw = worker([page('a').replace('app-a.js', 'broken.js'), page('b')], Promise.resolve());
  const first = sw.navigate();
  await first.response;
  const second = sw.navigate();
  await second.response;
  await first.settled();
  await second.settled();
  const withPage = [...sw.store.keys()].filter((n) => sw.store.get(n).entries.has(SCOPE));
  assert.equal(withPage.length, 1, 'release B is complete');
  assert.equal(await sw.store.get(withPage[0]).entries.get(SCOPE).clone().text(), page('b'));
});
