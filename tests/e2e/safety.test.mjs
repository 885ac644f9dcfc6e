// Issue 11, browser side: the offline cache is never poisoned and a wasm that fails to
// load shows an error with a retry instead of "Đang tải…" forever.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { serve } from './server.mjs';
import { DIST, launch, open, start, until } from './helpers.mjs';

let browser;
before(async () => { browser = await launch(); });
after(async () => { await browser?.close(); });

test('opening favicon.svg in the tab never becomes the cached start page', async () => {
  const server = await serve(DIST);
  const context = await browser.newContext();
  const page = await open(context, server.url);
  await start(page, server.url);
  await page.evaluate(() => navigator.serviceWorker.ready);
  await until(page, async () => (await caches.keys()).length === 1);
  await page.goto(`${server.url}favicon.svg`);
  await context.setOffline(true);
  await page.goto(server.url);
  await page.waitForSelector('.app h1');
  const names = await page.evaluate(() => caches.keys());
  assert.equal(names.length, 1, `one release cache: ${names}`);
  assert.match(names[0], /^kiem-tra-khen-thuong-[0-9a-f]{16}$/);
  await context.close();
  await server.close();
});

test('a wasm that fails to load shows an error with a retry button', async () => {
  const server = await serve(DIST);
  const context = await browser.newContext();
  await context.route(/_bg\.wasm$/, (route) => route.fulfill({ status: 404, contentType: 'text/plain', body: 'no' }));
  const page = await context.newPage();
  await page.goto(server.url);
  await page.waitForSelector('#load-error:not([hidden])', { timeout: 20000 });
  assert.match(await page.textContent('#load-error'), /Không tải được ứng dụng/);
  assert.match(await page.textContent('#load-retry'), /Thử lại/);
  await context.unroute(/_bg\.wasm$/);
  await page.click('#load-retry');
  await page.waitForSelector('.app h1');
  await context.close();
  await server.close();
});

test('"Xoá" on a candidate asks first; declining keeps the candidate', async () => {
  const server = await serve(DIST);
  const context = await browser.newContext();
  const page = await open(context, server.url);
  await start(page, server.url);
  await page.click('#mode-unit');
  await page.click('#add-candidate');
  await page.waitForSelector('#candidates-table tbody tr');
  let asked = '';
  page.once('dialog', (d) => { asked = d.message(); d.dismiss(); });
  await page.click('#candidates-table tbody tr button:has-text("Xoá")');
  assert.match(asked, /Xoá ứng viên này khỏi danh sách\?/);
  assert.equal(await page.locator('#candidates-table tbody tr').count(), 1, 'declined: still there');
  page.once('dialog', (d) => d.accept());
  await page.click('#candidates-table tbody tr button:has-text("Xoá")');
  await page.waitForFunction(() => document.querySelectorAll('#candidates-table tbody tr').length === 0);
  await context.close();
  await server.close();
});
