// Issue 12, the results side: answer first (headline, first lines), closed rounds apart,
// neutral empty state, no internal reference in any rendered text, the way in (start
// panel, skip links, jump bar, embed columns), the page title, and the whole
// self-assessment by keyboard alone.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { serve } from './server.mjs';
import { DIST, launch, open, start, fillCstdcsProfile, scratch } from './helpers.mjs';

let server, browser;
before(async () => { server = await serve(DIST); browser = await launch(); });
after(async () => { await browser?.close(); await server?.close(); });

const WORKED = new URL('../../examples/worked-example-bang-khen-tinh.json', import.meta.url);

/** The worked example, optionally changed, written to a scratch file and opened in the app. */
async function loadProfile(page, change = (p) => p) {
  const p = change(JSON.parse(await readFile(WORKED, 'utf8')));
  const file = join(await scratch('results'), 'profile.json');
  await writeFile(file, JSON.stringify(p));
  await page.setInputFiles('#load-file', file);
  await page.waitForSelector('#message');
}

const headline = (page) => page.textContent('#results-headline');
const namesNow = (page) => page.$$eval('.headline-names li', (ls) => ls.map((l) => l.textContent.trim()));
const idsIn = (page, group) => page.$$eval(`#${group} li.award`, (ls) => ls.map((l) => l.id.replace('award-', '')));
/** The lines of an award shown without opening anything, in order. */
const firstLines = (page, award) => page.$$eval(`#award-${award} > p`, (ps) => ps.filter((p) => p.offsetParent !== null).map((p) => p.innerText.trim()));

test('the worked example leads with the four awards that can be proposed now (headline, names, first lines)', async () => {
  const context = await browser.newContext();
  const page = await open(context, server.url);
  await start(page, server.url);
  await loadProfile(page);
  assert.match(await headline(page), /Có thể đề nghị ngay cho năm 2024: 4/);
  assert.deepEqual(await namesNow(page), ['Lao động tiên tiến', 'Chiến sĩ thi đua cơ sở', 'Giấy khen', 'Bằng khen của Chủ tịch UBND tỉnh']);
  assert.match(await headline(page), /Căn cứ: Luật Thi đua, khen thưởng số 06\/2022\/QH15; Nghị định 98\/2023\/NĐ-CP/);
  assert.deepEqual(await idsIn(page, 'group-now'), ['lao_dong_tien_tien', 'chien_si_thi_dua_co_so', 'giay_khen', 'bang_khen_chu_tich_ubnd_tinh']);
  // An eligible award: outcome, then the route the engine found met (Điều 74 k1 d).
  const bk = await firstLines(page, 'bang_khen_chu_tich_ubnd_tinh');
  assert.match(bk[0], /Bằng khen của Chủ tịch UBND tỉnh\s+Đủ điều kiện/);
  assert.equal(bk[1], 'Đạt: Điểm d: hai năm liên tục và 02 sáng kiến');
  // Not yet reached: what is missing and the earliest year come first, then why.
  const cstdTinh = await firstLines(page, 'chien_si_thi_dua_cap_tinh');
  assert.match(cstdTinh[0], /Chưa đủ điều kiện/);
  assert.match(cstdTinh[1], /^Còn thiếu: Cần 3 năm liên tục đạt Chiến sĩ thi đua cơ sở đến năm 2024\. Cần thêm 1 sáng kiến hoặc đề tài từ cấp tỉnh trở lên, áp dụng hiệu quả trong 2022–2024\. Sớm nhất năm 2026 nếu các năm tới đều đạt\.$/);
  assert.match(cstdTinh[2], /^Chưa đạt: Ba lần liên tục đạt Chiến sĩ thi đua cơ sở/);
  assert.match((await firstLines(page, 'chien_si_thi_dua_toan_quoc'))[1], /sáng kiến hoặc đề tài cấp toàn quốc/, '"cấp toàn quốc", not "từ toàn quốc"');
  // Criteria are closed until asked for; opening shows the citation; routes are the second and last level.
  const more = page.locator('#award-bang_khen_chu_tich_ubnd_tinh details.more');
  assert.equal(await more.getAttribute('open'), null);
  await more.locator('> summary').click();
  assert.match(await more.textContent(), /Luật TĐKT 2022, Điều 74 khoản 1/);
  const depth = await page.$$eval('#results details', (ds) => Math.max(...ds.map((d) => { let n = 0; for (let e = d; e; e = e.parentElement?.closest('details')) n++; return n; })));
  assert.ok(depth <= 2, `details nested ${depth} deep`);
  // Not in force and manual review: apart, not counted.
  const apart = await idsIn(page, 'group-apart');
  for (const id of ['huan_chuong_lao_dong_hang_nhat', 'thi_dua_dac_biet_2025_giay_khen_ca_nhan', 'cong_dan_lang_son_uu_tu']) assert.ok(apart.includes(id), `${id} is apart`);
  assert.match(await page.textContent('#award-huan_chuong_lao_dong_hang_nhat'), /cần thẩm định theo Điều 42/);
  await page.click('#lang-switch');
  await page.waitForSelector('text=Award eligibility checker');
  assert.match(await headline(page), /Can be proposed now for 2024: 4/);
  assert.match((await firstLines(page, 'chien_si_thi_dua_cap_tinh'))[1], /^Still missing: .*Earliest 2026 if every later year goes well\.$/);
  assert.deepEqual(page.problems, []);
  await context.close();
});

test('a closed review round (3-year review, filed 08–10/3/2023) is shown apart and not counted, the open 5-year review is counted', async () => {
  const context = await browser.newContext();
  const page = await open(context, server.url);
  await start(page, server.url);
  await loadProfile(page, (p) => ({ ...p, years: [{ year: '2021', rating: 'htxs' }, { year: '2022', rating: 'htxs' }, ...p.years] }));
  await page.waitForSelector('#award-hcm_so_ket_3_nam[data-outcome="eligible"]');
  assert.ok((await idsIn(page, 'group-apart')).includes('hcm_so_ket_3_nam'), 'the closed round is apart');
  assert.ok((await idsIn(page, 'group-now')).includes('hcm_so_ket_5_nam'), 'the open round is counted');
  assert.match(await page.textContent('#award-hcm_so_ket_3_nam'), /Đợt xét đã kết thúc \(hạn nộp 10\/03\/2023\)/);
  assert.match(await headline(page), /Có thể đề nghị ngay cho năm 2024: 5/);
  const names = await namesNow(page);
  assert.ok(!names.some((n) => /sơ kết 3 năm/.test(n)), `headline names: ${names}`);
  assert.ok(names.some((n) => /sơ kết 5 năm/.test(n)), `headline names: ${names}`);
  await context.close();
});

test('a person with a gap reads what is missing and the earliest year on the first lines', async () => {
  const context = await browser.newContext();
  const page = await open(context, server.url);
  await start(page, server.url);
  await fillCstdcsProfile(page);
  await page.waitForSelector('#award-chien_si_thi_dua_co_so[data-outcome="eligible"]');
  assert.match(await headline(page), /Có thể đề nghị ngay cho năm 2024: 2/);
  assert.deepEqual(await namesNow(page), ['Lao động tiên tiến', 'Chiến sĩ thi đua cơ sở']);
  const bk = await firstLines(page, 'bang_khen_chu_tich_ubnd_tinh');
  assert.match(bk[0], /Chưa đủ điều kiện/);
  assert.equal(bk[1], 'Còn thiếu: Điểm d: hai năm liên tục và 02 sáng kiến: Cần thêm 2 sáng kiến hoặc đề tài từ cấp cơ sở trở lên, áp dụng hiệu quả trong 2023–2024. Sớm nhất năm 2026 nếu các năm tới đều đạt.');
  // Not enough data: the unknown criterion and what it lacks, never a refusal.
  const gk = await firstLines(page, 'giay_khen');
  assert.match(gk[0], /Chưa đủ dữ liệu/);
  assert.match(gk[1], /^Chưa đủ dữ liệu: Gương mẫu chấp hành .* — Chưa đánh dấu\.$/);
  assert.deepEqual(page.problems, []);
  await context.close();
});

test('an empty form shows neutral "Chưa nhập" states, not red crosses', async () => {
  const context = await browser.newContext();
  const page = await open(context, server.url);
  await start(page, server.url);
  await page.waitForSelector('#results-headline');
  assert.match(await headline(page), /Chưa nhập dữ liệu: nhập kết quả đánh giá từng năm/);
  const outcomes = await page.$$eval('#results li.award', (ls) => ls.map((l) => l.dataset.outcome));
  assert.ok(outcomes.length > 10);
  assert.ok(outcomes.every((o) => ['not_entered', 'manual_review', 'not_in_force'].includes(o)), outcomes.join());
  const text = await page.innerText('#results');
  assert.ok(!text.includes('✗') && !text.includes('Chưa đủ điều kiện'), 'no refusal on an empty form');
  assert.match(await page.innerText('#award-lao_dong_tien_tien'), /Chưa nhập/);
  assert.match(await page.textContent('#jump-bar'), /Chưa nhập dữ liệu/);
  await context.close();
});

test('with input problems the results column says how many, in words, with no program path', async () => {
  const context = await browser.newContext();
  const page = await open(context, server.url);
  await start(page, server.url);
  await fillCstdcsProfile(page);
  await page.click('#add-year');
  await page.fill('#year-1-year', '2024');
  await page.locator('#year-1-year').dispatchEvent('change');
  await page.waitForSelector('#results-errors');
  const text = await page.innerText('#results');
  // The count here; the problems themselves, in words, in the form's error summary.
  assert.match(text, /Số lỗi cần sửa trong biểu mẫu: 1/);
  assert.match(await page.innerText('#error-summary'), /2024/);
  assert.ok(!/years\[|\]\.year|\w+_\w+/.test(text), `no program path: ${text}`);
  await page.click('#results-errors a[href="#error-summary"]');
  assert.equal(await page.evaluate(() => document.activeElement?.id), 'error-summary');
  await context.close();
});

// Words no user may read (rule book §10): ids, file names, reliability tags, paths.
const INTERNAL = /law2022|nd98|nd152|\bseed|§|\[[SVIU]\]|research\/|\.md\b|\w\[\d+\]|\b[a-z]+_[a-z_]+\b|rule_set|provenance/;

async function renderedText(page) {
  await page.evaluate(() => document.querySelectorAll('details').forEach((d) => { d.open = true; }));
  await page.emulateMedia({ media: 'screen' });
  const screen = await page.innerText('body');
  await page.emulateMedia({ media: 'print' });
  const print = await page.innerText('body');
  await page.emulateMedia({ media: 'screen' });
  return { screen, print };
}

test('no program path, rule-set id or internal reference in any rendered text (app and print view, both languages)', async () => {
  const context = await browser.newContext();
  const page = await open(context, server.url);
  await start(page, server.url);
  await loadProfile(page, (p) => ({ ...p, years: [{ year: '2021', rating: 'htxs' }, ...p.years],
    awards_received: [{ award: 'chien_si_thi_dua_co_so', period: { from: 2023, to: 2023 }, decision_number: '12/QĐ-UBND' }] }));
  for (const lang of ['vi', 'en']) {
    if (lang === 'en') { await page.click('#lang-switch'); await page.waitForSelector('text=Award eligibility checker'); }
    const { screen, print } = await renderedText(page);
    assert.ok(print.length > 500, 'the print view has text');
    for (const [where, text] of [['app', screen], ['print', print]]) {
      const hit = text.split('\n').find((l) => INTERNAL.test(l));
      assert.equal(hit, undefined, `${lang} ${where}: "${hit}"`);
    }
  }
  assert.deepEqual(page.problems, []);
  await context.close();
});

test('first visit: the start panel says what to have at hand and that nothing leaves the device; dismissed, it stays away', async () => {
  const context = await browser.newContext();
  const page = await open(context, server.url);
  await start(page, server.url);
  const panel = await page.innerText('#start-panel');
  assert.match(panel, /xếp loại của từng năm/);
  assert.match(panel, /quyết định khen thưởng đã nhận/);
  assert.match(panel, /Chưa đủ dữ liệu/);
  assert.match(panel, /không gửi đi đâu/);
  await page.focus('#start-dismiss');
  await page.keyboard.press('Enter');
  await page.waitForSelector('#start-panel', { state: 'detached' });
  assert.equal(await page.evaluate(() => document.activeElement?.id), 'form', 'focus moves to the form');
  await page.reload();
  await page.waitForSelector('.app h1');
  assert.equal(await page.locator('#start-panel').count(), 0);
  await context.close();
});

test('the page title follows the language', async () => {
  const context = await browser.newContext();
  const page = await open(context, server.url);
  await start(page, server.url);
  assert.equal(await page.title(), 'Kiểm tra điều kiện thi đua, khen thưởng — Lạng Sơn');
  await page.click('#lang-switch');
  await page.waitForFunction(() => document.title === 'Award eligibility checker — Lạng Sơn');
  await context.close();
});

test('on a 360 px phone the jump bar stays on screen and leads to the results', async () => {
  const context = await browser.newContext({ viewport: { width: 360, height: 740 } });
  const page = await open(context, server.url);
  await start(page, server.url);
  await loadProfile(page);
  assert.match(await page.textContent('#jump-bar'), /Có thể đề nghị ngay: 4/);
  await page.mouse.wheel(0, 2500);
  await page.waitForFunction(() => window.scrollY > 2000);
  const top = await page.evaluate(() => document.getElementById('jump-bar').getBoundingClientRect().top);
  assert.ok(top >= 0 && top < 10, `the bar stays at the top (top = ${top})`);
  await page.click('#jump-to-results');
  assert.equal(await page.evaluate(() => document.activeElement?.id), 'results');
  const r = await page.evaluate(() => document.getElementById('sec-results').getBoundingClientRect().top);
  assert.ok(r >= 0 && r < 740, `the results heading is on screen (top = ${r})`);
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
  assert.ok(overflow <= 0, `page is ${overflow}px wider than the screen`);
  await context.close();
});

test('the embed uses two columns when the frame is wide, one column with the jump bar when narrow', async () => {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  const page = await open(context, server.url);
  await page.goto(`${server.url}?embed=1`);
  await page.waitForSelector('.app[data-embed]');
  const cols = () => page.evaluate(() => [document.getElementById('form').getBoundingClientRect(), document.getElementById('results').getBoundingClientRect()].map((r) => [r.left, r.right, r.top]));
  let [form, results] = await cols();
  assert.ok(results[0] >= form[1], `results beside the form at 1280 px (${form} / ${results})`);
  assert.equal(await page.isVisible('#jump-bar'), false);
  await page.setViewportSize({ width: 600, height: 900 });
  [form, results] = await cols();
  assert.ok(results[2] > form[2] && results[0] < form[1], 'one column at 600 px');
  assert.equal(await page.isVisible('#jump-bar'), true);
  await context.close();
});

/** Presses Tab (or Shift+Tab, when the target comes before the focus) until the element with
 *  this id has the focus; returns how many presses it took. */
async function tabTo(page, id, { max = 200, back } = {}) {
  if (back === undefined) {
    back = await page.evaluate((id) => {
      const t = document.getElementById(id);
      const a = document.activeElement;
      return !!(t && a && a !== document.body && (a.compareDocumentPosition(t) & Node.DOCUMENT_POSITION_PRECEDING));
    }, id);
  }
  for (let i = 1; i <= max; i++) {
    await page.keyboard.press(back ? 'Shift+Tab' : 'Tab');
    if (await page.evaluate((id) => document.activeElement?.id === id, id)) return i;
  }
  throw new Error(`Tab never reached #${id}`);
}

/** Types `text` into the focused field unless it already holds it (new rows may be pre-filled). */
async function typeInto(page, text) {
  const value = await page.evaluate(() => document.activeElement.value);
  if (value === text) return;
  for (let i = 0; i < value.length; i++) await page.keyboard.press('Backspace');
  await page.keyboard.type(text);
}

/** Types a date into whatever date field the form has (a native one in en-US order, or dd/mm/yyyy text). */
async function typeDate(page, id, [y, m, d]) {
  const type = await page.getAttribute(`#${id}`, 'type');
  await page.keyboard.type(type === 'date' ? `${m}${d}${y}` : `${d}/${m}/${y}`);
}

test('the whole self-assessment by keyboard alone (Tab, typing, Enter, Space), and back to the toolbar in a few presses', async () => {
  const context = await browser.newContext({ locale: 'en-US', acceptDownloads: true });
  const page = await open(context, server.url);
  await start(page, server.url);
  // The first Tab reaches the skip links; "Đến biểu mẫu" goes to the form.
  await page.keyboard.press('Tab');
  assert.equal(await page.evaluate(() => document.activeElement?.textContent), 'Đến biểu mẫu');
  await page.keyboard.press('Enter');
  assert.equal(await page.evaluate(() => document.activeElement?.id), 'form');
  await tabTo(page, 'full_name'); await page.keyboard.type('Nguyễn Thị Hoa');
  await tabTo(page, 'recruitment_date'); await typeDate(page, 'recruitment_date', ['2015', '08', '01']);
  await tabTo(page, 'proposal_date'); await typeDate(page, 'proposal_date', ['2025', '03', '01']);
  await tabTo(page, 'pending'); await page.keyboard.type('K'); // Không
  for (const [i, year] of [[0, '2023'], [1, '2024']]) {
    await tabTo(page, 'add-year'); await page.keyboard.press('Enter');
    await tabTo(page, `year-${i}-year`); await typeInto(page, year);
    await tabTo(page, `year-${i}-rating`); await page.keyboard.type('H'); // Hoàn thành xuất sắc nhiệm vụ
    await tabTo(page, 'add-achievement'); await page.keyboard.press('Enter');
    await tabTo(page, `ach-${i}-kind`); await page.keyboard.type('S'); // Sáng kiến (a new row has none)
    await tabTo(page, `ach-${i}-title`); await page.keyboard.type(`Sáng kiến ${year}`);
    await tabTo(page, `ach-${i}-year`); await typeInto(page, year);
    await tabTo(page, `ach-${i}-scope`); await page.keyboard.type('C'); // Cấp cơ sở
    await tabTo(page, `ach-${i}-applied`); await page.keyboard.type('C'); // Có
  }
  for (const d of ['tu_luc_doan_ket_thi_dua', 'guong_mau_chap_hanh']) { await tabTo(page, `decl-${d}`); await page.keyboard.press('Space'); }
  // From the end of the form, one link to the results.
  const toResults = await page.$eval('.form-end a[href="#results"]', (a) => a.textContent);
  assert.equal(toResults, '↓ Đến kết quả');
  for (let i = 0; i < 30 && (await page.evaluate(() => document.activeElement?.getAttribute('href'))) !== '#results'; i++) await page.keyboard.press('Tab');
  await page.keyboard.press('Enter');
  assert.equal(await page.evaluate(() => document.activeElement?.id), 'results');
  await page.waitForFunction(() => /Có thể đề nghị ngay cho năm 2024: 4/.test(document.getElementById('results-headline')?.textContent));
  // Open the Bằng khen tỉnh criteria with the keyboard.
  for (let i = 0; i < 60; i++) {
    await page.keyboard.press('Tab');
    if (await page.evaluate(() => document.activeElement?.closest('#award-bang_khen_chu_tich_ubnd_tinh') && document.activeElement.tagName === 'SUMMARY')) break;
  }
  await page.keyboard.press('Enter');
  assert.equal(await page.getAttribute('#award-bang_khen_chu_tich_ubnd_tinh details.more', 'open'), '');
  // Back to the toolbar: Shift+Tab to the results' own link, then Enter — not 113 presses.
  const presses = await tabTo(page, 'to-toolbar', { max: 40 }).catch(() => null);
  assert.ok(presses !== null && presses <= 40, `Shift+Tab reaches the toolbar link (${presses})`);
  await page.keyboard.press('Enter');
  assert.equal(await page.evaluate(() => document.activeElement?.id), 'toolbar');
  const toDownload = await tabTo(page, 'download', { max: 5 });
  assert.ok(toDownload <= 5);
  const [download] = await Promise.all([page.waitForEvent('download'), page.keyboard.press('Enter')]);
  assert.match(download.suggestedFilename(), /^tom-tat-khen-thuong-nguyen-thi-hoa-2025-03-01\.json$/);
  assert.deepEqual(page.problems, []);
  await context.close();
});
