// Issue 11, offline cache: the three faults not covered in safety.test.mjs (the favicon one
// is there). The test server fakes a faulty answer or a new release through `intercept`.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { serve } from './server.mjs';
import { DIST, launch, start, until } from './helpers.mjs';

let browser;
before(async () => { browser = await launch(); });
after(async () => { await browser?.close(); });

/** Every cached entry as [cache, path, content type]. */
const cached = (page) => page.evaluate(async () => {
  const out = [];
  for (const k of await caches.keys()) {
    const c = await caches.open(k);
    for (const r of await c.keys()) out.push([k, new URL(r.url).pathname, (await c.match(r)).headers.get('content-type')]);
  }
  return out;
});

/** Waits until a release cache holding the start page exists (and, if given, is not `not`). */
const completeRelease = (page, not = '') => until(page, async (not) => {
  // caches.match, not caches.open: opening a cache the worker has just deleted would recreate it.
  for (const k of await caches.keys()) if (k !== not && await caches.match('./', { cacheName: k })) return true;
  return false;
}, not);

const releaseB = async () => (await readFile(join(DIST, 'index.html'), 'utf8'))
  .replace('</head>', '<meta name="release" content="B" />\n    <link rel="stylesheet" href="./extra-b.css" />\n  </head>');

test('an HTML answer for a hashed asset is never cached; the release is cached once the asset is right', async () => {
  let poisoned = true;
  // A server (or proxy) that answers a missing asset with an HTML page, status 200.
  const server = await serve(DIST, {
    intercept: (p) => (poisoned && /^\/app-[0-9a-f]+\.css$/.test(p) ? { type: 'text/html; charset=utf-8', body: '<!DOCTYPE html><title>Trang chủ</title>' } : undefined),
  });
  const context = await browser.newContext();
  const page = await context.newPage();
  await start(page, server.url);
  await page.evaluate(() => navigator.serviceWorker.ready); // install (and its caching try) is over
  let entries = await cached(page);
  assert.ok(!entries.some(([, p, t]) => p !== '/' && /html/i.test(t ?? '')), `no HTML for an asset: ${JSON.stringify(entries)}`);
  assert.ok(!entries.some(([, p]) => p === '/'), 'an incomplete release has no start page in the cache');

  poisoned = false;
  await page.reload();
  await page.waitForSelector('.app h1');
  await completeRelease(page);
  entries = await cached(page);
  const css = entries.find(([, p]) => /\.css$/.test(p));
  assert.match(css[2], /text\/css/);
  await context.setOffline(true);
  await page.reload();
  await page.waitForSelector('.app h1');
  assert.ok(await page.evaluate(() => [...document.styleSheets].some((s) => s.cssRules.length > 10)), 'styled offline');
  await context.close();
  await server.close();
});

test('a half-downloaded update keeps the old release working offline', async () => {
  let release = 'A';
  let extraAsked = 0;
  const pageB = await releaseB();
  const server = await serve(DIST, {
    intercept: (p) => {
      if (release === 'B' && (p === '/' || p === '/index.html')) return { type: 'text/html; charset=utf-8', body: pageB };
      if (p === '/extra-b.css') { extraAsked += 1; return { status: 503, type: 'text/plain', body: 'busy' }; }
      return undefined;
    },
  });
  const context = await browser.newContext();
  const page = await context.newPage();
  await start(page, server.url);
  await page.evaluate(() => navigator.serviceWorker.ready);
  await completeRelease(page);
  const [nameA] = await page.evaluate(() => caches.keys());

  release = 'B'; // the new page is served, one of its assets fails
  await page.reload();
  await page.waitForSelector('meta[name="release"]', { state: 'attached' });
  while (extraAsked < 2) await new Promise((r) => setTimeout(r, 100)); // the page's request and the worker's
  await page.waitForTimeout(500);
  const names = await page.evaluate(() => caches.keys());
  assert.ok(names.includes(nameA), `the old release is kept: ${names}`);
  const entries = await cached(page);
  assert.deepEqual(entries.filter(([, p]) => p === '/').map(([k]) => k), [nameA], 'only the old release has a start page');

  await context.setOffline(true);
  await page.reload();
  await page.waitForSelector('.app h1');
  assert.equal(await page.locator('meta[name="release"]').count(), 0, 'offline: the old, complete release');
  await page.fill('#full_name', 'Ngoại tuyến');
  await context.close();
  await server.close();
});

test('a complete new release replaces the old one, whose cache is deleted', async () => {
  let release = 'A';
  const pageB = await releaseB();
  const server = await serve(DIST, {
    intercept: (p) => {
      if (release === 'B' && (p === '/' || p === '/index.html')) return { type: 'text/html; charset=utf-8', body: pageB };
      if (p === '/extra-b.css') return { type: 'text/css', body: '.release-b { color: inherit }' };
      return undefined;
    },
  });
  const context = await browser.newContext();
  const page = await context.newPage();
  await start(page, server.url);
  await page.evaluate(() => navigator.serviceWorker.ready);
  await completeRelease(page);
  const [nameA] = await page.evaluate(() => caches.keys());

  release = 'B';
  await page.reload();
  await page.waitForSelector('.app h1');
  await completeRelease(page, nameA);
  await until(page, async (a) => !(await caches.keys()).includes(a), nameA);
  const names = await page.evaluate(() => caches.keys());
  assert.equal(names.length, 1, `one cache left: ${names} ${nameA} ${JSON.stringify(await cached(page))}`);
  assert.notEqual(names[0], nameA);

  await context.setOffline(true);
  await page.reload();
  await page.waitForSelector('.app h1');
  assert.equal(await page.locator('meta[name="release"]').count(), 1, 'offline: the new release');
  await context.close();
  await server.close();
});
