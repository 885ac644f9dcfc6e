// The form (issue 12): errors where they are, dates that cannot be lost, rows that fit,
// and the version-2 controls — what a user does, in headless Chromium.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { createRequire } from 'node:module';
import { join, resolve } from 'node:path';
import { serve } from './server.mjs';
import { DIST, launch, open, start, outcomeOf, fillCstdcsProfile } from './helpers.mjs';

const AXE = createRequire(import.meta.url).resolve('axe-core/axe.min.js');
const WORKED = resolve('../../examples/worked-example-bang-khen-tinh.json');
let server, browser;
before(async () => { server = await serve(DIST); browser = await launch(); });
after(async () => { await browser?.close(); await server?.close(); });

/** Types into a text field and leaves it, as a user does (the form reads a field on change). */
async function type(page, sel, value) {
  await page.fill(sel, value);
  await page.locator(sel).dispatchEvent('change');
}

async function axe(page) {
  await page.addScriptTag({ path: AXE });
  return page.evaluate(async () => {
    const r = await window.axe.run(document, { resultTypes: ['violations'] });
    return r.violations.map((v) => `${v.id}: ${v.nodes.length} × ${v.nodes[0]?.target}`);
  });
}

const activeId = (page) => page.evaluate(() => document.activeElement?.id);

test('Rule book issue 12: an impossible date and a year entered twice are listed in "Có lỗi cần sửa", linked to their fields and said at the fields', async () => {
  const context = await browser.newContext();
  const page = await open(context, server.url);
  await start(page, server.url);
  await fillCstdcsProfile(page);
  // A generous wait: the first evaluation is slow when the test machine is busy.
  await page.waitForSelector('#award-chien_si_thi_dua_co_so[data-outcome="eligible"]', { timeout: 90_000 });
  await type(page, '#recruitment_date', '31/02/2025');
  await page.click('#add-year');
  await type(page, '#year-1-year', '2024');
  await page.waitForSelector('#error-summary');

  // The summary: a heading, each problem in words with the field's own label, as a link.
  assert.equal(await page.textContent('#error-summary h2'), 'Có lỗi cần sửa');
  const items = await page.$$eval('#error-summary li', (lis) => lis.map((li) => li.textContent));
  assert.deepEqual(items, [
    'Mục 1, Ngày tuyển dụng: Ngày 31/02/2025 không tồn tại (không có trên lịch).',
    'Mục 2, dòng 2, Năm: Năm 2024 được nhập hai lần.',
  ]);
  // What was typed stays on screen: the date is not emptied.
  assert.equal(await page.inputValue('#recruitment_date'), '31/02/2025');
  // The same message at the field, tied to it for screen readers.
  assert.equal(await page.textContent('#recruitment_date-error'), 'Lỗi: Ngày 31/02/2025 không tồn tại (không có trên lịch).');
  assert.equal(await page.getAttribute('#recruitment_date', 'aria-invalid'), 'true');
  assert.match(await page.getAttribute('#recruitment_date', 'aria-describedby'), /\brecruitment_date-error\b/);
  assert.equal(await page.getAttribute('#year-1-year', 'aria-invalid'), 'true');
  assert.equal(await page.textContent('#year-1-year-error'), 'Lỗi: Năm 2024 được nhập hai lần.');
  assert.equal(await page.getAttribute('#year-0-year', 'aria-invalid'), null, 'the first 2024 is not marked');
  // The results column says how many problems, instead of going blank.
  assert.match(await page.textContent('#results-errors'), /Số lỗi cần sửa trong biểu mẫu: 2/);
  // No program path anywhere on screen.
  const body = await page.textContent('body');
  assert.doesNotMatch(body, /years\[|person\.|recruitment_date|\[\d+\]\./);

  // Following a link moves the focus to the field.
  await page.click('#error-summary a[href="#year-1-year"]');
  assert.equal(await activeId(page), 'year-1-year');
  await page.click('#error-summary a[href="#recruitment_date"]');
  assert.equal(await activeId(page), 'recruitment_date');
  await page.click('#results-errors a');
  assert.equal(await activeId(page), 'error-summary');

  // axe-core, with the errors showing.
  assert.deepEqual(await axe(page), []);

  // English: the same places and messages in English.
  await page.click('#lang-switch');
  await page.waitForSelector('text=There is a problem');
  const en = await page.$$eval('#error-summary li', (lis) => lis.map((li) => li.textContent));
  assert.deepEqual(en, [
    'Section 1, Recruitment date: The date 31/02/2025 does not exist.',
    'Section 2, row 2, Year: The year 2024 is entered twice.',
  ]);
  assert.deepEqual(await axe(page), []);

  // Fixed: the summary goes and the results come back.
  await type(page, '#recruitment_date', '28/02/2015');
  await type(page, '#year-1-year', '2023');
  await page.waitForSelector('#error-summary', { state: 'detached' });
  await page.waitForSelector('#award-chien_si_thi_dua_co_so[data-outcome="eligible"]');
  assert.equal(await page.inputValue('#recruitment_date'), '28/02/2015');
  assert.deepEqual(page.problems, []);
  await context.close();
});

test('a date typed as text that is no date is kept as typed and explained at the field', async () => {
  const context = await browser.newContext();
  const page = await open(context, server.url);
  await start(page, server.url);
  await type(page, '#proposal_date', '1/3/25');
  await page.waitForSelector('#proposal_date-error');
  assert.equal(await page.inputValue('#proposal_date'), '1/3/25');
  assert.match(await page.textContent('#proposal_date-error'), /"1\/3\/25" không đọc được là một ngày: hãy viết ngày\/tháng\/năm, ví dụ 01\/08\/2015/);
  await type(page, '#proposal_date', '1/3/2025');
  await page.waitForSelector('#proposal_date-error', { state: 'detached' });
  assert.equal(await page.inputValue('#proposal_date'), '01/03/2025');
  await context.close();
});

test('an initiative row with a year but no kind or scope chosen names both fields in "Có lỗi cần sửa" and at the fields', async () => {
  const context = await browser.newContext();
  const page = await open(context, server.url);
  await start(page, server.url);
  await page.click('#add-achievement');
  await type(page, '#ach-0-year', '2024');
  await page.waitForSelector('#error-summary');
  const items = await page.$$eval('#error-summary li', (lis) => lis.map((li) => li.textContent));
  assert.deepEqual(items, [
    'Mục 3, dòng 1, Loại: Chọn loại: sáng kiến hay đề tài, đề án.',
    'Mục 3, dòng 1, Phạm vi: Chọn phạm vi công nhận.',
  ]);
  assert.equal(await page.getAttribute('#ach-0-kind', 'aria-invalid'), 'true');
  assert.equal(await page.textContent('#ach-0-scope-error'), 'Lỗi: Chọn phạm vi công nhận.');
  await page.click('#error-summary a[href="#ach-0-kind"]');
  assert.equal(await activeId(page), 'ach-0-kind');
  // Choosing both clears the errors.
  await page.selectOption('#ach-0-kind', 'sang_kien');
  await page.selectOption('#ach-0-scope', 'co_so');
  await page.waitForSelector('#error-summary', { state: 'detached' });
  await context.close();
});

for (const width of [360, 1280]) {
  test(`at ${width} px each kind of new row starts empty, takes the focus, shows every field without sideways scrolling, and names its row on "Xoá"`, async () => {
    const context = await browser.newContext({ viewport: { width, height: 900 } });
    const page = await open(context, server.url);
    await start(page, server.url);
    await page.selectOption('#party_member', 'true'); // one more field per year row
    const before = await page.textContent('.side');

    await page.click('#add-year');
    assert.equal(await activeId(page), 'year-0-year', 'focus on the new year');
    assert.equal(await page.inputValue('#year-0-year'), '');
    assert.equal(await page.inputValue('#year-0-rating'), '');
    await page.selectOption('#year-0-discipline', 'khien_trach'); // shows the discipline's fields
    await page.selectOption('#year-0-discipline', '');

    await page.click('#add-achievement');
    assert.equal(await activeId(page), 'ach-0-kind');
    assert.equal(await page.inputValue('#ach-0-year'), '');
    assert.equal(await page.inputValue('#ach-0-title'), '');
    for (const f of ['kind', 'scope']) {
      assert.equal(await page.inputValue(`#ach-0-${f}`), '', `no ${f} chosen for the new row`);
      assert.match(await page.textContent(`#ach-0-${f} option:checked`), /— chọn —/);
    }

    await page.click('#add-award');
    assert.equal(await activeId(page), 'award-0-award');
    assert.equal(await page.inputValue('#award-0-award'), '');
    assert.equal(await page.inputValue('#award-0-from'), '');
    assert.equal(await page.inputValue('#award-0-to'), '');
    assert.match(await page.textContent('#award-0-award option:checked'), /— chọn —/);

    // Rows not filled in are no error and change nothing.
    assert.equal(await page.locator('#error-summary').count(), 0);
    assert.equal(await page.textContent('.side'), before, 'empty rows change no result');

    // Every field visible: no sideways scrolling of the page or of a section, every control inside its card.
    await page.selectOption('#year-0-discipline', 'canh_cao');
    const overflow = await page.evaluate(() => {
      const out = [];
      const doc = document.documentElement;
      if (doc.scrollWidth > doc.clientWidth) out.push(`page ${doc.scrollWidth} > ${doc.clientWidth}`);
      for (const id of ['years', 'achievements', 'awards', 'programmes']) {
        const s = document.getElementById(id);
        if (s.scrollWidth > s.clientWidth) out.push(`${id} ${s.scrollWidth} > ${s.clientWidth}`);
        const box = s.getBoundingClientRect();
        for (const c of s.querySelectorAll('input, select, button')) {
          const r = c.getBoundingClientRect();
          if (r.left < box.left - 1 || r.right > box.right + 1) out.push(`${c.id || c.textContent} sticks out of ${id}`);
        }
      }
      return out;
    });
    assert.deepEqual(overflow, []);

    // Each "Xoá" names its row.
    assert.equal(await page.getAttribute('#years button.remove', 'aria-label'), 'Xoá dòng 1');
    await type(page, '#year-0-year', '2024');
    assert.equal(await page.getAttribute('#years button.remove', 'aria-label'), 'Xoá năm 2024');
    assert.equal(await page.getAttribute('#achievements button.remove', 'aria-label'), 'Xoá sáng kiến, đề tài dòng 1');
    assert.equal(await page.getAttribute('#awards button.remove', 'aria-label'), 'Xoá khen thưởng dòng 1');
    assert.deepEqual(page.problems, []);
    await context.close();
  });
}

test('the date continuous work began (labour-contract time) counts for the six months of Lao động tiên tiến', async () => {
  const context = await browser.newContext();
  const page = await open(context, server.url);
  await start(page, server.url);
  assert.match(await page.textContent('label[for=continuous_work_from]'), /Ngày bắt đầu làm việc liên tục tại cơ quan, đơn vị \(kể cả thời gian hợp đồng\)/);
  await type(page, '#recruitment_date', '01/09/2024');
  await type(page, '#proposal_date', '01/03/2025');
  await page.selectOption('#pending', 'false');
  await page.click('#add-year');
  await type(page, '#year-0-year', '2024');
  await page.selectOption('#year-0-rating', 'htt');
  await page.check('#decl-tu_luc_doan_ket_thi_dua');
  await page.waitForSelector('#award-lao_dong_tien_tien[data-outcome="not_eligible"]');
  await type(page, '#continuous_work_from', '01/01/2024');
  await page.waitForSelector('#award-lao_dong_tien_tien[data-outcome="eligible"]');
  await context.close();
});

test('the 2025 campaign fact is asked with Sở Ngoại vụ\'s quota, and answering it makes the campaign Giấy khen reachable', async () => {
  const context = await browser.newContext();
  const page = await open(context, server.url);
  await start(page, server.url);
  await type(page, '#proposal_date', '01/10/2025');
  await page.selectOption('#pending', 'false');
  for (const d of ['dbt_guong_mau_hoc_tap_bac', 'dbt_tich_cuc_trach_nhiem', 'dbt_sang_tao_thanh_tich']) await page.check(`#decl-${d}`);
  // A rated year: until something deciding is entered, every award shows "Chưa nhập".
  await page.click('#add-year');
  await type(page, '#year-0-year', '2025');
  await page.selectOption('#year-0-rating', 'htt');
  const award = 'thi_dua_dac_biet_2025_giay_khen_ca_nhan';
  await page.waitForSelector(`#award-${award}[data-outcome="undetermined"]`);
  assert.match(await page.textContent('#programmes'), /chỉ tiêu theo Kế hoạch của Sở Ngoại vụ/);
  assert.match(await page.textContent('label[for=fact-hoan_thanh_100_nhiem_vu_10_thang_2025]'), /Hoàn thành tốt 100% nhiệm vụ được giao trong 10 tháng đầu năm 2025/);
  await page.selectOption('#fact-hoan_thanh_100_nhiem_vu_10_thang_2025', 'true');
  await page.waitForSelector(`#award-${award}[data-outcome="eligible"]`);
  await page.selectOption('#fact-hoan_thanh_100_nhiem_vu_10_thang_2025', 'false');
  await page.waitForSelector(`#award-${award}[data-outcome="not_eligible"]`);
  await context.close();
});

test('a review period chosen for the 5-year Hồ Chí Minh review replaces the default 2021–2024', async () => {
  const context = await browser.newContext();
  const page = await open(context, server.url);
  await start(page, server.url);
  await type(page, '#proposal_date', '01/03/2025');
  await page.selectOption('#pending', 'false');
  const ratings = [['2021', 'htxs'], ['2022', 'htxs'], ['2023', 'htt'], ['2024', 'htt']];
  for (const [i, [y, r]] of ratings.entries()) {
    await page.click('#add-year');
    await type(page, `#year-${i}-year`, y);
    await page.selectOption(`#year-${i}-rating`, r);
  }
  await page.waitForSelector('#award-hcm_so_ket_5_nam[data-outcome="eligible"]');
  assert.match(await page.textContent('#review-hcm_so_ket_5_nam'), /Mặc định: 2021–2024/);
  await type(page, '#review-hcm_so_ket_5_nam-from', '2023');
  await type(page, '#review-hcm_so_ket_5_nam-to', '2024');
  await page.waitForSelector('#award-hcm_so_ket_5_nam[data-outcome="not_eligible"]');
  await type(page, '#review-hcm_so_ket_5_nam-from', '');
  await type(page, '#review-hcm_so_ket_5_nam-to', '');
  await page.waitForSelector('#award-hcm_so_ket_5_nam[data-outcome="eligible"]');
  await context.close();
});

test('an initiative marked as already used, and a Bằng khen received with a decision date and no period, change the worked example\'s Bằng khen tỉnh', async () => {
  const context = await browser.newContext();
  const page = await open(context, server.url);
  page.on('dialog', (d) => d.accept());
  await start(page, server.url);
  await page.setInputFiles('#load-file', WORKED);
  const bk = 'bang_khen_chu_tich_ubnd_tinh';
  await page.waitForSelector(`#award-${bk}[data-outcome="eligible"]`);
  // Rule book §2a.4: an initiative used for another form does not count again.
  await page.selectOption('#ach-0-used', 'giay_khen');
  assert.equal(await page.inputValue('#ach-0-used-year'), '2023', 'the year defaults to the initiative\'s');
  await page.waitForFunction((id) => document.getElementById(id)?.dataset.outcome !== 'eligible', `award-${bk}`);
  await page.selectOption('#ach-0-used', '');
  await page.waitForSelector(`#award-${bk}[data-outcome="eligible"]`);
  // Rule book §2a.6: a decision with no period — the next window starts the year after the decision.
  await page.click('#add-award');
  await page.selectOption('#award-0-award', bk);
  await page.waitForSelector('#error-summary'); // neither a period nor a decision date yet
  await type(page, '#award-0-date', '15/03/2024');
  await page.waitForSelector('#error-summary', { state: 'detached' });
  await page.waitForSelector(`#award-${bk}[data-outcome="not_eligible"]`);
  assert.deepEqual(page.problems, []);
  await context.close();
});

test('the unit form asks about mass organisations and then their yearly rating, and labels the party organisation\'s rating as such', async () => {
  const context = await browser.newContext();
  const page = await open(context, server.url);
  await start(page, server.url);
  await page.click('#mode-unit');
  await page.waitForSelector('#unit_name');
  await page.selectOption('#unit_party', 'true');
  await page.click('#add-year');
  assert.equal(await activeId(page), 'year-0-year');
  assert.equal(await page.textContent('label[for=year-0-party]'), 'Xếp loại tổ chức đảng');
  assert.equal(await page.locator('#year-0-mass').count(), 0);
  await page.selectOption('#unit_mass', 'true');
  await page.waitForSelector('#year-0-mass');
  assert.match(await page.textContent('label[for=year-0-mass]'), /Xếp loại các tổ chức đoàn thể/);
  assert.match(await page.textContent('#declarations .hint'), /đúng với tập thể/);
  assert.doesNotMatch(await page.textContent('.form'), /\bbạn\b/);
  assert.deepEqual(await axe(page), []);
  await context.close();
});
