// A referral between two agencies in Chromium, against the real hub: a coordinator (in Node, through
// the app's hub client) makes two agencies and their invites, and an editor of the receiving agency
// lists a service. Two browsers join, each sets an app lock (required before referrals); the first
// refers someone to the listed service from its page; the second receives it, reads it and accepts
// with a note; the first sees the answer. Screenshots of the form and the screen go to
// /tmp/shots/referrals.
import type { Browser, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { uuidv7 } from '../../src/model/ids';
import { createHubClient } from '../../src/sync/hubClient';
import { sampleOrganization, sampleService } from '../fixtures/records';
import { axeViolations, CHROMIUM, reviewShot, seriousAxeViolations } from './harness';
import { serverAndBrowser } from './lifecycle';

const SHOTS = '/tmp/shots/referrals';
const PASSPHRASE = 'river stones under the birch trees';
const SERVICE_NAME = 'Safe Beds North (test)';
const SERVICE_NAME_FR = 'Lits sûrs Nord (essai)';

const nav = (page: Page, name: string) =>
  page.getByRole('navigation', { name: 'Main' }).getByRole('button', { name, exact: true });

/** The coordinator's work, done in Node: two agencies, three invites, one listed service. */
async function network(url: string, coordinatorCode: string) {
  const client = createHubClient({ base: new URL(url).origin });
  const must = <T>(r: { ok: true; value: T } | { ok: false; error: { message: string } }): T => {
    if (!r.ok) throw new Error(r.error.message);
    return r.value;
  };
  const { token } = must(await client.enrol(coordinatorCode, 'Coordinator (test)'));
  const sending = must(await client.createAgency(token, 'Timmins Outreach (test)'));
  const receiving = must(await client.createAgency(token, 'Shelter North (test)'));
  const invite = async (role: 'outreach' | 'editor', agencyId: string) =>
    must(await client.createInvite(token, { role, agencyId })).code;
  const editor = must(await client.enrol(await invite('editor', receiving.id), 'Editor (test)'));
  const organization = { ...sampleOrganization(0), id: crypto.randomUUID(), name: 'Shelter North (test)' };
  const service = {
    ...sampleService(0),
    id: crypto.randomUUID(),
    organization_id: organization.id,
    name: SERVICE_NAME,
    name_fr: SERVICE_NAME_FR,
  };
  const now = new Date().toISOString();
  const put = (entity: 'organization' | 'service', value: { id: string }) => ({
    id: uuidv7(),
    entity,
    recordId: value.id,
    baseVersion: null,
    createdAt: now,
    op: 'put' as const,
    value,
  });
  const results = must(
    await client.push(editor.token, [put('organization', organization), put('service', service)]),
  );
  expect(results.map((r) => r.status)).toEqual(['applied', 'applied']);
  return {
    sendingCode: await invite('outreach', sending.id),
    receivingCode: await invite('outreach', receiving.id),
  };
}

/** A browser joins with an invite, sets an app lock, and syncs once (its keys are published). */
async function joinAndLock(browser: Browser, url: string, code: string, width: number): Promise<Page> {
  const context = await browser.newContext({ locale: 'en-CA', viewport: { width, height: 900 } });
  const page = await context.newPage();
  await page.goto(url);
  await page.goto(`${url}#join=${code.replace('-', '')}`);
  const join = page.getByRole('form', { name: 'Join a network' });
  await join.getByRole('button', { name: 'Join' }).click();
  await page
    .getByRole('region', { name: 'Network' })
    .getByText(/^This device belongs to/)
    .waitFor();
  const lock = page.getByRole('region', { name: 'App lock' });
  await lock.getByLabel('New passphrase').fill(PASSPHRASE);
  await lock.getByLabel('Type it again').fill(PASSPHRASE);
  await lock.getByRole('checkbox', { name: /cannot be recovered/ }).check();
  await lock.getByRole('button', { name: 'Set the lock' }).click();
  await lock.getByText('The lock is set.').waitFor({ timeout: 15_000 });
  await syncNow(page);
  return page;
}

async function syncNow(page: Page) {
  await nav(page, 'Settings').click();
  await page.getByRole('button', { name: 'Sync now' }).click();
  await page.getByRole('button', { name: 'Sync now' }).isEnabled();
}

describe.skipIf(!CHROMIUM)('referrals in Chromium', () => {
  const running = serverAndBrowser();

  it('refers someone from a service page; the other agency reads it once and accepts; the answer comes back', async () => {
    const { url, coordinatorCode } = running.server;
    const codes = await network(url, coordinatorCode ?? '');
    const receiver = await joinAndLock(running.browser, url, codes.receivingCode, 1280);
    const sender = await joinAndLock(running.browser, url, codes.sendingCode, 360);

    // The sender finds the service (pulled with the network's directory) and refers someone.
    await nav(sender, 'Find').click();
    await sender.getByRole('searchbox', { name: 'Search services' }).fill('Safe Beds North');
    await expect
      .poll(() => sender.getByRole('button', { name: SERVICE_NAME }).count(), { timeout: 20_000 })
      .toBeGreaterThan(0);
    await sender.getByRole('button', { name: SERVICE_NAME }).first().click();
    await sender.getByRole('button', { name: 'Refer someone' }).click();
    const form = sender.getByRole('region', { name: `Refer to ${SERVICE_NAME}` });
    await form.getByRole('textbox', { name: 'Alias or initials' }).fill('Birchwren');
    await form.getByRole('checkbox', { name: 'Their needs' }).check();
    await form.getByRole('checkbox', { name: 'How to reach them safely' }).check();
    await form.getByRole('checkbox', { name: 'A summary of what they told' }).check();
    await form.getByRole('checkbox', { name: 'Labour exploitation' }).check();
    await form.getByRole('radio', { name: 'Text' }).check();
    await form.getByRole('textbox', { name: 'Safe times to reach them' }).fill('weekdays after 6 pm');
    await form
      .getByRole('textbox', { name: 'Told once: what the receiving worker should know' })
      .fill('Left the motel on Tuesday; documents held by the driver.');
    await form.getByRole('button', { name: 'Send referral' }).click();
    await form.getByRole('alert').getByText('Tick the box once the person has agreed.').waitFor();
    await form.getByRole('checkbox', { name: /The person agreed to this referral/ }).check();
    await reviewShot(sender, `${SHOTS}/form-en-360.png`, true);
    // At the top, as the form opens (scrolled, the sticky bars overlap whatever passes under them).
    await sender.evaluate(() => window.scrollTo(0, 0));
    expect(await axeViolations(sender, ['serious', 'critical'], false)).toEqual([]);
    await form.getByRole('button', { name: 'Send referral' }).click();
    await form.getByText(/Kept encrypted on this device/).waitFor({ timeout: 15_000 });
    // Nothing of it in the address bar or the title.
    expect(sender.url()).toBe(`${new URL(url).origin}/`);
    expect(await sender.title()).toBe('Circle of Care');
    await syncNow(sender);

    // The receiving agency reads it once it has synced.
    await expect
      .poll(
        async () => {
          await syncNow(receiver);
          await nav(receiver, 'Referrals').click();
          return receiver.getByRole('article', { name: 'Birchwren' }).count();
        },
        { timeout: 30_000, interval: 1_000 },
      )
      .toBe(1);
    const card = receiver.getByRole('article', { name: 'Birchwren' });
    await card.getByText('Left the motel on Tuesday; documents held by the driver.').waitFor();
    await card.getByText('Do not leave a message.').waitFor();
    await card.getByText('Labour exploitation').waitFor();
    expect(await seriousAxeViolations(receiver)).toEqual([]);
    await card.getByRole('textbox', { name: 'Note (optional)' }).fill('A bed on Tuesday; side door.');
    await card.getByRole('button', { name: 'Accept' }).click();
    await card.getByText(/^Saved\. It goes to the other agency/).waitFor();
    await reviewShot(receiver, `${SHOTS}/received-en-1280.png`, true);
    await syncNow(receiver);

    await expect
      .poll(
        async () => {
          await syncNow(sender);
          await nav(sender, 'Referrals').click();
          return sender.getByRole('article', { name: 'Birchwren' }).getByText('Status: accepted').count();
        },
        { timeout: 30_000, interval: 1_000 },
      )
      .toBe(1);
    await sender.getByText('A bed on Tuesday; side door.').waitFor();
    await reviewShot(sender, `${SHOTS}/sent-en-360.png`, true);
    expect(await sender.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);

    // In French and in the dark, the same screens read and fit (the form too).
    await sender.emulateMedia({ colorScheme: 'dark' });
    await sender.getByRole('button', { name: 'Afficher en français' }).click();
    await sender.getByRole('heading', { level: 1, name: 'Aiguillages' }).waitFor();
    await sender.getByText('État\u00a0: accepté').waitFor();
    expect(await sender.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);
    await reviewShot(sender, `${SHOTS}/sent-fr-360-dark.png`, true);
    await sender
      .getByRole('navigation', { name: 'Principale' })
      .getByRole('button', { name: 'Chercher', exact: true })
      .click();
    await sender.getByRole('searchbox', { name: 'Chercher des services' }).fill('Safe Beds North');
    await sender.getByRole('button', { name: SERVICE_NAME_FR }).first().click();
    await sender.getByRole('button', { name: 'Aiguiller une personne' }).click();
    await sender.getByRole('heading', { level: 1, name: `Aiguiller vers ${SERVICE_NAME_FR}` }).waitFor();
    expect(await sender.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);
    await reviewShot(sender, `${SHOTS}/form-fr-360-dark.png`, true);
    await receiver.getByRole('button', { name: 'Afficher en français' }).click();
    await receiver
      .getByRole('navigation', { name: 'Principale' })
      .getByRole('button', { name: 'Aiguillages', exact: true })
      .click();
    await receiver.getByRole('heading', { level: 1, name: 'Aiguillages' }).waitFor();
    await reviewShot(receiver, `${SHOTS}/received-fr-1280.png`, true);
  });
});
