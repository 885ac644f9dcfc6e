// Profiler (not a test): where the time of a large unit import goes. Imports N candidates
// (the CSV of bench-unit.mjs) under Chrome's sampling profiler (DevTools protocol) and
// prints self and inclusive time per function, the long tasks, the status line's texts,
// and for every busy stretch (no idle sample for RUNMS ms, default 80) its top functions.
// Build with function names for readable output:
//   WASM_OPT_FLAGS="-Oz -g" scripts/build-release "$PWD/dist-prof"
//   cd tests/e2e && node profile-unit.mjs 10000 ../../dist-prof
// RELOAD=1 profiles the reload (restore from IndexedDB) instead. FILTER=1 profiles the filter and sort steps of bench-unit.mjs instead, with the browser's
// script, style and layout time per step (REPEAT=n: n rounds, each step's times at the end;
// EXTRA_CSS='…' adds a style rule first, to try a layout change); FOCUS=name lists the
// callees under a function.
import { writeFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { serve } from './server.mjs';
import { launch, scratch } from './helpers.mjs';
const N = Number(process.argv[2] ?? 10000);
const dist = resolve(process.argv[3] ?? '../../dist-prof');
const dir = await scratch('prof');
const csv = join(dir, 'unit.csv');
const r = ['HTXSNV', 'HTTNV', 'HTNV', 'HTTNV'];
const rows = ['Họ và tên;Ngày tuyển dụng;Đảng viên;Xếp loại 2020;Xếp loại 2021;Xếp loại 2022;Xếp loại 2023;Xếp loại 2024;Sáng kiến;Đã nhận;Đang bị xem xét;Cam kết'];
for (let i = 0; i < N; i++) rows.push(`Ứng viên ${i};2012-01-01;${i % 2 ? 'có' : 'không'};${r[i % 4]};${r[(i + 1) % 4]};${r[(i + 2) % 4]};${r[(i + 3) % 4]};${r[i % 4]};2023:co_so:có | 2024:tinh:có;chien_si_thi_dua_co_so:2023;không;có`);
await writeFile(csv, rows.join('\n'));
const server = await serve(dist);
const browser = await launch();
const page = await (await browser.newContext()).newPage();
await page.addInitScript(() => {
  window.__long = []; window.__status = [];
  new PerformanceObserver((l) => { for (const e of l.getEntries()) window.__long.push([Math.round(e.startTime), Math.round(e.duration)]); }).observe({ type: 'longtask', buffered: true });
});
await page.goto(server.url);
await page.waitForSelector('.app h1');
await page.click('#mode-unit');
await page.fill('#unit_proposal_date', '2025-03-01');
await page.press('#unit_proposal_date', 'Tab');
await page.evaluate(() => { window.__long = []; window.__t0 = performance.now();
  const o = new MutationObserver(() => { const s = document.querySelector('#candidates-status')?.textContent; if (s !== window.__last) { window.__last = s; window.__status.push([Math.round(performance.now() - window.__t0), s]); } });
  o.observe(document.body, { subtree: true, childList: true, characterData: true }); });
const cdp = await page.context().newCDPSession(page);
await cdp.send('Profiler.enable');
await cdp.send('Profiler.setSamplingInterval', { interval: 1000 });
await cdp.send('Profiler.start');
const t0 = Date.now();
await page.setInputFiles('#import-file', csv);
await page.waitForFunction((n) => { const s = document.querySelector('#candidates-status')?.textContent ?? ''; return s.startsWith(`${n} `) && !s.includes('/'); }, N, { timeout: 600_000, polling: 100 });
console.log('total', Date.now() - t0);
await new Promise((r) => setTimeout(r, 3000));
let profile; ({ profile } = await cdp.send('Profiler.stop'));
if (process.env.RELOAD) {
  // RELOAD=1: the reload after the autosave instead (the unit restored from IndexedDB).
  await page.waitForFunction(() => localStorage.getItem('kiem-tra-khen-thuong/unit/v1/in-db'), null, { timeout: 600_000 });
  await cdp.send('Profiler.start');
  await page.reload();
  await page.waitForFunction((n) => { const s = document.querySelector('#candidates-status')?.textContent ?? ''; return s.startsWith(`${n} `) && !s.includes('/'); }, N, { timeout: 600_000, polling: 100 });
  await new Promise((r) => setTimeout(r, 3000));
  ({ profile } = await cdp.send('Profiler.stop'));
  await page.evaluate(() => { window.__t0 = 0; });
}
if (process.env.FILTER) {
  await new Promise((r) => setTimeout(r, 5000));
  if (process.env.EXTRA_CSS) await page.addStyleTag({ content: process.env.EXTRA_CSS });
  await cdp.send('Profiler.start');
  // The steps of bench-unit.mjs, each timed the same way (input or change event to the
  // next painted frame).
  const timed = (id, value) => page.evaluate(async ([id, value]) => {
    const el = document.querySelector(id);
    const t = performance.now();
    el.value = value;
    el.dispatchEvent(id === '#filter-name' ? new InputEvent('input', { bubbles: true }) : new Event('change', { bubbles: true }));
    await new Promise((r) => requestAnimationFrame(() => setTimeout(r, 0)));
    return Math.round(performance.now() - t);
  }, [id, value]);
  // REPEAT=n runs the steps n times and prints each step's times at the end.
  const all = new Map();
  for (let round = 0; round < Number(process.env.REPEAT ?? 1); round++) for (const [id, v] of [['#filter-name', '9'], ['#filter-name', '99'], ['#filter-name', 'viên 99'], ['#filter-name', 'vien 99'], ['#filter-name', ''],
    ['#filter-award', 'bang_khen_chu_tich_ubnd_tinh'], ['#filter-award', 'lao_dong_tien_tien'], ['#filter-award', ''],
    ['#sort-by', 'name'], ['#sort-by', 'lao_dong_tien_tien'], ['#sort-by', 'input'], ['#sort-by', 'name']]) {
    // With the browser's own counters around each step: script, style and layout time.
    const m = async () => Object.fromEntries((await cdp.send('Performance.getMetrics')).metrics.map((x) => [x.name, x.value]));
    await cdp.send('Performance.enable');
    const a = await m();
    const ms = await timed(id, v);
    const b = await m();
    const d = (k) => Math.round((b[k] - a[k]) * 1000);
    all.set(`${id} ${v}`, [...(all.get(`${id} ${v}`) ?? []), ms]);
    if (!process.env.REPEAT) console.log(id, v, ms, `script ${d('ScriptDuration')} style ${d('RecalcStyleDuration')} layout ${d('LayoutDuration')} ms; nodes ${b.Nodes}; layouts ${b.LayoutCount - a.LayoutCount}`);
  }
  if (process.env.REPEAT) for (const [k, v] of all) console.log(k.padEnd(44), v.join(' '), ` max ${Math.max(...v)}`);
  ({ profile } = await cdp.send('Profiler.stop'));
}
const t0p = await page.evaluate(() => window.__t0);
console.log('long', JSON.stringify(await page.evaluate(() => window.__long.map(([s, d]) => [Math.round(s - window.__t0), d]))));
const st = await page.evaluate(() => window.__status);
console.log('status', st.length, JSON.stringify(st.slice(0, 5)), JSON.stringify(st.slice(-3)));
// self time per function
const byId = new Map(profile.nodes.map((n) => [n.id, n]));
const self = new Map();
const dt = profile.timeDeltas;
for (let i = 0; i < profile.samples.length; i++) {
  const n = byId.get(profile.samples[i]);
  const k = `${n.callFrame.functionName || '(anon)'} ${n.callFrame.url.split('/').pop()}`;
  self.set(k, (self.get(k) ?? 0) + (dt[i] ?? 0) / 1000);
}
const top = [...self].sort((a, b) => b[1] - a[1]).slice(0, 45);
for (const [k, v] of top) console.log(v.toFixed(0).padStart(7), k.slice(0, 150));
// inclusive time for selected names
const parent = new Map();
for (const n of profile.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
const incl = new Map();
for (let i = 0; i < profile.samples.length; i++) {
  let id = profile.samples[i]; const seen = new Set();
  while (id !== undefined) { const n = byId.get(id); const k = n.callFrame.functionName; if (!seen.has(k)) { seen.add(k); incl.set(k, (incl.get(k) ?? 0) + (dt[i] ?? 0) / 1000); } id = parent.get(id); }
}
console.log('--- inclusive');
for (const [k, v] of [...incl].sort((a, b) => b[1] - a[1]).slice(0, 70)) console.log(v.toFixed(0).padStart(7), k.slice(0, 150));
// busy runs (non-idle stretches) over 80 ms: top inclusive functions in each
{
  let runStart = null, runSamples = [];
  let tt = 0; const runs = [];
  for (let i = 0; i < profile.samples.length; i++) {
    tt += dt[i] ?? 0;
    const n = byId.get(profile.samples[i]);
    const idle = n.callFrame.functionName === '(idle)';
    if (!idle) { if (runStart === null) runStart = tt; runSamples.push(i); }
    else if (runStart !== null) { if ((tt - runStart) / 1000 > Number(process.env.RUNMS ?? 80)) runs.push([runStart, tt, runSamples]); runStart = null; runSamples = []; }
  }
  for (const [a, b, smp] of runs) {
    const inc = new Map();
    for (const i of smp) { let id = profile.samples[i]; const seen = new Set(); while (id !== undefined) { const k = byId.get(id).callFrame.functionName; if (!seen.has(k)) { seen.add(k); inc.set(k, (inc.get(k) ?? 0) + (dt[i] ?? 0) / 1000); } id = parent.get(id); } }
    if (process.env.FOCUS) {
      const ch = new Map();
      for (const i of smp) { const stack = []; let id = profile.samples[i]; while (id !== undefined) { stack.push(byId.get(id).callFrame.functionName); id = parent.get(id); }
        const j = stack.findIndex((k) => k.includes(process.env.FOCUS)); if (j > 0) { const k = stack.slice(Math.max(0, j - 3), j).reverse().map((x) => x.slice(0, 60)).join(' > '); ch.set(k, (ch.get(k) ?? 0) + (dt[i] ?? 0) / 1000); } }
      for (const [k, v] of [...ch].sort((x, y) => y[1] - x[1]).slice(0, 8)) console.log('  FOCUS', v.toFixed(0), k);
    }
    console.log(`== busy run at ${(a / 1000).toFixed(0)} ms, ${((b - a) / 1000).toFixed(0)} ms`);
    for (const [k, v] of [...inc].sort((x, y) => y[1] - x[1]).slice(0, Number(process.env.TOPN ?? 14))) console.log('   ', v.toFixed(0).padStart(6), k.slice(0, 130));
  }
}
await browser.close(); await server.close();
