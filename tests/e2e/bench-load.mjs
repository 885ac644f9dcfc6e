// Benchmark (not a test): first contentful paint and the time until the form accepts
// input, in headless Chromium throttled to 1.6 Mbit/s, 150 ms round trip and 4× CPU
// slowdown, with the release build served brotli-compressed on 127.0.0.1. Cold cache,
// a fresh context per run; prints the median (min–max) of N runs (default 5) and the bytes
// moved. Then a repeat visit in the same context, once the service worker controls the page
// (same throttling): the time until the form accepts input from its cache.
// With several builds, their runs alternate (A B, B A, A B…), so that a machine whose load
// changes during the benchmark (other builds on the same cores) weighs on each alike.
//   node bench-load.mjs [N] [DIST_DIR...]
// DETAIL=1 prints, per repeat visit, when the page and each asset arrived, the wasm's
// instantiateStreaming and "ready"; REPEAT_WAIT_MS sets the pause before the repeat visit.
// Caveat: Chromium's throttling applies to the page, not to the service worker's own
// fetches, so on a repeat visit the page itself (network-first) comes unthrottled.
import { resolve } from 'node:path';
import { readdir } from 'node:fs/promises';
import { loadavg } from 'node:os';
import { serve } from './server.mjs';
import { launch } from './helpers.mjs';

const N = Number(process.argv[2] ?? 5);
const dists = process.argv.length > 3 ? process.argv.slice(3).map((d) => resolve(d)) : [resolve(process.env.DIST_DIR ?? '../../dist')];
const servers = [];
for (const dist of dists) {
  const server = await serve(dist, { brotli: true });
  // Warm the server's brotli cache first: compressing the wasm at quality 11 takes seconds on
  // a busy machine and would otherwise land in the first run's "form accepts input".
  for (const f of await readdir(dist)) await (await fetch(server.url + f, { headers: { 'accept-encoding': 'br' } })).arrayBuffer();
  servers.push(server);
}
const load0 = loadavg()[0];
const browser = await launch();
const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const spread = (xs) => `${Math.round(median(xs))} ms median (${Math.round(Math.min(...xs))}–${Math.round(Math.max(...xs))})`;

async function run(server) {
  const context = await browser.newContext();
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  await cdp.send('Network.enable');
  await cdp.send('Network.emulateNetworkConditions', { offline: false, latency: 150, downloadThroughput: 1.6e6 / 8, uploadThroughput: 750e3 / 8 });
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });
  let bytes = 0;
  cdp.on('Network.loadingFinished', (e) => { bytes += e.encodedDataLength; });
  await page.addInitScript(() => {
    // The wasm's compile and instantiation (DETAIL=1), timed around the loader's call.
    const original = WebAssembly.instantiateStreaming;
    WebAssembly.instantiateStreaming = async (...args) => {
      const t = performance.now();
      const r = await original.apply(WebAssembly, args);
      window.__wasm = [t, performance.now()];
      return r;
    };
    new MutationObserver((_, obs) => {
      if (document.querySelector('#full_name')) { window.__ready = performance.now(); obs.disconnect(); }
    }).observe(document, { childList: true, subtree: true });
  });
  await page.goto(server.url);
  await page.waitForFunction(() => window.__ready !== undefined, null, { timeout: 120_000 });
  const m = await page.evaluate(() => ({
    fcp: performance.getEntriesByName('first-contentful-paint')[0]?.startTime ?? NaN,
    ready: window.__ready,
  }));
  // Repeat visit: wait until the service worker has cached this release and controls
  // the scope, then load again with the same throttling.
  await page.evaluate(async () => {
    await navigator.serviceWorker.ready;
    for (let i = 0; i < 200 && !(await caches.keys()).length; i++) await new Promise((r) => setTimeout(r, 50));
  });
  // REPEAT_WAIT_MS: how long after the release is cached the repeat visit starts (default 1 s).
  await page.waitForTimeout(Number(process.env.REPEAT_WAIT_MS ?? 1000));
  await page.reload();
  await page.waitForFunction(() => window.__ready !== undefined, null, { timeout: 120_000 });
  const repeat = await page.evaluate(() => {
    // Where the repeat visit's time goes (DETAIL=1 prints it per run): the page's response,
    // and each asset's start and end, from the navigation start.
    const nav = performance.getEntriesByType('navigation')[0];
    const res = performance.getEntriesByType('resource').filter((e) => /\.(wasm|js|css)$/.test(e.name))
      .map((e) => `${e.name.split('/').pop().replace(/-[0-9a-f]{16}/, '')} ${Math.round(e.startTime)}/${Math.round(e.workerStart)}/${Math.round(e.responseStart)}→${Math.round(e.responseEnd)}`);
    const fcp = performance.getEntriesByName('first-contentful-paint')[0]?.startTime;
    return { ready: window.__ready, controlled: !!navigator.serviceWorker.controller,
      detail: `unload ${Math.round(nav.unloadEventStart)}→${Math.round(nav.unloadEventEnd)}, interactive ${Math.round(nav.domInteractive)}, page ${Math.round(nav.workerStart)}/${Math.round(nav.responseStart)}→${Math.round(nav.responseEnd)}, fcp ${Math.round(fcp)}, dcl ${Math.round(nav.domContentLoadedEventEnd)}; ${res.join(', ')}; wasm ${window.__wasm?.map(Math.round).join('→')}, ready ${Math.round(window.__ready)}` };
  });
  if (process.env.DETAIL) console.log(`repeat: ${repeat.detail}`);
  await context.close();
  return { ...m, bytes, repeat: repeat.ready, controlled: repeat.controlled };
}

const runs = dists.map(() => []);
for (let i = 0; i < N; i++) {
  for (let k = 0; k < dists.length; k++) {
    const j = i % 2 ? dists.length - 1 - k : k;
    runs[j].push(await run(servers[j]));
  }
}
console.log(`runs: ${N} (1.6 Mbit/s, 150 ms RTT, CPU 4x, brotli); load average ${load0.toFixed(1)} at start, ${loadavg()[0].toFixed(1)} at end`);
dists.forEach((dist, j) => {
  const r = runs[j];
  if (dists.length > 1) console.log(`== ${dist}`);
  console.log(`first contentful paint (static shell): ${spread(r.map((x) => x.fcp))}`);
  console.log(`form accepts input: ${spread(r.map((x) => x.ready))}`);
  console.log(`bytes transferred: ${median(r.map((x) => x.bytes))}`);
  console.log(`repeat visit (service worker${r.every((x) => x.controlled) ? '' : ', NOT controlling every run'}): form accepts input ${spread(r.map((x) => x.repeat))}`);
});
await browser.close();
for (const s of servers) await s.close();
