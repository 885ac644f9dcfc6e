// Shared set-up for the end-to-end tests: Debian's chromium through playwright-core,
// with every console error, page error, failed response and foreign request recorded.
import { chromium } from 'playwright-core';
import { mkdtemp } from 'node:fs/promises';
import { rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

export const DIST = resolve(process.env.DIST_DIR ?? '../../dist');

const scratchDirs = [];
process.on('exit', () => { for (const d of scratchDirs) rmSync(d, { recursive: true, force: true }); });

/** A fresh temporary folder `kt-TAG-…`, removed when the process ends. */
export async function scratch(tag) {
  const dir = await mkdtemp(join(tmpdir(), `kt-${tag}-`));
  scratchDirs.push(dir);
  return dir;
}

export async function launch() {
  return chromium.launch({
    executablePath: '/usr/bin/chromium',
    headless: true,
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
      '--disable-background-networking', '--disable-component-update', '--disable-sync'],
  });
}

/** A page that records problems in `page.problems`. */
export async function open(context, base) {
  const page = await context.newPage();
  const origin = new URL(base).origin;
  page.problems = [];
  page.on('console', (m) => { if (m.type() === 'error') page.problems.push(`console: ${m.text()}`); });
  page.on('pageerror', (e) => page.problems.push(`pageerror: ${e.message}`));
  page.on('request', (r) => {
    const u = r.url();
    if (!u.startsWith(origin) && !u.startsWith('data:') && !u.startsWith('blob:')) page.problems.push(`foreign request: ${u}`);
  });
  page.on('response', (r) => { if (r.status() >= 400) page.problems.push(`HTTP ${r.status()}: ${r.url()}`); });
  return page;
}

export async function start(page, base) {
  await page.goto(base);
  await page.waitForSelector('.app h1');
}

export const outcomeOf = (page, award) => page.getAttribute(`#award-${award}`, 'data-outcome');

/** Fills the form for a civil servant rated htxs in 2024 with everything declared. */
export async function fillCstdcsProfile(page) {
  await page.fill('#full_name', 'Nguyễn Văn Bình');
  await page.fill('#recruitment_date', '2015-03-01');
  await page.locator('#recruitment_date').dispatchEvent('change');
  await page.fill('#proposal_date', '2025-03-01');
  await page.locator('#proposal_date').dispatchEvent('change');
  await page.selectOption('#pending', 'false');
  await page.click('#add-year');
  await page.fill('#year-0-year', '2024');
  await page.locator('#year-0-year').dispatchEvent('change');
  await page.selectOption('#year-0-rating', 'htxs');
  await page.check('#decl-tu_luc_doan_ket_thi_dua');
}

/** Waits until the async `check(arg)` is true in the page. Not page.waitForFunction: it does
 * not await a promise (always truthy), so an async predicate would return at once. */
export const until = async (page, check, arg) => {
  for (const end = Date.now() + 30_000; !(await page.evaluate(check, arg));) {
    if (Date.now() > end) throw new Error(`timed out waiting for ${check}`);
    await new Promise((r) => setTimeout(r, 50));
  }
};
