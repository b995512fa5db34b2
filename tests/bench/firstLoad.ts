// What a first visit costs: the JavaScript Chromium fetches before the search box works (gzip, as a
// server or CDN would send it), the sample data apart, and what the service worker precaches.
import { readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { gzipSync } from 'node:zlib';
import type { Browser, Page } from 'playwright-core';
import { waitForServiceWorker } from '../e2e/harness';

export interface FirstLoadResult {
  /** gzip bytes of the app's own JS loaded before the search box showed results. */
  shellJsGzip: number;
  shellJsFiles: string[];
  /** gzip bytes of the sample-directory chunk, fetched on first run only. */
  sampleJsGzip: number;
  cssGzip: number;
  /** From navigation to a search box with results, in ms (first visit, empty cache). */
  usableMs: number;
  precacheEntries: number;
  precacheBytes: number;
  precacheGzip: number;
}

/** A search box, and results under it: the moment the directory is usable. */
async function searchIsUsable(page: Page): Promise<void> {
  await page.getByRole('searchbox', { name: 'Search services' }).waitFor();
  await page
    .getByRole('region', { name: /^\d+ services$/ })
    .getByRole('listitem')
    .first()
    .waitFor();
}

/** A word the sample directory holds (and the names of other services do not all contain). */
const FIRST_QUERY = 'food';

const gz = (body: Buffer) => gzipSync(body, { level: 9 }).length;

export function precacheOf(distApp: string): { entries: number; bytes: number; gzip: number } {
  const sw = readFileSync(join(distApp, 'sw.js'), 'utf8');
  const urls = [...sw.matchAll(/"url":"([^"]+)"/g)].map((m) => m[1] as string);
  let bytes = 0;
  let gzip = 0;
  for (const url of urls) {
    const path = join(distApp, url);
    bytes += statSync(path).size;
    gzip += gz(readFileSync(path));
  }
  return { entries: urls.length, bytes, gzip };
}

export async function measureFirstLoad(
  browser: Browser,
  url: string,
  distApp: string,
): Promise<FirstLoadResult> {
  const context = await browser.newContext({ locale: 'en-CA', viewport: { width: 360, height: 800 } });
  const page = await context.newPage();
  const bodies: Array<Promise<{ url: string; type: string; gzip: number }>> = [];
  page.on('response', (response) => {
    const type = response.request().resourceType();
    if (type !== 'script' && type !== 'stylesheet') return;
    bodies.push(response.body().then((body) => ({ url: response.url(), type, gzip: gz(body) })));
  });
  const start = performance.now();
  await page.goto(url);
  await searchIsUsable(page);
  const usableMs = performance.now() - start;
  // Works, as in: a typed word finds something (the search index is loaded, not only the list).
  const heading = page.locator('#results-title');
  const before = await heading.textContent();
  await page.getByRole('searchbox', { name: 'Search services' }).fill(FIRST_QUERY);
  await page.waitForFunction((was) => {
    const now = document.getElementById('results-title')?.textContent;
    return !!now && now !== was && !!document.querySelector('.results li');
  }, before);
  // What the page asked for up to now; code the app fetches once its first screen works (the other
  // screens, the service worker's registration) waits for the page to be idle, and is not counted.
  // The search worker's script counts: the worker starts as the directory opens its index, before a
  // typed word can find anything (its request is the page's, in both lists below).
  const requested = await page.evaluate(() =>
    // `window.`: in this file `performance` is Node's (imported above); the function is sent as text.
    window.performance.getEntriesByType('resource').map((r) => r.name),
  );
  const loaded = (await Promise.all(bodies)).filter((l) => requested.includes(l.url));
  await context.close();

  const scripts = loaded.filter((l) => l.type === 'script');
  const isSample = (u: string) => /sampleDirectory-/.test(u);
  const precache = precacheOf(distApp);
  return {
    shellJsGzip: scripts.filter((s) => !isSample(s.url)).reduce((n, s) => n + s.gzip, 0),
    shellJsFiles: scripts.filter((s) => !isSample(s.url)).map((s) => new URL(s.url).pathname),
    sampleJsGzip: scripts.filter((s) => isSample(s.url)).reduce((n, s) => n + s.gzip, 0),
    cssGzip: loaded.filter((l) => l.type === 'stylesheet').reduce((n, s) => n + s.gzip, 0),
    usableMs,
    precacheEntries: precache.entries,
    precacheBytes: precache.bytes,
    precacheGzip: precache.gzip,
  };
}

/**
 * First visit online until the service worker controls the page, then the server stopped and the
 * network off: milliseconds from reload to a search box with results.
 */
export async function measureOfflineReload(
  browser: Browser,
  url: string,
  stopServer: () => Promise<void>,
): Promise<number> {
  const context = await browser.newContext({ locale: 'en-CA', viewport: { width: 360, height: 800 } });
  const page = await context.newPage();
  await page.goto(url);
  await page
    .getByRole('region', { name: /^\d+ services$/ })
    .getByRole('listitem')
    .first()
    .waitFor();
  await waitForServiceWorker(page);
  await stopServer();
  await context.setOffline(true);
  const start = performance.now();
  await page.reload();
  await searchIsUsable(page);
  const ms = performance.now() - start;
  await context.close();
  return ms;
}
