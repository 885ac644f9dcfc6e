// Unit-head mode: import candidates, see the table and the unit's titles, open a
// candidate, export, and keep everything after a reload — all in the browser.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { readFile, writeFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { serve } from './server.mjs';
import { DIST, launch, open, start, scratch } from './helpers.mjs';

const CSV = resolve('../../examples/unit-candidates.csv');
let server, browser;
before(async () => { server = await serve(DIST); browser = await launch(); });
after(async () => { await browser?.close(); await server?.close(); });

async function unitPage(context) {
  const page = await open(context, server.url);
  await start(page, server.url);
  await page.click('#mode-unit');
  await page.waitForSelector('#sec-candidates');
  return page;
}

const allEvaluated = (page, n) => page.waitForFunction((n) => {
  const s = document.querySelector('#candidates-status')?.textContent ?? '';
  return s.startsWith(`${n} `) && !s.includes('/');
}, n, { timeout: 120_000 });

test('importing a CSV keeps the good rows, names the bad cells, and shows each candidate\'s outcomes', async () => {
  const context = await browser.newContext();
  const page = await unitPage(context);
  await page.fill('#unit_name', 'Phòng Tổng hợp');
  await page.locator('#unit_name').dispatchEvent('change');
  await page.fill('#unit_proposal_date', '2025-03-01');
  await page.locator('#unit_proposal_date').dispatchEvent('change');
  await page.setInputFiles('#import-file', CSV);
  await page.waitForSelector('#message');
  const msg = await page.textContent('#message');
  assert.match(msg, /Đã nhập ứng viên: 2\./);
  assert.match(msg, /Dòng 4, cột "Ngày tuyển dụng"/);
  assert.match(msg, /Dòng 4, cột "Xếp loại 2023"/);
  await allEvaluated(page, 2);
  const first = page.locator('#candidates-table tbody tr').first();
  assert.match(await first.textContent(), /Nguyễn Thị Hoa/);
  assert.equal(await first.locator('td.cell').nth(4).getAttribute('title'), 'Đủ điều kiện', 'Bằng khen tỉnh column');
  // Filter: only those eligible for Bằng khen tỉnh.
  await page.selectOption('#filter-award', 'bang_khen_chu_tich_ubnd_tinh');
  assert.equal(await page.locator('#candidates-table tbody tr').count(), 1);
  await page.selectOption('#filter-award', '');
  await page.selectOption('#sort-by', 'name');
  assert.match(await page.locator('#candidates-table tbody tr').first().textContent(), /Nguyễn Thị Hoa/);
  // Open a candidate: the individual form with the full explanation.
  await page.click('#candidates-table tbody tr:first-child .open-member');
  await page.waitForSelector('#back-to-unit');
  assert.equal(await page.inputValue('#full_name'), 'Nguyễn Thị Hoa');
  assert.equal(await page.getAttribute('#award-bang_khen_chu_tich_ubnd_tinh', 'data-outcome'), 'eligible');
  await page.click('#back-to-unit');
  await page.waitForSelector('#sec-candidates');
  assert.deepEqual(page.problems, []);
  await context.close();
});

test('the unit\'s collective titles come from its members and its own ratings; exports and reload keep everything', async () => {
  const dir = await scratch('unit');
  const csv = join(dir, 'ung-vien.csv');
  const rows = ['Họ và tên;Ngày tuyển dụng;Xếp loại 2024;Đang bị xem xét;Cam kết'];
  for (let i = 0; i < 10; i++) rows.push(`Người ${i};2015-01-01;${i < 3 ? 'HTXSNV' : 'HTTNV'};không;có`);
  await writeFile(csv, rows.join('\n'));
  const context = await browser.newContext({ acceptDownloads: true });
  const page = await unitPage(context);
  await page.fill('#unit_proposal_date', '2025-03-01');
  await page.locator('#unit_proposal_date').dispatchEvent('change');
  await page.selectOption('#unit_pending', 'false');
  await page.click('#add-year');
  await page.fill('#year-0-year', '2024');
  await page.locator('#year-0-year').dispatchEvent('change');
  await page.selectOption('#year-0-rating', 'htxs');
  await page.check('#decl-tt_doan_ket_guong_mau');
  await page.setInputFiles('#import-file', csv);
  await allEvaluated(page, 10);
  await page.waitForSelector('#award-tap_the_lao_dong_xuat_sac[data-outcome="eligible"]');
  // 3 htxs for 7 htt is above 25 %: a warning for the meeting, nobody removed.
  assert.match(await page.textContent('#review-warnings'), /3 người xếp loại HTXSNV, vượt 25%/);
  assert.equal(await page.locator('#candidates-table tbody tr').count(), 10);

  const [csvDl] = await Promise.all([page.waitForEvent('download'), page.click('#export-csv')]);
  const exported = await readFile(await csvDl.path(), 'utf8');
  assert.equal(exported.trim().split('\n').length, 11);
  assert.match(exported, /^\uFEFFHọ và tên;Đơn vị;Lao động tiên tiến/);
  const [jsonDl] = await Promise.all([page.waitForEvent('download'), page.click('#export-json')]);
  const all = JSON.parse(await readFile(await jsonDl.path(), 'utf8'));
  assert.equal(all.candidates.length, 10);
  assert.equal(all.unit_outcomes.tap_the_lao_dong_xuat_sac, 'eligible');
  assert.equal(all.candidates[0].outcomes.lao_dong_tien_tien !== undefined, true);
  assert.equal(all.candidates[0].evaluation, undefined, 'findings only with "kèm chi tiết tiêu chí"');
  // With details: the table keeps outcomes only (issue 13), so every candidate is evaluated
  // again in full for the file — findings and gaps included, outcomes the same.
  await page.check('#export-details');
  const [detailsDl] = await Promise.all([page.waitForEvent('download'), page.click('#export-json')]);
  const detailed = JSON.parse(await readFile(await detailsDl.path(), 'utf8'));
  const ldtt = detailed.candidates[0].evaluation.determinations.find((d) => d.award === 'lao_dong_tien_tien');
  assert.ok(ldtt.findings.length > 0, 'the criteria of each award are in the file');
  assert.equal(ldtt.outcome, all.candidates[0].outcomes.lao_dong_tien_tien);
  assert.ok(detailed.candidates.every((c) => c.evaluation.determinations.some((d) => d.gaps.length > 0 || d.outcome !== 'not_eligible')));
  await page.uncheck('#export-details');
  const [tpl] = await Promise.all([page.waitForEvent('download'), page.click('#download-template')]);
  assert.match(await readFile(await tpl.path(), 'utf8'), /Họ và tên;Đơn vị;Chức vụ/);

  await page.reload();
  await page.waitForSelector('#sec-candidates');
  await allEvaluated(page, 10);
  assert.equal(await page.getAttribute('#award-tap_the_lao_dong_xuat_sac', 'data-outcome'), 'eligible');

  // The exported JSON restores the unit in a fresh browser.
  const fresh = await browser.newContext();
  const other = await unitPage(fresh);
  await other.setInputFiles('#import-file', await jsonDl.path());
  await allEvaluated(other, 10);
  assert.equal(await other.getAttribute('#award-tap_the_lao_dong_xuat_sac', 'data-outcome'), 'eligible');
  assert.deepEqual(page.problems, []);
  await fresh.close();
  await context.close();
});

test('a unit of 300 candidates is imported and evaluated in the browser, shown a page at a time', async () => {
  const dir = await scratch('unit');
  const csv = join(dir, 'don-vi-300.csv');
  const rows = ['Họ và tên;Ngày tuyển dụng;Xếp loại 2022;Xếp loại 2023;Xếp loại 2024;Sáng kiến;Đang bị xem xét;Cam kết'];
  const r = ['HTXSNV', 'HTTNV', 'HTNV'];
  for (let i = 0; i < 300; i++) rows.push(`Ứng viên ${i};2015-01-01;${r[i % 3]};${r[(i + 1) % 3]};${r[(i + 2) % 3]};2024:co_so:có;không;có`);
  await writeFile(csv, rows.join('\n'));
  const context = await browser.newContext();
  const page = await unitPage(context);
  await page.fill('#unit_proposal_date', '2025-03-01');
  await page.locator('#unit_proposal_date').dispatchEvent('change');
  await page.setInputFiles('#import-file', csv);
  await allEvaluated(page, 300);
  assert.equal(await page.locator('#candidates-table tbody tr').count(), 50);
  await page.click('#next-page');
  assert.match(await page.locator('#candidates-table tbody tr').first().textContent(), /Ứng viên 50/);
  assert.deepEqual(page.problems, []);
  await context.close();
});
