// Printing (issue 14): the achievement report of a person and of a collective in print
// media and as a PDF (sections in order, the notice, dd/mm/yyyy dates, the check on a
// page of its own, no heading at a page foot, nothing wider than the page), the files a
// user downloads, and the unit list of 1,000 candidates printed by the "In danh sách"
// button and by the browser's own print (beforeprint), counted in PDF pages.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { readFile, writeFile } from 'node:fs/promises';
import { execFileSync } from 'node:child_process';
import { join } from 'node:path';
import { serve } from './server.mjs';
import { DIST, launch, open, start, scratch } from './helpers.mjs';

let server, browser, dir;
before(async () => { server = await serve(DIST); browser = await launch(); dir = await scratch('print'); });
after(async () => { await browser?.close(); await server?.close(); });

// A proposal date after 01/10/2026 brings the amending-law notice. The name is long, with
// an unbroken 150-character part, to show that nothing runs off the page.
const LONG = 'Hoàng Thị Minh Nguyệt ' + 'Tôn-Nữ-Phương-Thảo-'.repeat(8) + ' Nguyễn Văn Trường'.repeat(6);
const PERSON = {
  schema_version: 2, subject: 'individual', proposal_date: '2026-11-05',
  person: { full_name: LONG, unit: 'Sở Tài chính tỉnh Lạng Sơn', position: 'Chuyên viên', kind: 'cong_chuc', party_member: true,
    birth_date: '1985-03-07', recruitment_date: '2010-08-01', duties: 'Tham mưu quản lý ngân sách nhà nước.' },
  years: [{ year: '2023', rating: 'htt' }, { year: '2024', rating: 'htxs', party_rating: 'htxs' }, { year: '2025', rating: 'htxs' }],
  achievements: [{ kind: 'sang_kien', title: 'Số hoá hồ sơ thanh toán', year: '2025', scope: 'co_so', applied: true }],
  awards_received: [
    { award: 'chien_si_thi_dua_co_so', period: { from: 2024, to: 2024 }, decision_number: '123/QĐ-UBND', decision_date: '2025-01-20', authority: 'UBND tỉnh Lạng Sơn' },
    { award: 'giay_khen', period: { from: 2023, to: 2023 }, decision_number: '45/QĐ-STC', decision_date: '2024-02-03', authority: 'Sở Tài chính' },
  ],
  declarations: { tu_luc_doan_ket_thi_dua: true }, pending_proceedings: false,
};
const UNIT = {
  schema_version: 2, subject: 'collective', proposal_date: '2026-11-05',
  unit: { name: 'Phòng Kế hoạch - Tài chính', parent: 'Sở Tài chính', has_party_organisation: true },
  years: [{ year: '2025', rating: 'htxs', members: { total: 10, at_least_ht: 10 } }], pending_proceedings: false,
};

const pdfInfo = (file) => {
  const info = execFileSync('pdfinfo', [file], { encoding: 'utf8' });
  const [, w, h] = info.match(/Page size:\s+([\d.]+) x ([\d.]+) pts/);
  return { pages: Number(info.match(/Pages:\s+(\d+)/)[1]), width: Number(w), height: Number(h) };
};
/** The PDF's pages as text, whitespace collapsed (table cells wrap). */
const pdfPages = (file) => execFileSync('pdftotext', [file, '-'], { encoding: 'utf8', maxBuffer: 64 << 20 })
  .split('\f').map((p) => p.split(/\s+/).join(' ').trim()).filter((p) => p);
/** The PDF's pages as lines (to find what ends a page). */
const pdfLines = (file) => execFileSync('pdftotext', [file, '-'], { encoding: 'utf8', maxBuffer: 64 << 20 })
  .split('\f').map((p) => p.split('\n').map((l) => l.trim()).filter((l) => l)).filter((p) => p.length);

/** In print media at the page's text width: elements sticking out of the report. */
const overflowing = (page) => page.evaluate(() => {
  const r = document.querySelector('.report');
  const box = r.getBoundingClientRect();
  const out = [...r.querySelectorAll('*')].filter((e) => e.getBoundingClientRect().right > box.right + 0.5)
    .map((e) => `${e.tagName}: ${e.textContent.slice(0, 40)}`);
  if (r.scrollWidth > r.clientWidth) out.push(`report scrollWidth ${r.scrollWidth} > ${r.clientWidth}`);
  return out;
});

const inOrder = (text, parts) => {
  let at = 0;
  for (const p of parts) {
    const i = text.indexOf(p, at);
    assert.ok(i >= 0, `missing or out of order: "${p}"`);
    at = i + p.length;
  }
};

/** A4 portrait text width with the 15 mm margins of the print stylesheet, in CSS px. */
const A4_TEXT = Math.floor((210 - 30) * 96 / 25.4);
const HEADINGS = /^(I|II|III|IV)\. |^[12]\. (Kết quả đánh giá|Sáng kiến|Danh hiệu thi đua|Hình thức khen thưởng)|^KẾT QUẢ KIỂM TRA/;

async function checkPdf(page, name) {
  const file = join(dir, name);
  await writeFile(file, await page.pdf({ preferCSSPageSize: true, printBackground: true }));
  const info = pdfInfo(file);
  assert.ok(Math.abs(info.width - 595) < 2 && Math.abs(info.height - 842) < 2, `A4 portrait, got ${info.width} x ${info.height}`);
  const pages = pdfPages(file);
  const check = pages.findIndex((p) => p.includes('KẾT QUẢ KIỂM TRA ĐIỀU KIỆN'));
  assert.ok(check > 0 && pages[check].startsWith('KẾT QUẢ KIỂM TRA ĐIỀU KIỆN'), 'the check begins a page of its own');
  const place = pages.find((p) => p.includes('Lạng Sơn, ngày'));
  assert.ok(place.includes('XÁC NHẬN CỦA THỦ TRƯỞNG'), 'the place and date line stays with the signatures');
  for (const [i, lines] of pdfLines(file).entries()) {
    assert.doesNotMatch(lines.at(-1), HEADINGS, `page ${i + 1} ends with a heading`);
  }
  return { info, pages };
}

test('the printed achievement report of a person has the Mẫu 05 sections, the notice, dd/mm/yyyy dates, the check on its own page, and fits the page', async () => {
  const context = await browser.newContext({ acceptDownloads: true });
  const page = await open(context, server.url);
  await start(page, server.url);
  const file = join(dir, 'ho-so.json');
  await writeFile(file, JSON.stringify(PERSON));
  await page.setInputFiles('#load-file', file);
  await page.waitForSelector('#award-chien_si_thi_dua_co_so[data-outcome]');

  await page.setViewportSize({ width: A4_TEXT, height: 1000 });
  await page.emulateMedia({ media: 'print' });
  assert.equal(await page.isVisible('.report'), true);
  assert.equal(await page.isVisible('#full_name'), false, 'the form is not printed');
  const text = (await page.textContent('.report')).replace(/\s+/g, ' ');
  inOrder(text, [
    'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM', 'Độc lập - Tự do - Hạnh phúc', 'BÁO CÁO THÀNH TÍCH ĐỀ NGHỊ KHEN THƯỞNG CỦA CÁ NHÂN',
    'I. SƠ LƯỢC LÝ LỊCH', 'Tôn-Nữ-Phương-Thảo', '07/03/1985', 'Công chức', 'Đảng viên', 'Có',
    'II. CHỨC NĂNG, NHIỆM VỤ ĐƯỢC GIAO', 'Tham mưu quản lý ngân sách',
    'III. THÀNH TÍCH ĐẠT ĐƯỢC', 'Hoàn thành xuất sắc nhiệm vụ', 'Số hoá hồ sơ thanh toán',
    'IV. CÁC HÌNH THỨC ĐÃ ĐƯỢC KHEN THƯỞNG', '1. Danh hiệu thi đua', '123/QĐ-UBND, 20/01/2025', '2. Hình thức khen thưởng', '45/QĐ-STC, 03/02/2024',
    'Lạng Sơn, ngày 05 tháng 11 năm 2026', 'XÁC NHẬN CỦA THỦ TRƯỞNG ĐƠN VỊ', 'NGƯỜI BÁO CÁO THÀNH TÍCH',
    'KẾT QUẢ KIỂM TRA ĐIỀU KIỆN', 'Ngày đề nghị', '05/11/2026', 'Căn cứ', 'Nghị định 152/2025/NĐ-CP',
    'Từ 01/10/2026 Luật sửa đổi, bổ sung Luật Thi đua, khen thưởng', 'Thời gian xét', 'Chiến sĩ thi đua cơ sở',
    'Hội đồng Thi đua - Khen thưởng xem xét, quyết định',
  ]);
  assert.doesNotMatch(text, /\b\d{4}-\d{2}-\d{2}\b/, 'no ISO date is printed');
  assert.doesNotMatch(text, /law2022|nd152|§|\[S\]/, 'no internal reference is printed');
  assert.deepEqual(await overflowing(page), [], 'nothing is wider than the page');
  const { info } = await checkPdf(page, 'ca-nhan.pdf');
  assert.ok(info.pages >= 2, `${info.pages} pages`);

  // The files: the summary named by the proposal date with the name cut short; the .docx.
  await page.emulateMedia({ media: 'screen' });
  const [summary] = await Promise.all([page.waitForEvent('download'), page.click('#download')]);
  const name = summary.suggestedFilename();
  assert.match(name, /^tom-tat-khen-thuong-hoang-thi-minh-nguyet-[a-z0-9-]+-2026-11-05\.json$/);
  assert.ok(name.length <= 100, `${name.length} characters: ${name}`);
  const [docx] = await Promise.all([page.waitForEvent('download'), page.click('#download-docx')]);
  assert.match(docx.suggestedFilename(), /^bao-cao-thanh-tich-hoang-thi-minh-nguyet-[a-z0-9-]+-2026-11-05\.docx$/);
  const bytes = await readFile(await docx.path());
  assert.equal(bytes.subarray(0, 4).toString('latin1'), 'PK\x03\x04', 'a zip container');
  assert.ok(bytes.includes(Buffer.from('word/document.xml')) && bytes.includes(Buffer.from('word/styles.xml')));
  assert.deepEqual(page.problems, []);
  await context.close();
});

test('the printed achievement report of a collective follows the collective template, with the notice and the check on its own page', async () => {
  const context = await browser.newContext({ acceptDownloads: true });
  const page = await open(context, server.url);
  await page.addInitScript(() => { window.print = () => { window.__printed = (window.__printed ?? 0) + 1; }; });
  await start(page, server.url);
  await page.click('#mode-unit');
  const file = join(dir, 'tap-the.json');
  await writeFile(file, JSON.stringify(UNIT));
  await page.setInputFiles('#import-file', file);
  await page.waitForSelector('#award-tap_the_lao_dong_xuat_sac[data-outcome]');
  await page.click('#print-unit-report');
  await page.waitForFunction(() => window.__printed === 1);

  await page.setViewportSize({ width: A4_TEXT, height: 1000 });
  await page.emulateMedia({ media: 'print' });
  const text = (await page.textContent('.report')).replace(/\s+/g, ' ');
  inOrder(text, [
    'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM', 'BÁO CÁO THÀNH TÍCH ĐỀ NGHỊ KHEN THƯỞNG CỦA TẬP THỂ',
    'I. SƠ LƯỢC ĐẶC ĐIỂM, TÌNH HÌNH', 'Phòng Kế hoạch - Tài chính', 'Sở Tài chính',
    'III. THÀNH TÍCH ĐẠT ĐƯỢC', 'IV. CÁC HÌNH THỨC ĐÃ ĐƯỢC KHEN THƯỞNG',
    'Lạng Sơn, ngày 05 tháng 11 năm 2026', 'THỦ TRƯỞNG ĐƠN VỊ',
    'KẾT QUẢ KIỂM TRA ĐIỀU KIỆN', '05/11/2026', 'Từ 01/10/2026 Luật sửa đổi', 'Tập thể lao động xuất sắc',
    'Hội đồng Thi đua - Khen thưởng xem xét, quyết định',
  ]);
  assert.ok(!text.includes('NGƯỜI BÁO CÁO THÀNH TÍCH') && !text.includes('Xếp loại đảng viên'), 'no person-only parts');
  assert.doesNotMatch(text, /\b\d{4}-\d{2}-\d{2}\b/);
  assert.deepEqual(await overflowing(page), []);
  await checkPdf(page, 'tap-the.pdf');
  // After printing (afterprint), the unit's print is the list again.
  await page.waitForSelector('.unit-list', { state: 'attached' });

  await page.emulateMedia({ media: 'screen' });
  const [docx] = await Promise.all([page.waitForEvent('download'), page.click('#download-unit-docx')]);
  assert.equal(docx.suggestedFilename(), 'bao-cao-thanh-tich-phong-ke-hoach-tai-chinh-2026-11-05.docx');
  assert.deepEqual(page.problems, []);
  await context.close();
});

const N = 1000;
const allEvaluated = (page, n) => page.waitForFunction((n) => {
  const s = document.querySelector('#candidates-status')?.textContent ?? '';
  return s.startsWith(`${n} `) && !s.includes('/');
}, n, { timeout: 280_000, polling: 250 });

/** Checks the printed list's PDF: A4 landscape, the header on every page, every candidate once. */
function checkList(file) {
  const info = pdfInfo(file);
  assert.ok(Math.abs(info.width - 842) < 2 && Math.abs(info.height - 595) < 2, `A4 landscape, got ${info.width} x ${info.height}`);
  const pages = pdfPages(file);
  assert.equal(pages.length, info.pages);
  pages.forEach((p, i) => assert.ok(p.includes('Họ và tên') && p.includes('Đơn vị'), `the header row is repeated on page ${i + 1}`));
  const all = pages.join(' ');
  for (const i of [0, 1, 499, 998, 999]) {
    assert.equal(all.split(`Ứng viên ${i} `).length - 1, 1, `candidate ${i} printed once (${pages.length} pages)`);
  }
  return info.pages;
}

test('a unit of 1,000 candidates prints as a landscape list of a few tens of pages, by the button and by the browser\'s own print', async (t) => {
  const csv = join(dir, 'don-vi-1000.csv');
  const r = ['HTXSNV', 'HTTNV', 'HTNV', 'HTTNV'];
  const rows = ['Họ và tên;Đơn vị;Ngày tuyển dụng;Đảng viên;Xếp loại 2020;Xếp loại 2021;Xếp loại 2022;Xếp loại 2023;Xếp loại 2024;Sáng kiến;Đã nhận;Đang bị xem xét;Cam kết'];
  for (let i = 0; i < N; i++) {
    rows.push(`Ứng viên ${i} Nguyễn Thị;Phòng ${i % 7} Sở Tài chính;2012-01-01;${i % 2 ? 'có' : 'không'};${r[i % 4]};${r[(i + 1) % 4]};${r[(i + 2) % 4]};${r[(i + 3) % 4]};${r[i % 4]};2023:co_so:có | 2024:tinh:có;chien_si_thi_dua_co_so:2023;không;có`);
  }
  await writeFile(csv, rows.join('\n'));
  const context = await browser.newContext({ acceptDownloads: true });
  const page = await open(context, server.url);
  await page.addInitScript(() => { window.print = () => { window.__printed = (window.__printed ?? 0) + 1; }; });
  await start(page, server.url);
  await page.click('#mode-unit');
  await page.fill('#unit_name', 'Sở Tài chính');
  await page.locator('#unit_name').dispatchEvent('change');
  await page.fill('#unit_proposal_date', '2025-03-01');
  await page.locator('#unit_proposal_date').dispatchEvent('change');
  await page.setInputFiles('#import-file', csv);
  await allEvaluated(page, N);
  const listRows = () => page.locator('.unit-list tbody tr').count();
  // Let the page settle after evaluating: Yew's scheduler yields to the browser (a 0 ms
  // timer) during long work, and a render asked for by beforeprint while it is yielded
  // comes a task later, after the page was laid out for printing (see README, printing).
  const settle = () => page.evaluate(() => new Promise((r) => setTimeout(() => requestAnimationFrame(() => setTimeout(r, 0)), 100)));
  await settle();

  // The browser's own print (Ctrl+P): nothing is built before, the whole list while printing.
  assert.equal(await listRows(), 0, 'the list is built only for printing');
  const own = join(dir, 'danh-sach-ctrl-p.pdf');
  await writeFile(own, await page.pdf({ preferCSSPageSize: true }));
  const ownPages = checkList(own);
  await page.waitForFunction(() => document.querySelectorAll('.unit-list tbody tr').length === 0);

  // The "In danh sách" button: the list is built, then the print dialog opens.
  await page.click('#print-unit');
  await page.waitForFunction(() => window.__printed === 1);
  assert.equal(await listRows(), N);
  await page.setViewportSize({ width: Math.floor((297 - 20) * 96 / 25.4), height: 700 });
  await page.emulateMedia({ media: 'print' });
  assert.deepEqual(await overflowing(page), [], 'no column runs off the landscape page');
  const legend = await page.textContent('.unit-legend');
  for (const l of ['✓ Đủ điều kiện', '✗ Chưa đủ điều kiện', '? Chưa đủ dữ liệu']) assert.ok(legend.includes(l), `legend: ${l}`);
  const button = join(dir, 'danh-sach-nut.pdf');
  await writeFile(button, await page.pdf({ preferCSSPageSize: true }));
  const buttonPages = checkList(button);
  assert.equal(buttonPages, ownPages, 'both ways print the same list');
  assert.ok(ownPages <= 40, `${ownPages} pages for ${N} candidates`);
  t.diagnostic(`unit list, ${N} candidates: ${ownPages} pages A4 landscape (both ways)`);

  // The unit export at 1,000: inputs and outcomes, a few MB at most, and it imports back whole.
  await page.emulateMedia({ media: 'screen' });
  const [json] = await Promise.all([page.waitForEvent('download'), page.click('#export-json')]);
  const text = await readFile(await json.path(), 'utf8');
  t.diagnostic(`unit export, ${N} candidates: ${text.length} bytes`);
  assert.ok(text.length <= 3_000_000, `${text.length} bytes`);
  const all = JSON.parse(text);
  assert.equal(all.candidates.length, N);
  assert.ok(Object.keys(all.candidates[0].outcomes).length > 5);
  const fresh = await browser.newContext();
  const other = await open(fresh, server.url);
  await start(other, server.url);
  await other.click('#mode-unit');
  await other.setInputFiles('#import-file', await json.path());
  // Every candidate is back (their evaluation then runs as after any import).
  await other.waitForFunction((n) => (document.querySelector('#candidates-status')?.textContent ?? '').startsWith(`${n} `), N);
  assert.match(await other.locator('#candidates-table tbody tr').first().textContent(), /Ứng viên 0 Nguyễn Thị/);
  assert.deepEqual(page.problems, []);
  assert.deepEqual(other.problems, []);
  await fresh.close();
  await context.close();
});
