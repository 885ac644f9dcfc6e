// Not a test: renders page 1 of the printed achievement report of the worked example
// (examples/worked-example-bang-khen-tinh.json) from the release build, as shown in the README.
//   node report-image.mjs [DIST_DIR] [OUT_PNG]     then: pdftoppm -png -r 60 (poppler-utils)
import { writeFile } from 'node:fs/promises';
import { execFileSync } from 'node:child_process';
import { join, resolve } from 'node:path';
import { serve } from './server.mjs';
import { launch, scratch } from './helpers.mjs';

const dist = resolve(process.argv[2] ?? process.env.DIST_DIR ?? '../../dist');
const out = resolve(process.argv[3] ?? '../../docs/bao-cao-thanh-tich-trang-1.png');
const server = await serve(dist);
const browser = await launch();
const page = await browser.newPage();
await page.goto(server.url);
await page.waitForSelector('.app h1');
await page.setInputFiles('#load-file', resolve('../../examples/worked-example-bang-khen-tinh.json'));
await page.waitForSelector('#award-bang_khen_chu_tich_ubnd_tinh[data-outcome]');
const dir = await scratch('image');
const pdf = join(dir, 'bao-cao.pdf');
await writeFile(pdf, await page.pdf({ preferCSSPageSize: true }));
execFileSync('pdftoppm', ['-png', '-r', '60', '-f', '1', '-l', '1', '-singlefile', pdf, out.replace(/\.png$/, '')]);
console.log(`${out}: page 1 of ${execFileSync('pdfinfo', [pdf], { encoding: 'utf8' }).match(/Pages:\s+(\d+)/)[1]}`);
await browser.close();
await server.close();
