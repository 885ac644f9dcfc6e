// Ready for the province portal: any sub-path, a strict CSP, offline after one visit,
// embedding in a sandboxed iframe on another origin, and the download budget.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { readFile, readdir } from 'node:fs/promises';
import { join } from 'node:path';
import { brotliCompressSync, constants } from 'node:zlib';
import { serve, host } from './server.mjs';
import { DIST, launch, open, start, fillCstdcsProfile } from './helpers.mjs';

export const CSP = "default-src 'self'; script-src 'self' 'wasm-unsafe-eval'; style-src 'self'";
export const SANDBOX = 'allow-scripts allow-same-origin allow-downloads allow-modals';
let browser;
before(async () => { browser = await launch(); });
after(async () => { await browser?.close(); });

test('the release build (Trunk) has no inline script or style, relative content-hashed asset names and minified JS and CSS', async () => {
  // Static checks of what `scripts/build-release` (trunk build --release + scripts/trunk-post-build)
  // wrote; the CSP, sub-path and offline tests below check the same build in the browser.
  const html = await readFile(join(DIST, 'index.html'), 'utf8');
  assert.doesNotMatch(html, /<script(?![^>]*\ssrc=)[^>]*>/, 'no inline script (Trunk\'s own loader is replaced by boot-….js)');
  assert.doesNotMatch(html, /<style[\s>]|\sstyle="/, 'no inline style');
  assert.doesNotMatch(html, /data-trunk|integrity=/, 'every Trunk link processed, no stale integrity hash');
  const refs = [...html.matchAll(/(?:href|src)="([^"]+)"/g)].map((m) => m[1]);
  for (const r of refs) assert.doesNotMatch(r, /^(\/|[a-z]+:)/i, `relative URL (sub-path safe): ${r}`);
  const named = (re) => refs.find((r) => re.test(r));
  const glue = named(/^\.\/app-[0-9a-f]{8,}\.js$/);
  const wasm = named(/^\.\/app-[0-9a-f]{8,}_bg\.wasm$/);
  const css = named(/^\.\/app-[0-9a-f]{8,}\.css$/);
  const boot = named(/^\.\/boot-[0-9a-f]{8,}\.js$/);
  assert.ok(glue && wasm && css && boot, `content-hashed glue, wasm, CSS and loader named in the page: ${refs}`);
  assert.match(html, /<link rel="modulepreload" href="\.\/app-[0-9a-f]+\.js"/, 'the glue is preloaded');
  assert.match(html, /<link rel="preload" href="\.\/app-[0-9a-f]+_bg\.wasm" as="fetch" type="application\/wasm" crossorigin/, 'the wasm is preloaded with the mode the loader fetches it in');
  for (const f of [glue, css, boot, './sw.js']) {
    const text = await readFile(join(DIST, f), 'utf8');
    assert.ok(text.split('\n').length <= 3 && !/\n\s{2,}\S/.test(text), `${f} is minified`);
  }
});

test('the release build works under a sub-path such as /khen-thuong/', async () => {
  const server = await serve(DIST, { prefix: '/khen-thuong/' });
  const context = await browser.newContext();
  const page = await open(context, server.url);
  await start(page, server.url);
  await fillCstdcsProfile(page);
  await page.waitForSelector('#award-chien_si_thi_dua_co_so[data-outcome="eligible"]');
  assert.deepEqual(page.problems, []);
  await context.close();
  await server.close();
});

test('served with a strict Content-Security-Policy the app runs with no violation', async () => {
  const server = await serve(DIST, { headers: { 'Content-Security-Policy': CSP } });
  const context = await browser.newContext({ acceptDownloads: true });
  await context.addInitScript(() => {
    window.__csp = [];
    document.addEventListener('securitypolicyviolation', (e) => window.__csp.push(`${e.violatedDirective} ${e.blockedURI}`));
  });
  const page = await open(context, server.url);
  await start(page, server.url);
  await fillCstdcsProfile(page);
  await page.waitForSelector('#award-chien_si_thi_dua_co_so[data-outcome="eligible"]');
  const [download] = await Promise.all([page.waitForEvent('download'), page.click('#download')]);
  assert.ok(download.suggestedFilename().endsWith('.json'));
  await page.click('#mode-unit');
  await page.waitForSelector('#sec-candidates');
  assert.deepEqual(await page.evaluate(() => window.__csp), []);
  assert.deepEqual(page.problems, []);
  await context.close();
  await server.close();
});

test('after one visit the app starts offline and keeps its data', async () => {
  const server = await serve(DIST);
  const context = await browser.newContext();
  const page = await open(context, server.url);
  await start(page, server.url);
  await page.evaluate(() => navigator.serviceWorker.ready);
  await fillCstdcsProfile(page);
  await page.waitForSelector('#award-chien_si_thi_dua_co_so[data-outcome="eligible"]');
  await context.setOffline(true);
  page.problems.length = 0;
  await page.reload();
  await page.waitForSelector('.app h1');
  assert.equal(await page.inputValue('#full_name'), 'Nguyễn Văn Bình');
  assert.equal(await page.getAttribute('#award-chien_si_thi_dua_co_so', 'data-outcome'), 'eligible');
  assert.deepEqual(page.problems.filter((p) => !p.startsWith('foreign')), []);
  await context.close();
  await server.close();
});

test('embedded in a sandboxed iframe on another origin: no header, height sent, storage and download work', async () => {
  const server = await serve(DIST);
  const portal = await host(`${server.url}?embed=1`, SANDBOX);
  const context = await browser.newContext({ acceptDownloads: true });
  const page = await context.newPage();
  const problems = [];
  page.on('console', (m) => { if (m.type() === 'error') problems.push(m.text()); });
  await page.goto(portal.url);
  const frame = page.frameLocator('#app');
  await frame.locator('.app').waitFor();
  assert.equal(await frame.locator('.subtitle').count(), 0, 'no page header in embed mode');
  await page.waitForFunction(() => window.heights.length > 0 && window.heights.at(-1) > 300);
  const sized = await page.evaluate(() => document.getElementById('app').getBoundingClientRect().height);
  assert.ok(sized > 300, `the iframe grew to ${sized}px`);
  await frame.locator('#full_name').fill('Lý Thị Mai');
  await frame.locator('#full_name').dispatchEvent('change');
  const [download] = await Promise.all([page.waitForEvent('download'), frame.locator('#download').click()]);
  assert.match(download.suggestedFilename(), /^tom-tat-khen-thuong-ly-thi-mai-/);
  await page.reload();
  await page.frameLocator('#app').locator('.app').waitFor();
  assert.equal(await page.frameLocator('#app').locator('#full_name').inputValue(), 'Lý Thị Mai', 'storage works inside the iframe');
  assert.deepEqual(problems, []);
  const readme = await readFile(new URL('../../README.md', import.meta.url), 'utf8');
  assert.ok(readme.includes(`sandbox="${SANDBOX}"`), 'the README documents the same sandbox attributes');
  await context.close();
  await portal.close();
  await server.close();
});

// The budget is 220,000 B brotli for the whole release build (issue 13). Sessions 4–5 ran
// over it (242,213 B, then 236,420 B) under an interim ceiling; session 6 brought it back
// under (the browser reads and writes JSON without serde), so the test holds the budget itself.
const BUDGET = 220_000;

test('the whole release build stays within the 220 kB brotli budget (issue 13)', async () => {
  // Sizes, not times: brotli at quality 11 is deterministic (the same bytes as
  // `scripts/size-report`). A change that crosses the budget fails here, not on a slow phone.
  let total = 0;
  const sizes = [];
  for (const f of await readdir(DIST)) {
    const raw = await readFile(join(DIST, f));
    const br = brotliCompressSync(raw, { params: { [constants.BROTLI_PARAM_QUALITY]: 11, [constants.BROTLI_PARAM_SIZE_HINT]: raw.length } }).length;
    sizes.push(`${f} ${br}`);
    total += br;
  }
  assert.ok(sizes.some((s) => s.includes('_bg.wasm')), 'the build holds the wasm');
  console.log(`# size: ${total} B brotli, ${BUDGET - total} B under the ${BUDGET} B budget`);
  assert.ok(total <= BUDGET, `total ${total} B brotli over the ${BUDGET} B budget:\n${sizes.join('\n')}`);
});
