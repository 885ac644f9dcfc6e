// The README's screenshots: the worked example at 1280 px and at 360 px.
//   node screenshots.mjs [DIST_DIR] [OUT_DIR]      (defaults: ../../dist, ../../docs)
// PNG, the 1280 px one cut to the first screen, the 360 px one to the top of the results.
import { mkdir } from 'node:fs/promises';
import { resolve } from 'node:path';
import { serve } from './server.mjs';
import { launch } from './helpers.mjs';

const dist = resolve(process.argv[2] ?? '../../dist');
const out = resolve(process.argv[3] ?? '../../docs');
await mkdir(out, { recursive: true });
const server = await serve(dist);
const browser = await launch();
const example = new URL('../../examples/worked-example-bang-khen-tinh.json', import.meta.url).pathname;

async function shot(width, height, file, atResults) {
  const context = await browser.newContext({ viewport: { width, height }, deviceScaleFactor: 1 });
  const page = await context.newPage();
  await page.goto(server.url);
  await page.waitForSelector('.app h1');
  await page.click('#start-dismiss');
  await page.setInputFiles('#load-file', example);
  await page.waitForSelector('#award-bang_khen_chu_tich_ubnd_tinh[data-outcome="eligible"]');
  await page.evaluate(() => document.getElementById('message')?.remove());
  await page.evaluate(() => { document.activeElement?.blur(); window.scrollTo(0, 0); });
  if (atResults) {
    await page.click('#jump-to-results');
    await page.evaluate(() => { document.activeElement?.blur(); window.scrollBy(0, -60); });
  }
  // The app is at most 1200 px wide: the margins are cut to keep the file small.
  const clip = width > 1200 ? { x: (width - 1200) / 2, y: 0, width: 1200, height } : undefined;
  await page.screenshot({ path: `${out}/${file}`, clip });
  await context.close();
}

await shot(1280, 700, 'desktop-1280.png', false);
await shot(360, 740, 'phone-360.png', true);
await browser.close();
await server.close();
console.log(`screenshots written to ${out}`);
