// Accessibility, small screens, keyboard use, and storage that is blocked or cleared.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { createRequire } from 'node:module';
import { serve } from './server.mjs';
import { DIST, launch, open, start, fillCstdcsProfile } from './helpers.mjs';

const AXE = createRequire(import.meta.url).resolve('axe-core/axe.min.js');
let server, browser;
before(async () => { server = await serve(DIST); browser = await launch(); });
after(async () => { await browser?.close(); await server?.close(); });

async function axe(page) {
  await page.addScriptTag({ path: AXE });
  return page.evaluate(async () => {
    const r = await window.axe.run(document, { resultTypes: ['violations'] });
    return r.violations.map((v) => `${v.id}: ${v.nodes.length} × ${v.nodes[0]?.target}`);
  });
}

test('axe-core finds no violation in the filled form with an award opened, in both languages', async () => {
  const context = await browser.newContext();
  const page = await open(context, server.url);
  await start(page, server.url);
  await fillCstdcsProfile(page);
  await page.click('#add-achievement');
  await page.click('#add-award');
  await page.click('#award-chien_si_thi_dua_co_so summary');
  assert.deepEqual(await axe(page), []);
  await page.click('#lang-switch');
  await page.waitForSelector('text=Award eligibility checker');
  assert.deepEqual(await axe(page), []);
  await context.close();
});

test('at 360 px wide the page does not scroll sideways and every input keeps a label', async () => {
  const context = await browser.newContext({ viewport: { width: 360, height: 740 } });
  const page = await open(context, server.url);
  await start(page, server.url);
  await fillCstdcsProfile(page);
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
  assert.ok(overflow <= 0, `page is ${overflow}px wider than the screen`);
  const unlabelled = await page.$$eval('input, select', (els) => els.filter((e) => e.type !== 'file' && !(e.labels && e.labels.length) && !e.getAttribute('aria-label')).map((e) => e.id));
  assert.deepEqual(unlabelled, []);
  await context.close();
});

test('the keyboard alone reaches the language switch and the results, with a visible focus', async () => {
  const context = await browser.newContext();
  const page = await open(context, server.url);
  await start(page, server.url);
  let found = false;
  for (let i = 0; i < 12 && !found; i++) {
    await page.keyboard.press('Tab');
    found = await page.evaluate(() => document.activeElement?.id === 'lang-switch');
  }
  assert.ok(found, 'Tab reaches the language switch');
  const outline = await page.evaluate(() => getComputedStyle(document.activeElement).outlineStyle);
  assert.notEqual(outline, 'none', 'the focused control shows an outline');
  await page.keyboard.press('Enter');
  await page.waitForSelector('text=Award eligibility checker');
  await fillCstdcsProfile(page);
  await page.focus('#award-lao_dong_tien_tien summary');
  await page.keyboard.press('Enter');
  assert.equal(await page.getAttribute('#award-lao_dong_tien_tien details.more', 'open'), '');
  await context.close();
});

test('when storage is blocked the app works in memory and says so', async () => {
  const context = await browser.newContext();
  await context.addInitScript(() => {
    Object.defineProperty(window, 'localStorage', { get() { throw new DOMException('blocked', 'SecurityError'); } });
  });
  const page = await open(context, server.url);
  await start(page, server.url);
  await page.waitForSelector('#storage-warning');
  assert.match(await page.textContent('#storage-warning'), /không cho lưu dữ liệu/);
  await fillCstdcsProfile(page);
  await page.waitForSelector('#award-chien_si_thi_dua_co_so[data-outcome="eligible"]');
  await context.close();
});

test('clearing the data on this device asks first, then empties the form and the storage', async () => {
  const context = await browser.newContext();
  const page = await open(context, server.url);
  await start(page, server.url);
  await fillCstdcsProfile(page);
  page.once('dialog', (d) => d.dismiss());
  await page.click('#clear');
  assert.equal(await page.inputValue('#full_name'), 'Nguyễn Văn Bình', 'cancel keeps the data');
  page.once('dialog', (d) => { assert.match(d.message(), /Xoá toàn bộ dữ liệu/); d.accept(); });
  await page.click('#clear');
  await page.waitForFunction(() => document.querySelector('#full_name').value === '');
  await page.reload();
  await page.waitForSelector('.app h1');
  assert.equal(await page.inputValue('#full_name'), '');
  await context.close();
});

test('the calendar shows what is open on the proposal date', async () => {
  const context = await browser.newContext();
  const page = await open(context, server.url);
  await start(page, server.url);
  await page.fill('#proposal_date', '2026-07-14');
  await page.locator('#proposal_date').dispatchEvent('change');
  await page.waitForFunction(() => document.querySelector('#calendar')?.textContent.includes('14/07/2026'));
  const text = await page.textContent('#calendar');
  assert.match(text, /Đang diễn ra[\s\S]*13\/07\/2026 – 15\/07\/2026/);
  assert.match(text, /Sắp tới[\s\S]*Quý IV\/2026/);
  await context.close();
});

test('axe-core finds no violation on every view: first visit, empty, filled with criteria and routes open, errors, English, unit, embed, 360 px', async () => {
  const views = [];
  const check = async (page, name) => { const v = await axe(page); if (v.length) views.push(`${name}: ${v.join('; ')}`); };
  const context = await browser.newContext();
  const page = await open(context, server.url);
  await start(page, server.url);
  await check(page, 'first visit with the start panel, empty form');
  await page.click('#start-dismiss');
  await fillCstdcsProfile(page);
  await page.waitForSelector('#award-chien_si_thi_dua_co_so[data-outcome="eligible"]');
  await page.evaluate(() => document.querySelectorAll('#results details').forEach((d) => { d.open = true; }));
  await check(page, 'filled, every criterion and route open');
  await page.click('#add-year');
  await page.fill('#year-1-year', '2024');
  await page.locator('#year-1-year').dispatchEvent('change');
  await page.waitForSelector('#results-errors');
  await check(page, 'input errors showing');
  await page.click('#lang-switch');
  await page.waitForSelector('text=Award eligibility checker');
  await check(page, 'errors, English');
  await page.click('#mode-unit');
  await page.waitForSelector('#candidates-table, #sec-unit');
  await check(page, 'unit view');
  await context.close();
  for (const [name, opts, url] of [['embed 1280 px', { viewport: { width: 1280, height: 900 } }, '?embed=1'], ['phone 360 px', { viewport: { width: 360, height: 740 } }, '']]) {
    const c = await browser.newContext(opts);
    const p = await open(c, server.url);
    await p.goto(server.url + url);
    await p.waitForSelector('.app h1');
    await fillCstdcsProfile(p);
    await p.waitForSelector('#award-chien_si_thi_dua_co_so[data-outcome="eligible"]');
    await check(p, name);
    await c.close();
  }
  assert.deepEqual(views, []);
});
