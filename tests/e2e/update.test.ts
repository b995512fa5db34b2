// Updates: a new version of the app is offered, never forced; it takes over only when the person
// says so, and the page then reloads once onto it.
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CHROMIUM, launchBrowser, type RunningServer, startServer, waitForServiceWorker } from './harness';

describe.skipIf(!CHROMIUM)('updates', () => {
  let server: RunningServer;
  let browser: Browser;
  let root: string;

  beforeAll(async () => {
    // Serve a copy of the build, so that the test can publish a "new version" of it.
    root = mkdtempSync(join(tmpdir(), 'circle-update-'));
    cpSync(resolve('dist/app'), root, { recursive: true });
    server = await startServer({ STATIC_ROOT: root });
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
    await server?.stop();
    rmSync(root, { recursive: true, force: true });
  });

  it('offers the new version when it is published and applies it only on consent', async () => {
    const context = await browser.newContext({ locale: 'en-CA' });
    const page = await context.newPage();
    await page.goto(server.url);
    await page.getByRole('searchbox', { name: 'Search services' }).waitFor();
    await waitForServiceWorker(page);
    const firstWorker = await page.evaluate(() => navigator.serviceWorker.controller?.scriptURL);

    // Publish a new version: the service worker's bytes change (as a new build's precache list would).
    const sw = join(root, 'sw.js');
    writeFileSync(sw, `${readFileSync(sw, 'utf8')}\n// version 2\n`);
    // The app checks again when it regains focus.
    await page.evaluate(() => window.dispatchEvent(new Event('focus')));

    const offer = page.getByRole('status').filter({ hasText: 'A new version of the app is ready.' });
    await offer.waitFor();
    // Not applied behind the person's back: the old worker still controls the page.
    await page.waitForTimeout(500);
    expect(await page.evaluate(() => navigator.serviceWorker.controller?.scriptURL)).toBe(firstWorker);
    const waiting = await page.evaluate(async () =>
      Boolean((await navigator.serviceWorker.getRegistration())?.waiting),
    );
    expect(waiting).toBe(true);

    await Promise.all([page.waitForEvent('load'), offer.getByRole('button', { name: 'Update now' }).click()]);
    await page.getByRole('searchbox', { name: 'Search services' }).waitFor();
    const after = await page.evaluate(async () => {
      const registration = await navigator.serviceWorker.getRegistration();
      return {
        waiting: Boolean(registration?.waiting),
        controlled: Boolean(navigator.serviceWorker.controller),
      };
    });
    expect(after).toEqual({ waiting: false, controlled: true });
    expect(await page.getByText('A new version of the app is ready.').count()).toBe(0);
    await context.close();
  });
});
