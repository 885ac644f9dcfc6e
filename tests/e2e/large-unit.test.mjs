// Large units (issue 13): a unit that local storage cannot hold is autosaved in IndexedDB
// and restored on reload with the same candidates; once it fits again it goes back to
// local storage and the IndexedDB copy is dropped. A large unit in local storage is
// restored a slice at a time too, and one that cannot be read is kept and reported.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { serve } from './server.mjs';
import { DIST, launch, open, start, scratch } from './helpers.mjs';

const UNIT_KEY = 'kiem-tra-khen-thuong/unit/v1';
let server, browser;
before(async () => { server = await serve(DIST); browser = await launch(); });
after(async () => { await browser?.close(); await server?.close(); });

/** A CSV of `n` candidates named `Ứng viên 1` … `Ứng viên n`. */
async function unitCsv(n) {
  const r = ['HTXSNV', 'HTTNV', 'HTNV', 'HTTNV'];
  const rows = ['Họ và tên;Ngày tuyển dụng;Đảng viên;Xếp loại 2022;Xếp loại 2023;Xếp loại 2024;Sáng kiến;Đang bị xem xét;Cam kết'];
  for (let i = 1; i <= n; i++) {
    rows.push(`Ứng viên ${i};2012-01-01;${i % 2 ? 'có' : 'không'};${r[i % 4]};${r[(i + 1) % 4]};${r[(i + 2) % 4]};2023:co_so:có;không;có`);
  }
  const file = join(await scratch('large-unit'), 'unit.csv');
  await writeFile(file, rows.join('\n'));
  return file;
}

const allEvaluated = (page, n) => page.waitForFunction((n) => {
  const s = document.querySelector('#candidates-status')?.textContent ?? '';
  return s.startsWith(`${n} `) && !s.includes('/');
}, n, { timeout: 280_000, polling: 200 });

/** A fresh page in the unit view with the proposal date set (left by Tab, as a user does). */
async function unitView(context) {
  const page = await open(context, server.url);
  await start(page, server.url);
  await page.click('#mode-unit');
  await page.fill('#unit_proposal_date', '2025-03-01');
  await page.press('#unit_proposal_date', 'Tab');
  return page;
}

/** Records every text the status line shows, in order, from the page's start on. */
const recordStatus = (page) => page.addInitScript(() => {
  window.__status = [];
  addEventListener('DOMContentLoaded', () => new MutationObserver(() => {
    const s = document.querySelector('#candidates-status')?.textContent;
    if (s && s !== window.__status.at(-1)) window.__status.push(s);
  }).observe(document.body, { subtree: true, childList: true, characterData: true }));
});

/** Fills local storage with other data until only a few kilobytes are left. */
const fillLocalStorage = (page) => page.evaluate(() => {
  let i = 0;
  for (const size of [1 << 20, 1 << 16, 1 << 12]) {
    const block = 'x'.repeat(size);
    try { for (;;) localStorage.setItem(`test-filler-${i++}`, block); } catch { /* full */ }
  }
  // Room for the app's small settings, not for a unit.
  for (let k = 2; k <= 9; k++) localStorage.removeItem(`test-filler-${i - k}`);
});

/** A new context whose unit view holds `n` imported candidates, autosaved in IndexedDB (local storage is full). */
async function unitInDb(n) {
  const csv = await unitCsv(n);
  const context = await browser.newContext();
  const page = await unitView(context);
  await fillLocalStorage(page);
  await page.setInputFiles('#import-file', csv);
  await allEvaluated(page, n);
  await page.waitForFunction((k) => localStorage.getItem(`${k}/in-db`) === '1', UNIT_KEY, { timeout: 60_000 }).catch((e) => { throw new Error(`unit not marked as saved in IndexedDB: ${e.message}`); });
  return { context, page };
}

test('a unit in IndexedDB that cannot be read at start is kept, and comes back on the next start', async () => {
  const N = 300;
  const { context, page } = await unitInDb(N);
  const before = await page.locator('#candidates-table tbody tr').allTextContents();
  await page.close();

  // A start on which reading the stored bytes fails (the disk, the browser).
  const failing = await open(context, server.url);
  await failing.addInitScript(() => { Blob.prototype.arrayBuffer = () => Promise.reject(new Error('read failed')); });
  await failing.goto(server.url);
  await failing.waitForSelector('.app h1');
  await failing.waitForTimeout(1500);
  assert.equal(await failing.locator('#fatal:not([hidden])').count(), 0, 'no crash');
  await failing.click('#mode-unit');
  assert.equal(await failing.locator('#candidates-table tbody tr').count(), 0, 'nothing was read');
  assert.equal(await failing.evaluate((k) => localStorage.getItem(`${k}/in-db`), UNIT_KEY), '1', 'the unit is still marked as kept in IndexedDB');
  assert.deepEqual(failing.problems, []);
  await failing.close();

  // The next start reads it.
  const next = await open(context, server.url);
  await next.goto(server.url);
  await next.waitForSelector('.app h1');
  if (await next.locator('#mode-unit').count()) await next.click('#mode-unit').catch(() => {});
  await allEvaluated(next, N);
  assert.deepEqual(await next.locator('#candidates-table tbody tr').allTextContents(), before, 'the same candidates, with the same outcomes');
  await context.close();
});

test('a unit that local storage cannot hold is autosaved in IndexedDB and restored on reload', async () => {
  const N = 400;
  const { context, page } = await unitInDb(N);
  assert.equal(await page.evaluate((k) => localStorage.getItem(k), UNIT_KEY), null, 'no stale copy in local storage');
  assert.equal(await page.locator('#storage-warning').count(), 0, 'no "storage full" warning: IndexedDB holds it');
  const before = await page.locator('#candidates-table tbody tr').allTextContents();

  await page.reload();
  await page.waitForSelector('.app h1');
  await allEvaluated(page, N);
  assert.equal(await page.inputValue('#unit_proposal_date'), '01/03/2025', 'shown as dd/mm/yyyy');
  const afterReload = await page.locator('#candidates-table tbody tr').allTextContents();
  assert.deepEqual(afterReload, before, 'the same candidates, with the same outcomes');
  assert.match(afterReload[0], /Ứng viên 1\b/);

  // Room again: the next change is saved in local storage and the IndexedDB copy dropped.
  await page.evaluate(() => { for (const k of Object.keys(localStorage)) if (k.startsWith('test-filler-')) localStorage.removeItem(k); });
  await page.fill('#unit_name', 'Sở Giáo dục và Đào tạo');
  await page.locator('#unit_name').dispatchEvent('change');
  await page.waitForFunction((k) => localStorage.getItem(`${k}/in-db`) === null && (localStorage.getItem(k) ?? '').includes('Ứng viên 400'), UNIT_KEY, { timeout: 60_000 });
  const inDb = await page.evaluate(() => new Promise((resolve) => {
    const req = indexedDB.open('kiem-tra-khen-thuong', 1);
    req.onsuccess = () => {
      const get = req.result.transaction('data').objectStore('data').get('kiem-tra-khen-thuong/unit/v1');
      get.onsuccess = () => resolve(get.result ?? null);
    };
  }));
  assert.equal(inDb, null, 'the IndexedDB copy is deleted');
  assert.deepEqual(page.problems, []);
  await context.close();
});

test('a large import shows its progress: rows read, then candidates evaluated, then the whole list', async () => {
  const N = 3000;
  const csv = await unitCsv(N);
  const context = await browser.newContext();
  await recordStatus(context);
  const page = await unitView(context);
  await page.setInputFiles('#import-file', csv);
  await allEvaluated(page, N);
  const seen = await page.evaluate(() => window.__status);
  const reading = seen.filter((s) => /^0 ứng viên · Đang nhập \d+\/3000$/.test(s));
  const evaluating = seen.filter((s) => /^3000 ứng viên · Đang kiểm tra \d+\/3000$/.test(s));
  assert.ok(reading.length >= 2, `rows read shown while importing: ${seen.slice(0, 5).join(' | ')}`);
  assert.ok(evaluating.some((s) => !s.includes(' 0/')), `candidates evaluated shown while evaluating: ${evaluating.slice(0, 3).join(' | ')}`);
  assert.equal(seen.at(-1), '3000 ứng viên');
  // Every row of the first page carries its outcomes (kept as outcomes only).
  assert.equal(await page.locator('#candidates-table tbody tr').first().locator('td.cell').count(), 9);
  assert.deepEqual(page.problems, []);
  await context.close();
});

test('a large unit in local storage is restored a slice at a time on reload, with the progress line', async () => {
  const N = 1200; // about 0.8 MB of JSON: local storage holds it, one task would not parse it
  const csv = await unitCsv(N);
  const context = await browser.newContext();
  await recordStatus(context);
  const page = await unitView(context);
  await page.setInputFiles('#import-file', csv);
  await allEvaluated(page, N);
  await page.waitForFunction(([k, n]) => (localStorage.getItem(k) ?? '').includes(`Ứng viên ${n}"`), [UNIT_KEY, N], { timeout: 60_000 });
  assert.equal(await page.evaluate((k) => localStorage.getItem(`${k}/in-db`), UNIT_KEY), null, 'in local storage, not IndexedDB');
  const before = await page.locator('#candidates-table tbody tr').allTextContents();

  await page.reload();
  await page.waitForSelector('.app h1');
  await allEvaluated(page, N);
  const seen = await page.evaluate(() => window.__status);
  const parts = seen.filter((s) => new RegExp(`^0 ứng viên · Đang nhập \\d+/${N}$`).test(s));
  assert.ok(parts.length >= 2, `restored in slices, with the progress line: ${seen.slice(0, 6).join(' | ')}`);
  assert.deepEqual(await page.locator('#candidates-table tbody tr').allTextContents(), before, 'the same candidates, with the same outcomes');
  assert.equal(await page.inputValue('#unit_proposal_date'), '01/03/2025');
  assert.deepEqual(page.problems, []);
  await context.close();
});

test('a large unit in local storage that cannot be read is kept under the backup key and reported; new work is then saved', async () => {
  const N = 600;
  const csv = await unitCsv(N);
  const context = await browser.newContext();
  const page = await unitView(context);
  await page.setInputFiles('#import-file', csv);
  await allEvaluated(page, N);
  await page.waitForFunction(([k, n]) => (localStorage.getItem(k) ?? '').includes(`Ứng viên ${n}"`), [UNIT_KEY, N], { timeout: 60_000 });
  // One candidate's line broken in the middle of the list (found only by the slices).
  const broken = await page.evaluate((k) => {
    const lines = localStorage.getItem(k).split('\n');
    lines[300] = lines[300].replace('"full_name":', '"full_name":{');
    localStorage.setItem(k, lines.join('\n'));
    return localStorage.getItem(k);
  }, UNIT_KEY);
  await page.reload();
  await page.waitForSelector('#unreadable-unit');
  assert.match(await page.textContent('#unreadable-unit'), /Danh sách đơn vị: .*không đọc được/s);
  assert.equal(await page.evaluate((k) => localStorage.getItem(`${k}/backup`), UNIT_KEY), broken, 'a copy under the backup key');
  await page.fill('#unit_name', 'Phòng Nội vụ');
  await page.press('#unit_name', 'Tab');
  await page.waitForFunction((k) => (localStorage.getItem(k) ?? '').includes('Phòng Nội vụ'), UNIT_KEY);
  assert.equal(await page.evaluate((k) => localStorage.getItem(`${k}/backup`), UNIT_KEY), broken, 'the copy stays');
  await context.close();
});
