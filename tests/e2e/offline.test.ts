// The installable offline app in a real Chromium: first visit online, then the server stopped and the
// network off; the app still opens, searches, shows a service and switches language. No request
// leaves the origin, no CSP rule is broken, axe finds nothing serious, and quick exit leaves no way
// Back into the app.
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PROTOCOL_VERSION } from '../../src/protocol';
import {
  CHROMIUM,
  launchBrowser,
  type RunningServer,
  seriousAxeViolations,
  startServer,
  waitForServiceWorker,
} from './harness';

const NEUTRAL = 'https://neutral.example/';

async function watch(context: BrowserContext, origin: string) {
  const foreign: string[] = [];
  context.on('request', (request) => {
    const url = request.url();
    if (!url.startsWith(origin) && !url.startsWith(NEUTRAL)) foreign.push(url);
  });
  await context.addInitScript(() => {
    const w = window as unknown as { cspViolations: string[] };
    w.cspViolations = [];
    document.addEventListener('securitypolicyviolation', (e) =>
      w.cspViolations.push(`${e.violatedDirective} ${e.blockedURI}`),
    );
  });
  return foreign;
}

async function cspViolations(page: Page): Promise<string[]> {
  return page.evaluate(() => (window as unknown as { cspViolations: string[] }).cspViolations);
}

const results = (page: Page) => page.getByRole('region', { name: /^(\d+ services?|\d+ services)$/ });

describe.skipIf(!CHROMIUM)('offline, private and accessible', () => {
  let server: RunningServer;
  let browser: Browser;

  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
    await server?.stop();
  });

  it('works offline after one visit, stays on its origin, passes axe, and quick exit leaves for good', async () => {
    server = await startServer();
    const origin = new URL(server.url).origin;
    const context = await browser.newContext({ locale: 'en-CA', viewport: { width: 390, height: 844 } });
    await context.route(`${NEUTRAL}**`, (route) =>
      route.fulfill({ contentType: 'text/html', body: '<!doctype html><title>Weather</title><p>Sunny</p>' }),
    );
    const foreign = await watch(context, origin);
    const page = await context.newPage();

    // First visit, online: the app loads its sample and the service worker takes control.
    await page.goto(server.url);
    await results(page).getByRole('listitem').first().waitFor();
    await waitForServiceWorker(page);

    // The navigation fallback never answers the API or HSDS routes with the app shell.
    const api = await page.request.get(`${origin}/api/health`);
    expect(await api.json()).toEqual({ ok: true, protocol: PROTOCOL_VERSION });

    // Choose the neutral site for quick exit (Settings), while online.
    await page.getByRole('navigation', { name: 'Main' }).getByRole('button', { name: 'Settings' }).click();
    await page.getByRole('textbox', { name: 'Site to show when leaving quickly' }).fill(NEUTRAL);
    await page.getByRole('button', { name: 'Save site' }).click();
    await page.getByText('Saved.', { exact: true }).waitFor();
    expect(await seriousAxeViolations(page)).toEqual([]);

    // No network at all: the server stops and the browser goes offline.
    await server.stop();
    await context.setOffline(true);
    const start = Date.now();
    await page.reload();
    const box = page.getByRole('searchbox', { name: 'Search services' });
    await box.waitFor();
    await results(page).getByRole('listitem').first().waitFor();
    console.warn(`offline reload to a usable search box: ${Date.now() - start} ms`);

    await box.fill('counselling');
    await expect.poll(async () => results(page).getByRole('listitem').count()).toBeGreaterThan(0);
    await page.getByText('More filters', { exact: true }).click();
    expect(await seriousAxeViolations(page)).toEqual([]);

    const first = results(page).getByRole('listitem').first();
    const name = (await first.getByRole('heading').textContent()) ?? '';
    await first.getByRole('button', { name }).click();
    await page.getByRole('article', { name }).getByRole('heading', { name: 'Before you go' }).waitFor();
    expect(await seriousAxeViolations(page)).toEqual([]);

    await page.getByRole('button', { name: 'Afficher en français' }).click();
    await page.getByRole('heading', { name: 'Avant de vous y rendre' }).waitFor();
    await page.evaluate(() => {
      document.documentElement.dataset.theme = 'dark';
    });
    expect(await seriousAxeViolations(page)).toEqual([]);

    // Privacy: nothing of the search, the service or the filters in the address or the title.
    expect(page.url()).toBe(`${origin}/`);
    expect(await page.title()).toBe('Circle of Care');
    expect(foreign).toEqual([]);
    expect(await cspViolations(page)).toEqual([]);

    // Quick exit (Escape twice): the neutral site replaces the app, and Back does not return to it.
    await context.setOffline(false);
    await page.keyboard.press('Escape');
    await page.keyboard.press('Escape');
    await page.waitForURL(NEUTRAL);
    expect(await page.title()).toBe('Weather');
    await page.goBack().catch(() => null);
    expect(page.url().startsWith(origin)).toBe(false);
    await context.close();
  });

  it('Escape closes an open dialog first; the quick exit button leaves at once', async () => {
    server = await startServer();
    const context = await browser.newContext({ locale: 'en-CA' });
    await context.route(`${NEUTRAL}**`, (route) =>
      route.fulfill({ contentType: 'text/html', body: '<!doctype html><title>Weather</title>' }),
    );
    const page = await context.newPage();
    await page.goto(server.url);
    await results(page).getByRole('listitem').first().waitFor();
    await page.getByRole('navigation', { name: 'Main' }).getByRole('button', { name: 'Settings' }).click();
    await page.getByRole('textbox', { name: 'Site to show when leaving quickly' }).fill(NEUTRAL);
    await page.getByRole('button', { name: 'Save site' }).click();

    // Blank whenever hidden, when asked: the app switcher's screenshot shows nothing.
    await page.getByRole('checkbox', { name: /Blank the screen whenever the app is hidden/ }).check();
    const setVisibility = (state: 'hidden' | 'visible') =>
      page.evaluate((value) => {
        Object.defineProperty(document, 'visibilityState', { value, configurable: true });
        document.dispatchEvent(new Event('visibilitychange'));
        return document.documentElement.classList.contains('veiled');
      }, state);
    expect(await setVisibility('hidden')).toBe(true);
    expect(await setVisibility('visible')).toBe(false);

    await page.getByRole('button', { name: 'Wipe this device…' }).click();
    const dialog = page.getByRole('dialog', { name: 'Wipe this device?' });
    await dialog.waitFor();
    await page.keyboard.press('Escape');
    await dialog.waitFor({ state: 'hidden' });
    await page.keyboard.press('Escape');
    await page.waitForTimeout(300);
    expect(page.url().startsWith(server.url)).toBe(true);

    await page.getByRole('button', { name: 'Quick exit' }).click();
    await page.waitForURL(NEUTRAL);
    await context.close();
    await server.stop();
  });

  it('wipes the device: the database in every tab, the caches and the service worker', async () => {
    server = await startServer();
    const context = await browser.newContext({ locale: 'en-CA' });
    const page = await context.newPage();
    await page.goto(server.url);
    await results(page).getByRole('listitem').first().waitFor();
    await waitForServiceWorker(page);
    const other = await context.newPage();
    await other.goto(server.url);
    await results(other).getByRole('listitem').first().waitFor();

    await page.getByRole('navigation', { name: 'Main' }).getByRole('button', { name: 'Settings' }).click();
    await page.getByRole('button', { name: 'Wipe this device…' }).click();
    // Online, the hub's answer clears the HTTP cache too (the service worker leaves the POST alone).
    const cleared = page.waitForResponse((r) => new URL(r.url()).pathname === '/api/clear-site-data');
    await page
      .getByRole('dialog', { name: 'Wipe this device?' })
      .getByRole('button', { name: 'Wipe everything' })
      .click();
    await page.getByRole('heading', { name: 'This device was wiped' }).waitFor();
    const answer = await cleared;
    expect(answer.request().method()).toBe('POST');
    expect(answer.status()).toBe(204);
    expect((await answer.allHeaders())['clear-site-data']).toBe('"cache", "storage"');
    expect(answer.fromServiceWorker()).toBe(false);

    await other.getByText('The app was updated or wiped in another tab. Reload to continue.').waitFor();
    const left = await page.evaluate(async () => ({
      databases: (await indexedDB.databases()).map((d) => d.name),
      caches: await caches.keys(),
      workers: (await navigator.serviceWorker.getRegistrations()).length,
      settings: localStorage.length,
    }));
    expect(left).toEqual({ databases: [], caches: [], workers: 0, settings: 0 });
    await context.close();
    await server.stop();
  });
});
