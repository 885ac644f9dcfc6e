// End-to-end tests of the release build: what a user does, in headless Chromium.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { serve } from './server.mjs';
import { DIST, launch, open, start, outcomeOf, fillCstdcsProfile, scratch } from './helpers.mjs';

let server, browser;
before(async () => { server = await serve(DIST); browser = await launch(); });
after(async () => { await browser?.close(); await server?.close(); });

test('the page loads in Vietnamese with its static shell, no console error and no foreign request', async () => {
  const html = await readFile(join(DIST, 'index.html'), 'utf8');
  assert.match(html, /<html lang="vi">/);
  assert.match(html, /Đang tải…/, 'the static shell says it is loading');
  assert.match(html, /<noscript>/);
  const context = await browser.newContext();
  const page = await open(context, server.url);
  await start(page, server.url);
  assert.equal(await page.getAttribute('html', 'lang'), 'vi');
  assert.equal(await page.locator('#shell').count(), 0, 'the shell is replaced by the app');
  assert.match(await page.textContent('h1'), /Kiểm tra điều kiện thi đua, khen thưởng/);
  assert.deepEqual(page.problems, []);
  await context.close();
});

test('a profile that qualifies for Chiến sĩ thi đua cơ sở shows it with its citation', async () => {
  const context = await browser.newContext();
  const page = await open(context, server.url);
  await start(page, server.url);
  await fillCstdcsProfile(page);
  await page.waitForSelector('#award-chien_si_thi_dua_co_so[data-outcome="eligible"]');
  const award = page.locator('#award-chien_si_thi_dua_co_so');
  await award.locator('details.more > summary').click();
  const text = await award.textContent();
  assert.match(text, /Đủ điều kiện/);
  assert.match(text, /Luật TĐKT 2022, Điều 23/);
  assert.match(text, /2024: đủ điều kiện Lao động tiên tiến/);
  assert.deepEqual(page.problems, []);
  await context.close();
});

test('download, then load into a fresh page, gives the same form and results; reload keeps the data', async () => {
  const context = await browser.newContext({ acceptDownloads: true });
  const page = await open(context, server.url);
  await start(page, server.url);
  await fillCstdcsProfile(page);
  await page.waitForSelector('#award-chien_si_thi_dua_co_so[data-outcome="eligible"]');
  const [download] = await Promise.all([page.waitForEvent('download'), page.click('#download')]);
  assert.match(download.suggestedFilename(), /^tom-tat-khen-thuong-nguyen-van-binh-2025-03-01\.json$/);
  const summary = JSON.parse(await readFile(await download.path(), 'utf8'));
  assert.equal(summary.rule_set, 'law2022-nd98');
  assert.equal(summary.profile.person.full_name, 'Nguyễn Văn Bình');
  assert.ok(Array.isArray(summary.awards_received.danh_hieu_thi_dua) && Array.isArray(summary.awards_received.hinh_thuc_khen_thuong));
  assert.ok(summary.app_version && summary.generated_at);
  const saved = summary.evaluation.determinations.find((d) => d.award === 'chien_si_thi_dua_co_so');
  assert.equal(saved.outcome, 'eligible');

  await page.reload();
  await page.waitForSelector('.app h1');
  assert.equal(await page.inputValue('#full_name'), 'Nguyễn Văn Bình', 'reload keeps the data');
  assert.equal(await outcomeOf(page, 'chien_si_thi_dua_co_so'), 'eligible');

  const fresh = await browser.newContext();
  const other = await open(fresh, server.url);
  await start(other, server.url);
  await other.setInputFiles('#load-file', await download.path());
  await other.waitForSelector('#message');
  assert.equal(await other.inputValue('#full_name'), 'Nguyễn Văn Bình');
  assert.equal(await other.inputValue('#year-0-year'), '2024');
  assert.equal(await other.inputValue('#year-0-rating'), 'htxs');
  assert.equal(await other.inputValue('#proposal_date'), '01/03/2025', 'dates show day first');
  const outcomes = async (p) => p.$$eval('li.award', (ds) => ds.map((d) => `${d.id}=${d.dataset.outcome}`).join(','));
  assert.equal(await outcomes(other), await outcomes(page), 'same results after loading');
  assert.deepEqual(page.problems, []);
  assert.deepEqual(other.problems, []);
  await context.close();
  await fresh.close();
});

test('a bad file leaves the data untouched and says why in the interface language', async () => {
  const dir = await scratch('e2e');
  const broken = join(dir, 'broken.json');
  await writeFile(broken, '{ "schema_version": 1, "years": [');
  const impossible = join(dir, 'impossible.json');
  await writeFile(impossible, JSON.stringify({ schema_version: 1, proposal_date: '2025-02-30' }));
  const context = await browser.newContext();
  const page = await open(context, server.url);
  await start(page, server.url);
  await fillCstdcsProfile(page);
  await page.setInputFiles('#load-file', broken);
  await page.waitForSelector('#message');
  assert.match(await page.textContent('#message'), /Không mở được tệp; dữ liệu hiện tại giữ nguyên\. Tệp không phải JSON hợp lệ/);
  assert.equal(await page.inputValue('#full_name'), 'Nguyễn Văn Bình');
  await page.click('#lang-switch');
  await page.setInputFiles('#load-file', impossible);
  await page.waitForFunction(() => document.querySelector('#message')?.textContent.includes('does not exist'));
  assert.match(await page.textContent('#message'), /could not be opened; your current data is unchanged\. proposal_date/);
  assert.equal(await page.inputValue('#year-0-rating'), 'htxs');
  assert.deepEqual(page.problems, []);
  await context.close();
});

test('the language switch changes the page and is remembered', async () => {
  const context = await browser.newContext();
  const page = await open(context, server.url);
  await start(page, server.url);
  await page.click('#lang-switch');
  await page.waitForSelector('text=Award eligibility checker');
  assert.equal(await page.getAttribute('html', 'lang'), 'en');
  assert.match(await page.textContent('#sec-years'), /Yearly ratings/);
  await page.reload();
  await page.waitForSelector('text=Award eligibility checker');
  assert.deepEqual(page.problems, []);
  await context.close();
});

test('the print view is an A4 report: summary, years, initiatives, two award tables, results, notice', async () => {
  const context = await browser.newContext();
  const page = await open(context, server.url);
  await start(page, server.url);
  await fillCstdcsProfile(page);
  await page.click('#add-award');
  await page.waitForSelector('#award-chien_si_thi_dua_co_so[data-outcome="eligible"]');
  await page.emulateMedia({ media: 'print' });
  assert.equal(await page.isVisible('.report'), true);
  assert.equal(await page.isVisible('#full_name'), false, 'the form is not printed');
  const text = await page.textContent('.report');
  for (const part of ['SƠ LƯỢC LÝ LỊCH', 'Nguyễn Văn Bình', 'THÀNH TÍCH ĐẠT ĐƯỢC', 'CÁC HÌNH THỨC ĐÃ ĐƯỢC KHEN THƯỞNG', 'Nghị định 98/2023/NĐ-CP', 'Chiến sĩ thi đua cơ sở']) {
    assert.ok(text.includes(part), `the report lacks "${part}"`);
  }
  const pdf = await page.pdf({ format: 'A4' });
  assert.ok(pdf.length > 10_000, 'an A4 PDF is produced');
  await context.close();
});
