// The network's referral settings and its de-identified figures on the coordinator's screen, in
// Chromium against the real hub. Two agencies' devices (in Node, through the app's hub client) publish
// last month's tables as a device computes them (model/referralStats' `networkStats`, suppressed);
// the coordinator, in a browser, reads them added up, changes the settings, and turns a community's
// figures off (OCAP), after which its row is gone and the totals it was part of are hidden.
// Screenshots go to /tmp/shots/figures.
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { COMMUNITIES } from '../../src/data/reference';
import { addMonths, networkStats, type StatsEvent, torontoMonth } from '../../src/model/referralStats';
import { createHubClient } from '../../src/sync/hubClient';
import { axeViolations, CHROMIUM, reviewShot } from './harness';
import { serverAndBrowser } from './lifecycle';

const SHOTS = '/tmp/shots/figures';

const nav = (page: Page, name: string | RegExp) =>
  page.getByRole('navigation', { name: /Main|Principale/ }).getByRole('button', { name, exact: true });

const must = <T>(r: { ok: true; value: T } | { ok: false; error: { message: string } }): T => {
  if (!r.ok) throw new Error(r.error.message);
  return r.value;
};

const events = (month: string, community: string, needs: StatsEvent['needs'], n: number): StatsEvent[] =>
  Array.from({ length: n }, () => ({ community, month, needs, turnAway: null }));

/** Two agencies publish last month: 6 + 7 shelter needs in Timmins, 2 case-worker needs in Moosonee. */
async function publish(url: string, coordinatorToken: string, month: string) {
  const client = createHubClient({ base: new URL(url).origin });
  const scope = { communities: COMMUNITIES.map((c) => c.id), withheld: [] };
  const tables = [
    [...events(month, 'timmins', ['program.safer-shelter'], 6)],
    [
      ...events(month, 'timmins', ['program.safer-shelter'], 7),
      ...events(month, 'moosonee', ['program.case-worker'], 2),
      { community: 'timmins', month, needs: [], turnAway: 'turnaway.full' as const },
    ],
  ];
  for (const [i, counted] of tables.entries()) {
    const agency = must(await client.createAgency(coordinatorToken, `Agency ${i + 1} (test)`));
    const code = must(
      await client.createInvite(coordinatorToken, { role: 'outreach', agencyId: agency.id }),
    ).code;
    const { token } = must(await client.enrol(code, `Outreach ${i + 1} (test)`));
    const [table] = networkStats(counted, scope);
    if (!table) throw new Error('no table');
    expect(must(await client.publishStats(token, table))).toEqual({ status: 'stored' });
  }
}

describe.skipIf(!CHROMIUM)('referral figures on the coordinator’s screen', () => {
  const running = serverAndBrowser();

  it('reads the network’s month added up, hides small figures, changes settings, withholds a community', async () => {
    const { url, coordinatorCode } = running.server;
    const context = await running.browser.newContext({
      locale: 'en-CA',
      viewport: { width: 1280, height: 900 },
    });
    const page = await context.newPage();
    await page.goto(url);
    await page.goto(`${url}#join=${coordinatorCode?.replace('-', '')}`);
    await page.getByRole('form', { name: 'Join a network' }).getByRole('button', { name: 'Join' }).click();
    await page.getByRole('region', { name: 'Network' }).getByText('Coordinator', { exact: true }).waitFor();
    // The coordinator's own token, as the browser keeps it, for the Node side's agencies.
    const token = await page.evaluate(async () => {
      const open = indexedDB.open('circle-of-care');
      const db = await new Promise<IDBDatabase>((resolve, reject) => {
        open.onsuccess = () => resolve(open.result);
        open.onerror = () => reject(open.error);
      });
      const get = db.transaction('meta').objectStore('meta').get('network');
      return new Promise<string>((resolve) => {
        get.onsuccess = () => resolve((get.result as { value: { token: string } }).value.token);
      });
    });
    const month = addMonths(torontoMonth(new Date()), -1);
    await publish(url, token, month);

    await nav(page, 'Network').click();
    const figures = page.getByRole('region', { name: 'Referral figures' });
    await figures.getByText('Agencies counted: 2.').waitFor({ timeout: 15_000 });
    const needs = figures.getByRole('region', { name: 'Needs named' });
    // 6 + 7 shelter needs in Timmins; Moosonee's 2 hidden, and with it every total that holds it.
    await needs.getByText('Safer shelter: 13').first().waitFor();
    expect(await needs.getByText(/^Moosonee: hidden$/).count()).toBe(1);
    expect(await needs.getByText(/^All communities: hidden$/).count()).toBe(1);
    // One turn-away is under 5: hidden.
    const turned = figures.getByRole('region', { name: 'Turned away, by reason' });
    expect(await turned.getByText(/Full, no space: hidden/).count()).toBeGreaterThan(0);
    await reviewShot(page, `${SHOTS}/figures-en-1280.png`, true);
    expect(await axeViolations(page, ['serious', 'critical'], false)).toEqual([]);

    // Settings: peer supporters may send; retention 60 days; an invalid number is refused in words.
    const settings = page.getByRole('region', { name: 'Referrals in this network' });
    await settings.getByRole('checkbox', { name: 'Peer supporters may send referrals' }).check();
    const retention = settings.getByRole('spinbutton', { name: 'Keep referrals at most (days)' });
    await retention.fill('400');
    await settings.getByText('A whole number of days from 1 to 365.').waitFor();
    expect(await settings.getByRole('button', { name: 'Save referral settings' }).isDisabled()).toBe(true);
    await retention.fill('60');
    await settings.getByRole('button', { name: 'Save referral settings' }).click();
    await settings.getByRole('status').getByText('Saved.').waitFor();

    // OCAP: Moosonee's figures turned off. Its row goes; the totals it was in stay hidden.
    const withheld = page.getByRole('region', { name: 'Communities whose figures are turned off' });
    await withheld.getByRole('combobox', { name: 'Community' }).selectOption({ label: 'Moosonee' });
    await withheld.getByRole('button', { name: 'Turn its figures off' }).click();
    await withheld.getByRole('button', { name: 'Count Moosonee again' }).waitFor();
    await page.getByRole('button', { name: 'Refresh' }).click();
    await expect.poll(() => needs.getByText(/^Moosonee:/).count(), { timeout: 10_000 }).toBe(0);
    expect(await needs.getByText(/^All communities: hidden$/).count()).toBe(1);
    await needs.getByText('Safer shelter: 13').first().waitFor();
    // Every total held Moosonee's row: hidden, said once rather than for every need.
    await needs.getByText('Other totals: hidden').waitFor();
    expect(await needs.getByText(/^Dedicated case worker:/).count()).toBe(0);
    await page
      .getByRole('list', { name: 'Audit log' })
      .getByText('Communities’ figures turned off')
      .waitFor();

    // The settings held on the hub.
    const client = createHubClient({ base: new URL(url).origin });
    expect(must(await client.referralSettings(token))).toMatchObject({
      peersMaySend: true,
      retentionDays: 60,
      withheldCommunities: ['moosonee'],
    });

    // French, dark, 320 px: it reads and fits.
    const fr = await running.browser.newContext({
      locale: 'fr-CA',
      colorScheme: 'dark',
      viewport: { width: 320, height: 800 },
    });
    await context.close();
    const small = await fr.newPage();
    await small.goto(url);
    await small.goto(
      `${url}#join=${must(await client.createInvite(token, { role: 'coordinator', agencyId: null })).code.replace('-', '')}`,
    );
    await small
      .getByRole('form', { name: 'Rejoindre un réseau' })
      .getByRole('button', { name: 'Rejoindre' })
      .click();
    await nav(small, 'Réseau').click();
    const chiffres = small.getByRole('region', { name: 'Chiffres des aiguillages' });
    await chiffres.getByText(/^Organismes comptés\s:\s2\.$/).waitFor({ timeout: 15_000 });
    await chiffres
      .getByText(/^Toutes les communautés\s:\smasqué$/)
      .first()
      .waitFor();
    expect(await small.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(320);
    await chiffres.scrollIntoViewIfNeeded();
    await reviewShot(small, `${SHOTS}/figures-fr-dark-320.png`, true);
    await chiffres
      .screenshot({ path: `${SHOTS}/figures-only-fr-dark-320.png`, timeout: 10_000 })
      .catch((error: Error) => console.warn(`screenshot skipped: ${error.message.split('\n')[0]}`));
    expect(await axeViolations(small, ['serious', 'critical'], false)).toEqual([]);
    await fr.close();
  });
});
