// Issue 11, browser data safety: stored data that cannot be read is kept and offered for
// download, two tabs never overwrite each other, replacing asks first, duplicates are not
// doubled, invalid candidates are not stored, and a panic shows the error panel.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { readFile, writeFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { serve } from './server.mjs';
import { DIST, launch, open, start, scratch } from './helpers.mjs';

const KEY = 'kiem-tra-khen-thuong/v1';
const UNIT_KEY = 'kiem-tra-khen-thuong/unit/v1';
const EXAMPLE = resolve('../../examples/worked-example-bang-khen-tinh.json');
let server, browser;
before(async () => { server = await serve(DIST); browser = await launch(); });
after(async () => { await browser?.close(); await server?.close(); });

const stored = (page, key) => page.evaluate((k) => localStorage.getItem(k), key);

/** Starts the app with `text` stored under `key` (written between two loads, as an older or newer app would leave it). */
async function startWith(context, key, text) {
  const page = await open(context, server.url);
  await start(page, server.url);
  await page.evaluate(([k, t]) => localStorage.setItem(k, t), [key, text]);
  await page.reload();
  await page.waitForSelector('.app h1');
  return page;
}

async function downloaded(page, selector) {
  const [d] = await Promise.all([page.waitForEvent('download'), page.click(selector)]);
  return readFile(await d.path(), 'utf8');
}

async function csvOf(names, tag = 'csv') {
  const dir = await scratch(tag);
  const file = join(dir, `ung-vien-${names.length}.csv`);
  const rows = ['Họ và tên;Đơn vị;Ngày tuyển dụng;Xếp loại 2024;Đang bị xem xét;Cam kết'];
  for (const n of names) rows.push(`${n};Phòng Tổng hợp;2015-01-01;HTTNV;không;có`);
  await writeFile(file, rows.join('\n'));
  return file;
}

const candidates = (page) => page.locator('#candidates-table tbody tr').count();
const storedMembers = async (page) => JSON.parse(await stored(page, UNIT_KEY) ?? '{"members":[]}').members.length;
const allEvaluated = (page, n) => page.waitForFunction((n) => {
  const s = document.querySelector('#candidates-status')?.textContent ?? '';
  return s.startsWith(`${n} `) && !s.includes('/');
}, n, { timeout: 120_000 });

async function unitMode(page) {
  await page.click('#mode-unit');
  await page.waitForSelector('#sec-candidates');
}

test('stored data of a newer format version is kept, reported in Vietnamese, downloadable and never downgraded by autosave', async () => {
  const context = await browser.newContext({ acceptDownloads: true });
  const newer = JSON.stringify({ schema_version: 99, subject: 'individual', person: { full_name: 'Người Tương Lai' }, future_field: [1, 2] });
  const page = await startWith(context, KEY, newer);
  const notice = await page.textContent('#unreadable-profile');
  assert.match(notice, /Hồ sơ cá nhân: Dữ liệu đã lưu trên máy này không đọc được/);
  assert.match(notice, /phiên bản định dạng 99 mới hơn/);
  assert.match(notice, /không ghi đè lên nó/);
  assert.equal(await stored(page, `${KEY}/backup`), newer, 'a copy under the backup key');
  assert.equal(await downloaded(page, '#unreadable-profile .download-backup'), newer);
  // Typing does not overwrite the newer data.
  await page.fill('#full_name', 'Nguyễn Văn Cũ');
  await page.locator('#full_name').dispatchEvent('change');
  await page.waitForTimeout(300);
  assert.equal(await stored(page, KEY), newer, 'never downgraded');
  await page.click('#lang-switch');
  await page.waitForSelector('#unreadable-profile >> text=written by a newer version');
  assert.equal(await stored(page, KEY), newer);
  await page.reload();
  await page.waitForSelector('#unreadable-profile');
  assert.equal(await stored(page, KEY), newer);
  assert.deepEqual(page.problems, []);
  await context.close();
});

test('truncated stored JSON is kept under the backup key and reported; new work is then saved', async () => {
  const context = await browser.newContext({ acceptDownloads: true });
  const cut = (await readFile(EXAMPLE, 'utf8')).slice(0, 200);
  const page = await startWith(context, KEY, cut);
  const notice = await page.textContent('#unreadable-profile');
  assert.match(notice, /không đọc được/);
  assert.match(notice, /không phải JSON hợp lệ/);
  assert.equal(await stored(page, `${KEY}/backup`), cut);
  assert.equal(await downloaded(page, '#unreadable-profile .download-backup'), cut);
  await page.fill('#full_name', 'Nguyễn Văn Mới');
  await page.locator('#full_name').dispatchEvent('change');
  await page.waitForFunction((k) => (localStorage.getItem(k) ?? '').includes('Nguyễn Văn Mới'), KEY);
  assert.equal(await stored(page, `${KEY}/backup`), cut, 'the copy stays');
  await context.close();
});

test('a stored unit of the wrong shape is kept under the backup key and reported in English too', async () => {
  const context = await browser.newContext({ acceptDownloads: true });
  const wrong = JSON.stringify({ schema_version: 2, subject: 'collective', members: 'hai mươi người' });
  const page = await startWith(context, UNIT_KEY, wrong);
  assert.match(await page.textContent('#unreadable-unit'), /Danh sách đơn vị: .*không đọc được.*không đúng cấu trúc/s);
  assert.equal(await stored(page, `${UNIT_KEY}/backup`), wrong);
  await page.click('#lang-switch');
  assert.match(await page.textContent('#unreadable-unit'), /Unit list: The data saved on this device could not be read/);
  assert.equal(await downloaded(page, '#unreadable-unit .download-backup'), wrong);
  await context.close();
});

test('two tabs: a tab opened earlier follows the other tab\'s 20-candidate unit, and its language switch keeps it', async () => {
  const context = await browser.newContext();
  const older = await open(context, server.url);
  await start(older, server.url);
  const tab1 = await open(context, server.url);
  await start(tab1, server.url);
  await unitMode(tab1);
  await tab1.setInputFiles('#import-file', await csvOf(Array.from({ length: 20 }, (_, i) => `Ứng viên ${i + 1}`)));
  await allEvaluated(tab1, 20);
  assert.equal(await storedMembers(tab1), 20);
  await older.waitForSelector('#message >> text=Dữ liệu đã thay đổi ở một tab khác');
  await older.click('#lang-switch');
  await older.waitForSelector('text=Award eligibility checker');
  await older.waitForTimeout(500);
  assert.equal(await storedMembers(tab1), 20, 'tab 1\'s unit survives');
  await unitMode(older);
  await allEvaluated(older, 20);
  await tab1.reload();
  await tab1.waitForSelector('#sec-candidates');
  await allEvaluated(tab1, 20);
  assert.deepEqual([...older.problems, ...tab1.problems], []);
  await context.close();
});

test('two tabs: a stale tab that missed the other\'s changes never overwrites them and warns, with a way to load them', async () => {
  const context = await browser.newContext({ acceptDownloads: true });
  const stale = await open(context, server.url);
  // This tab misses every storage event (as a frozen or suspended tab does).
  await stale.addInitScript(() => addEventListener('storage', (e) => e.stopImmediatePropagation(), true));
  await start(stale, server.url);
  const tab1 = await open(context, server.url);
  await start(tab1, server.url);
  await unitMode(tab1);
  await tab1.setInputFiles('#import-file', await csvOf(Array.from({ length: 20 }, (_, i) => `Ứng viên ${i + 1}`)));
  await allEvaluated(tab1, 20);
  await stale.click('#lang-switch');
  await stale.click('#mode-unit');
  await stale.click('#add-candidate');
  await stale.waitForSelector('#other-tab');
  assert.match(await stale.textContent('#other-tab'), /The data was changed in another tab/);
  await stale.click('#lang-switch');
  assert.match(await stale.textContent('#other-tab'), /Dữ liệu đã thay đổi ở một tab khác/);
  assert.equal(await storedMembers(tab1), 20, 'the 20-candidate unit survives');
  const mine = JSON.parse(await downloaded(stale, '#download-this-tab'));
  assert.equal(mine.unit.members.length, 1, 'this tab\'s own unit can be downloaded (and imported again)');
  await stale.click('#load-other-tab');
  await allEvaluated(stale, 20);
  assert.equal(await stale.locator('#other-tab').count(), 0);
  await stale.click('#add-candidate');
  await stale.waitForFunction((k) => JSON.parse(localStorage.getItem(k)).members.length === 21, UNIT_KEY);
  await context.close();
});

test('opening a file over a profile being edited asks first', async () => {
  const context = await browser.newContext();
  const page = await open(context, server.url);
  await start(page, server.url);
  await page.fill('#full_name', 'Đang Nhập');
  await page.locator('#full_name').dispatchEvent('change');
  const dialog = page.waitForEvent('dialog');
  await page.setInputFiles('#load-file', EXAMPLE);
  const d = await dialog;
  assert.match(d.message(), /thay thế hồ sơ đang nhập/);
  await d.dismiss();
  assert.equal(await page.inputValue('#full_name'), 'Đang Nhập', 'declined: unchanged');
  page.once('dialog', (d) => d.accept());
  await page.setInputFiles('#load-file', EXAMPLE);
  await page.waitForFunction(() => document.querySelector('#full_name').value === 'Nguyễn Thị Hoa');
  await context.close();
});

test('re-importing a CSV asks "replace" or "add"; adding skips duplicates and says so; replacing replaces', async () => {
  const context = await browser.newContext();
  const page = await open(context, server.url);
  await start(page, server.url);
  await unitMode(page);
  const three = await csvOf(['Nguyễn Văn An', 'Trần Thị Bình', 'Lê Văn Cường']);
  await page.setInputFiles('#import-file', three);
  await allEvaluated(page, 3);
  await page.setInputFiles('#import-file', three);
  await page.waitForSelector('#import-choice');
  assert.match(await page.textContent('#import-choice'), /Thay thế danh sách.*Thêm vào danh sách.*Huỷ/s);
  await page.click('#import-add');
  await page.waitForSelector('#message >> text=Bỏ qua vì trùng');
  const msg = await page.textContent('#message');
  assert.match(msg, /Đã nhập ứng viên: 0\./);
  assert.match(msg, /Nguyễn Văn An, Trần Thị Bình, Lê Văn Cường/);
  assert.equal(await candidates(page), 3, 'not doubled');
  // The same names without marks and in capitals are the same people; one new name is added.
  await page.setInputFiles('#import-file', await csvOf(['NGUYEN VAN AN', 'Phạm Thị Dung', 'Phạm Thị Dung'], 'csv2'));
  await page.click('#import-add');
  await page.waitForSelector('#message >> text=Đã nhập ứng viên: 1.');
  assert.match(await page.textContent('#message'), /NGUYEN VAN AN, Phạm Thị Dung/);
  assert.equal(await candidates(page), 4);
  // Cancel leaves the list alone; replace puts the file's candidates instead.
  await page.setInputFiles('#import-file', await csvOf(['Hoàng Văn Em'], 'csv3'));
  await page.click('#import-cancel');
  assert.equal(await candidates(page), 4);
  await page.setInputFiles('#import-file', await csvOf(['Hoàng Văn Em'], 'csv4'));
  await page.click('#import-replace');
  await allEvaluated(page, 1);
  assert.match(await page.textContent('#candidates-table tbody'), /Hoàng Văn Em/);
  // Clearing the unit asks too.
  page.once('dialog', (d) => { assert.match(d.message(), /Xoá toàn bộ danh sách ứng viên/); d.dismiss(); });
  await page.click('#clear-unit');
  assert.equal(await candidates(page), 1, 'declined: kept');
  page.once('dialog', (d) => d.accept());
  await page.click('#clear-unit');
  await page.waitForFunction(() => document.querySelectorAll('#candidates-table tbody tr').length === 0);
  assert.deepEqual(page.problems, []);
  await context.close();
});

test('importing a unit over a unit asks first, and a candidate the engine refuses is reported and never stored', async () => {
  const dir = await scratch('unitjson');
  const good = JSON.parse(await readFile(EXAMPLE, 'utf8'));
  const bad = { ...good, person: { ...good.person, full_name: 'Năm Sai' }, years: [{ year: '1999', rating: 'htxs' }] };
  const file = join(dir, 'don-vi.json');
  await writeFile(file, JSON.stringify({ unit: { schema_version: 2, subject: 'collective', unit: { name: 'Phòng Mới' }, members: [good, bad] } }));
  const context = await browser.newContext();
  const page = await open(context, server.url);
  await start(page, server.url);
  await unitMode(page);
  await page.click('#add-candidate');
  const dialog = page.waitForEvent('dialog');
  await page.setInputFiles('#import-file', file);
  const d = await dialog;
  assert.match(d.message(), /thay thế đơn vị và toàn bộ danh sách ứng viên/);
  await d.dismiss();
  assert.equal(await candidates(page), 1, 'declined: unchanged');
  page.once('dialog', (d) => d.accept());
  await page.setInputFiles('#import-file', file);
  await page.waitForSelector('#message >> text=Chưa nhập vì dữ liệu không hợp lệ');
  const msg = await page.textContent('#message');
  assert.match(msg, /Đã nhập ứng viên: 1\./);
  assert.match(msg, /Năm Sai — years\[0\]\.year: Năm 1999 nằm ngoài khoảng cho phép/);
  await allEvaluated(page, 1);
  await page.waitForFunction((k) => JSON.parse(localStorage.getItem(k)).unit?.name === 'Phòng Mới', UNIT_KEY);
  assert.equal(await storedMembers(page), 1, 'the invalid candidate is not stored');
  await context.close();
});

test('a panic shows "Ứng dụng gặp lỗi; dữ liệu đã lưu vẫn còn" with a download of the saved data', async () => {
  const context = await browser.newContext({ acceptDownloads: true });
  const page = await context.newPage();
  await start(page, server.url);
  await page.fill('#full_name', 'Người Đã Lưu');
  await page.locator('#full_name').dispatchEvent('change');
  await page.waitForFunction((k) => (localStorage.getItem(k) ?? '').includes('Người Đã Lưu'), KEY);
  // The real release build, made to panic from outside: the DOM refuses to insert a node,
  // so Yew's `expect("failed to insert node …")` panics while rendering the new year row.
  await page.evaluate(() => {
    const fail = () => { throw new DOMException('refused by the test', 'HierarchyRequestError'); };
    Node.prototype.insertBefore = fail;
    Node.prototype.appendChild = fail;
  });
  await page.click('#add-year');
  await page.waitForSelector('#fatal:not([hidden])');
  assert.match(await page.textContent('#fatal'), /Ứng dụng gặp lỗi; dữ liệu đã lưu vẫn còn; hãy tải lại trang/);
  const saved = JSON.parse(await downloaded(page, '#fatal-download'));
  assert.match(saved[KEY], /Người Đã Lưu/);
  await page.click('#fatal-reload');
  await page.waitForSelector('.app h1');
  assert.equal(await page.inputValue('#full_name'), 'Người Đã Lưu');
  await context.close();
});
