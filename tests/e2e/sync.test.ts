// Two devices (two Chromium contexts) in one network, syncing through the real hub: edits of different
// fields of one service made apart both arrive on both (S3); the same field edited on both is kept as a
// conflict for a person (S4), resolved on one device, and the resolution reaches the other. The header
// says what is going on in words throughout (S11).
import { execFileSync } from 'node:child_process';
import { join as joinPath, resolve } from 'node:path';
import Database from 'better-sqlite3';
import type { BrowserContext, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { CHROMIUM } from './harness';
import { serverAndBrowser } from './lifecycle';

const CLI = resolve('dist/server/cli.mjs');

const nav = (page: Page, name: string) =>
  page.getByRole('navigation', { name: 'Main' }).getByRole('button', { name, exact: true });
const status = (page: Page) => page.getByRole('button', { name: /^Sync status: / });
const results = (page: Page) => page.getByRole('region', { name: /^(\d+ services|1 service)$/ });

async function join(context: BrowserContext, url: string, code: string): Promise<Page> {
  const page = await context.newPage();
  await page.goto(`${url}#join=${code.replace('-', '')}`);
  await page.getByRole('form', { name: 'Join a network' }).getByRole('button', { name: 'Join' }).click();
  await page.getByRole('region', { name: 'Network' }).getByText('Coordinator', { exact: true }).waitFor();
  await status(page)
    .and(page.getByRole('button', { name: /Synced/ }))
    .waitFor({ timeout: 30_000 });
  return page;
}

async function openFirstService(page: Page): Promise<string> {
  await nav(page, 'Find').click();
  const first = results(page).getByRole('listitem').first();
  await first.waitFor();
  const name = (await first.getByRole('heading').textContent()) ?? '';
  await first.getByRole('button', { name }).click();
  await page.getByRole('article', { name }).waitFor();
  return name;
}

async function saveAlert(page: Page, text: string): Promise<void> {
  const panel = page.getByRole('region', { name: 'Update this listing' });
  await panel.getByRole('textbox', { name: /^Alert shown on the listing/ }).fill(text);
  await panel.getByRole('button', { name: 'Save alert' }).click();
  await panel.getByText('Saved on this device.', { exact: false }).waitFor();
}

/** "Sync now" in Settings, then back to the service page; waits until nothing is left to send. */
async function syncNow(page: Page, service: string): Promise<void> {
  await nav(page, 'Settings').click();
  await page
    .getByRole('region', { name: 'Sync', exact: true })
    .getByRole('button', { name: 'Sync now' })
    .click();
  await status(page)
    .and(page.getByRole('button', { name: /Synced/ }))
    .waitFor();
  await openService(page, service);
}

async function openService(page: Page, name: string): Promise<void> {
  await nav(page, 'Find').click();
  await page.getByRole('searchbox', { name: 'Search services' }).fill('');
  await results(page).getByRole('listitem').first().getByRole('button', { name }).click();
  await page.getByRole('article', { name }).waitFor();
}

describe.skipIf(!CHROMIUM)('two devices syncing through one hub', () => {
  const running = serverAndBrowser();

  it('merges edits of different fields, keeps a same-field conflict for a person, and spreads the resolution', async () => {
    const { url, coordinatorCode, dataDir } = running.server;
    const invite = execFileSync(
      process.execPath,
      [CLI, 'invite', '--role', 'coordinator', '--data', dataDir],
      {
        encoding: 'utf8',
      },
    );
    const secondCode = /: ([0-9A-Z]{5}-[0-9A-Z]{5})/.exec(invite)?.[1] as string;
    const contextA = await running.browser.newContext({
      locale: 'en-CA',
      viewport: { width: 390, height: 900 },
    });
    const contextB = await running.browser.newContext({
      locale: 'en-CA',
      viewport: { width: 1280, height: 900 },
    });
    const a = await join(contextA, url, coordinatorCode as string);
    const b = await join(contextB, url, secondCode);

    // Different fields of one service, A offline: availability on A, the alert on B.
    const service = await openFirstService(a);
    await openService(b, service);
    await contextA.setOffline(true);
    const panelA = a.getByRole('region', { name: 'Update this listing' });
    await panelA.getByRole('button', { name: 'Full', exact: true }).click();
    await status(a)
      .and(a.getByRole('button', { name: /1 change not sent/ }))
      .waitFor();
    await saveAlert(b, 'Closed Friday (from B)');
    await syncNow(b, service);

    // A's link comes back: the `online` trigger syncs it.
    await contextA.setOffline(false);
    await status(a)
      .and(a.getByRole('button', { name: /Synced/ }))
      .waitFor({ timeout: 20_000 });
    const articleA = a.getByRole('article', { name: service });
    await articleA.getByRole('note').getByText('Closed Friday (from B)').waitFor();
    expect(await panelA.getByRole('button', { name: 'Full', exact: true }).getAttribute('aria-pressed')).toBe(
      'true',
    );
    await syncNow(b, service);
    const panelB = b.getByRole('region', { name: 'Update this listing' });
    await expect
      .poll(() => panelB.getByRole('button', { name: 'Full', exact: true }).getAttribute('aria-pressed'))
      .toBe('true');
    await b
      .getByRole('article', { name: service })
      .getByRole('note')
      .getByText('Closed Friday (from B)')
      .waitFor();

    // The same field on both: B sends first; A's is kept as a conflict for a person.
    await contextA.setOffline(true);
    await saveAlert(a, 'Open late tonight (from A)');
    await saveAlert(b, 'Closed all week (from B)');
    await syncNow(b, service);
    await contextA.setOffline(false);
    const conflictStatus = status(a).and(a.getByRole('button', { name: /1 conflict to resolve/ }));
    await conflictStatus.waitFor({ timeout: 20_000 });
    // Until resolved, A still shows its own text.
    await a
      .getByRole('article', { name: service })
      .getByRole('note')
      .getByText('Open late tonight (from A)')
      .waitFor();

    await conflictStatus.click();
    await a.getByRole('heading', { name: 'Conflicts to resolve', level: 1 }).waitFor();
    const table = a.getByRole('table').first();
    await table.getByText('Open late tonight (from A)').waitFor();
    await table.getByText('Closed all week (from B)').waitFor();
    await a.getByRole('radio', { name: 'Keep mine' }).first().check();
    await a.getByRole('button', { name: 'Save this version' }).click();
    await a.getByText('Nothing to resolve.').waitFor();
    await syncNow(a, service);
    await a
      .getByRole('article', { name: service })
      .getByRole('note')
      .getByText('Open late tonight (from A)')
      .waitFor();

    await syncNow(b, service);
    await b
      .getByRole('article', { name: service })
      .getByRole('note')
      .getByText('Open late tonight (from A)')
      .waitFor();
    await contextA.close();
    await contextB.close();
  });
});

describe.skipIf(!CHROMIUM)('Background Sync with every tab closed', () => {
  const running = serverAndBrowser();

  it('the service worker sends what was left unsent once the link is back, with no tab open', async () => {
    const { url, coordinatorCode, dataDir } = running.server;
    const context = await running.browser.newContext({
      locale: 'en-CA',
      viewport: { width: 390, height: 900 },
    });
    const page = await join(context, url, coordinatorCode as string);
    await page.evaluate(() => navigator.serviceWorker.ready);
    await openFirstService(page);
    await context.setOffline(true);
    await saveAlert(page, 'Sent by the worker');
    // The write trigger's sync fails offline, which registers a Background Sync.
    await status(page)
      .and(page.getByRole('button', { name: /1 change not sent, no connection/ }))
      .waitFor({
        timeout: 15_000,
      });
    const blank = await context.newPage();
    await page.close();
    await context.setOffline(false);

    // No window of the app is open: fire the browser's Background Sync at the worker (as Chromium
    // does when the link returns) and let it run the sync itself.
    const cdp = await context.newCDPSession(blank);
    const registrations = new Promise<string>((resolveId) => {
      cdp.on('ServiceWorker.workerRegistrationUpdated', ({ registrations: list }) => {
        const ours = list.find((r: { scopeURL: string }) => r.scopeURL.startsWith(url));
        if (ours) resolveId(ours.registrationId);
      });
    });
    await cdp.send('ServiceWorker.enable');
    const registrationId = await registrations;
    await cdp.send('ServiceWorker.dispatchSyncEvent', {
      origin: new URL(url).origin,
      registrationId,
      tag: 'circle-of-care-sync',
      lastChance: false,
    });
    const hub = new Database(joinPath(dataDir, 'hub.sqlite'), { readonly: true });
    try {
      await expect
        .poll(
          () => {
            const rows = hub.prepare("SELECT value FROM records WHERE entity = 'service'").all() as Array<{
              value: string;
            }>;
            return rows.some((r) => JSON.parse(r.value).alert === 'Sent by the worker');
          },
          { timeout: 20_000 },
        )
        .toBe(true);
    } finally {
      hub.close();
    }
    await context.close();
  });
});
