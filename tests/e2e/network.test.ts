// Joining a network in Chromium, against the real hub: an invite link fills the Join form (the code
// leaves the address bar at once), joining replaces the sample directory, the coordinator makes an
// agency and invites (code and QR code shown once), leaving removes the network's data, and a device
// a coordinator removed wipes the network's data at its next contact and says so.
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { CHROMIUM, seriousAxeViolations } from './harness';
import { serverAndBrowser } from './lifecycle';

const nav = (page: Page, name: string) =>
  page.getByRole('navigation', { name: 'Main' }).getByRole('button', { name, exact: true });

/** Sample records and markers left in this page's IndexedDB. */
function sampleLeft(page: Page): Promise<{ sampleServices: number; marker: boolean; network: boolean }> {
  return page.evaluate(
    () =>
      new Promise((resolve, reject) => {
        const open = indexedDB.open('circle-of-care');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const db = open.result;
          const tx = db.transaction(['services', 'meta'], 'readonly');
          const count = tx.objectStore('services').index('sample').count(1);
          const marker = tx.objectStore('meta').get('sample-directory');
          const network = tx.objectStore('meta').get('network');
          tx.oncomplete = () => {
            resolve({
              sampleServices: count.result,
              marker: marker.result !== undefined,
              network: network.result !== undefined,
            });
            db.close();
          };
        };
      }),
  );
}

async function createdCode(page: Page): Promise<string> {
  const card = page.getByRole('region', { name: /^Invite for / });
  await card.getByRole('img', { name: 'QR code to join the network with this invite' }).waitFor();
  const code = (await card.locator('.invite-code').textContent())?.trim() ?? '';
  expect(code).toMatch(/^[0-9A-Z]{5}-[0-9A-Z]{5}$/);
  return code;
}

describe.skipIf(!CHROMIUM)('joining a network in Chromium', () => {
  const running = serverAndBrowser();

  it('joins by invite link, administers, leaves, rejoins, and is removed', async () => {
    const { url, coordinatorCode } = running.server;
    expect(coordinatorCode).toMatch(/^[0-9A-Z]{5}-[0-9A-Z]{5}$/);
    const origin = new URL(url).origin;
    const context = await running.browser.newContext({
      locale: 'en-CA',
      viewport: { width: 390, height: 900 },
    });
    const page = await context.newPage();
    await page.goto(url);
    await page.getByRole('region', { name: 'Sample directory' }).waitFor();

    // The invite link: the code leaves the address bar at once, Settings opens with the form filled.
    await page.goto(`${url}#join=${coordinatorCode?.replace('-', '')}`);
    await expect.poll(() => page.url(), { timeout: 1_000 }).toBe(`${origin}/`);
    const join = page.getByRole('form', { name: 'Join a network' });
    await join.waitFor();
    expect(await join.getByRole('textbox', { name: 'Hub address' }).inputValue()).toBe(origin);
    expect(await join.getByRole('textbox', { name: 'Invite code' }).inputValue()).toBe(coordinatorCode);
    expect(await sampleLeft(page)).toMatchObject({ network: false, marker: true });
    expect(await seriousAxeViolations(page)).toEqual([]);

    await join.getByRole('textbox', { name: 'Name for this device (optional)' }).fill('Coordinator laptop');
    await join.getByRole('button', { name: 'Join' }).click();
    const membership = page.getByRole('region', { name: 'Network' });
    await membership.getByText(/^This device belongs to Demo network/).waitFor();
    await membership.getByText('Demo network', { exact: true }).waitFor();
    await membership.getByText('Coordinator', { exact: true }).waitFor();
    expect(await sampleLeft(page)).toEqual({ sampleServices: 0, marker: false, network: true });
    await nav(page, 'Find').click();
    await page.getByRole('searchbox', { name: 'Search services' }).waitFor();
    expect(await page.getByRole('region', { name: 'Sample directory' }).count()).toBe(0);

    // The coordinator's screen: an agency, an editor invite (code and QR code), a coordinator invite.
    await nav(page, 'Network').click();
    await page.getByRole('heading', { name: 'Manage the network' }).waitFor();
    await page.getByRole('textbox', { name: 'Agency name' }).fill('Birchlight Women’s Centre');
    await page.getByRole('button', { name: 'Add agency' }).click();
    await page.getByRole('button', { name: 'Rename Birchlight Women’s Centre' }).waitFor();
    await page.getByRole('combobox', { name: 'Role' }).selectOption('editor');
    await page.getByRole('combobox', { name: 'Agency' }).selectOption({ label: 'Birchlight Women’s Centre' });
    await page.getByRole('button', { name: 'Create invite' }).click();
    const editorCode = await createdCode(page);
    expect(await seriousAxeViolations(page)).toEqual([]);
    await page.getByRole('button', { name: 'Done: hide the code' }).click();
    expect(await page.getByText(editorCode).count()).toBe(0);
    await page.getByRole('combobox', { name: 'Role' }).selectOption('coordinator');
    await page.getByRole('button', { name: 'Create invite' }).click();
    const secondCoordinatorCode = await createdCode(page);
    await page.getByRole('button', { name: 'Done: hide the code' }).click();
    await page.getByRole('list', { name: 'Audit log' }).getByText('Agency added').waitFor();

    // Leaving (after a confirmation) removes the membership; the sample comes back.
    await nav(page, 'Settings').click();
    await page.getByRole('button', { name: 'Leave this network…' }).click();
    const leaveDialog = page.getByRole('dialog', { name: /^Leave Demo network.*\?$/ });
    await leaveDialog.getByRole('button', { name: 'Leave and remove the data' }).click();
    await page.getByRole('alert').getByText('This device left the network.').waitFor();
    await join.waitFor();
    expect(await nav(page, 'Network').count()).toBe(0);
    await expect.poll(async () => (await sampleLeft(page)).network).toBe(false);

    // Rejoin as an editor, the code typed in by hand.
    await join.getByRole('textbox', { name: 'Invite code' }).fill(editorCode.toLowerCase());
    await join.getByRole('textbox', { name: 'Name for this device (optional)' }).fill('Editor phone');
    await join.getByRole('button', { name: 'Join' }).click();
    await membership.getByText('Editor', { exact: true }).waitFor();
    await membership.getByText('Birchlight Women’s Centre').waitFor();

    // Another device, joined as a coordinator from its own invite link, removes the editor's device.
    const other = await running.browser.newContext({
      locale: 'en-CA',
      viewport: { width: 1280, height: 900 },
    });
    const admin = await other.newPage();
    await admin.goto(`${url}#join=${secondCoordinatorCode.replace('-', '')}`);
    expect(admin.url()).toBe(`${origin}/`);
    await admin.getByRole('form', { name: 'Join a network' }).getByRole('button', { name: 'Join' }).click();
    await admin.getByRole('region', { name: 'Network' }).getByText('Coordinator', { exact: true }).waitFor();
    await nav(admin, 'Network').click();
    await admin.getByRole('button', { name: 'Remove Editor phone' }).click();
    await admin
      .getByRole('dialog', { name: 'Remove Editor phone?' })
      .getByRole('button', { name: 'Remove the device' })
      .click();
    await admin
      .getByRole('list', { name: 'Devices' })
      .getByText(/^Removed /)
      .waitFor();
    await other.close();

    // At its next contact (a reload), the removed device wipes the network's data and says so.
    await page.reload();
    await page
      .getByRole('alert')
      .getByText(/^This device was removed from Demo network.* by a coordinator\./)
      .waitFor();
    expect(await sampleLeft(page)).toMatchObject({ network: false });
    await nav(page, 'Settings').click();
    await page.getByRole('form', { name: 'Join a network' }).waitFor();
    await context.close();
  });
});
