// A listing form loses nothing typed, in Chromium: a reload 100 ms after the last key (no blur, no
// waiting for anything) keeps the text; the listings screen says which forms hold unsaved changes;
// the form says it restored them and offers to discard them; saving or discarding removes the draft.
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { CHROMIUM } from './harness';
import { serverAndBrowser } from './lifecycle';

const SERVICE = 'Safer emergency shelter';

async function openListings(page: Page): Promise<void> {
  await page.getByRole('navigation', { name: 'Main' }).getByRole('button', { name: 'Settings' }).click();
  await page.getByRole('button', { name: 'Listings on this device' }).click();
  await page.getByRole('heading', { name: 'Listings on this device', level: 1 }).waitFor();
}

async function openServiceForm(page: Page, query = SERVICE): Promise<void> {
  await page.getByRole('searchbox', { name: 'Search services' }).fill(query);
  await page
    .getByRole('region', { name: /^(\d+ services|1 service)$/ })
    .getByRole('button', { name: new RegExp(`^${SERVICE}`) })
    .first()
    .click();
  await page.getByRole('article', { name: SERVICE }).waitFor();
  await page.getByRole('button', { name: 'Edit this listing' }).click();
  await page.getByRole('heading', { name: 'Edit service', level: 1 }).waitFor();
}

/** The journal's entries, as the page left them in localStorage. */
const journal = (page: Page) =>
  page.evaluate(() =>
    Object.keys(localStorage)
      .filter((k) => k.startsWith('circle.journal.'))
      .map((k) => localStorage.getItem(k) ?? ''),
  );

const draftsSection = (page: Page) => page.getByRole('region', { name: /^Not saved yet \(\d+\)$/ });

describe.skipIf(!CHROMIUM)('listing forms keep what was typed, in Chromium', () => {
  const running = serverAndBrowser();

  it('a reload 100 ms after typing keeps the text; reopened, the form says so; saving removes the draft', async () => {
    const context = await running.browser.newContext({ locale: 'en-CA' });
    const page = await context.newPage();
    await page.goto(running.server.url);
    await openServiceForm(page);
    const description = page.getByRole('textbox', { name: 'Description (English)' });
    const before = await description.inputValue();
    const typed = ' Typed just before the phone killed the tab.';
    await description.press('ControlOrMeta+End');
    await page.keyboard.type(typed, { delay: 5 });
    await page.waitForTimeout(100);
    await page.reload();
    await page.getByRole('searchbox', { name: 'Search services' }).waitFor();

    // Found again from Settings: the listings screen names the form with unsaved changes.
    await openListings(page);
    const section = draftsSection(page);
    await section.waitFor();
    expect(await section.getByRole('listitem').count()).toBe(1);
    await section.getByText('Service, changes not saved').waitFor();
    await section.getByRole('button', { name: `Continue ${SERVICE}` }).click();
    await page.getByRole('heading', { name: 'Edit service', level: 1 }).waitFor();
    await page.getByText('Restored what you typed in this form before and had not saved.').waitFor();
    expect(await description.inputValue()).toBe(before + typed);

    // Saved: the draft is gone from the screen and from the journal.
    await page.getByRole('button', { name: 'Save', exact: true }).click();
    await page.getByRole('heading', { name: 'Listings on this device', level: 1 }).waitFor();
    expect(await draftsSection(page).count()).toBe(0);
    expect(await journal(page)).toEqual([]);
    await page.reload();
    await page.getByRole('searchbox', { name: 'Search services' }).waitFor();
    // The sample has several services of that name: the saved words find this one.
    await openServiceForm(page, 'phone killed the tab');
    expect(await description.inputValue()).toBe(before + typed);
    expect(await page.getByText('Restored what you typed').count()).toBe(0);
    await context.close();
  });

  it('a new service typed and reloaded at once comes back from the listings; Discard empties it', async () => {
    const context = await running.browser.newContext({ locale: 'en-CA' });
    const page = await context.newPage();
    await page.goto(running.server.url);
    await page.getByRole('searchbox', { name: 'Search services' }).waitFor();
    await openListings(page);
    await page.getByRole('button', { name: 'Add a service', exact: true }).click();
    await page.getByRole('heading', { name: 'New service', level: 1 }).waitFor();
    await page.getByRole('textbox', { name: 'Name (English) (required)' }).pressSequentially('Night van', {
      delay: 5,
    });
    await page.reload();
    await page.getByRole('searchbox', { name: 'Search services' }).waitFor();

    await openListings(page);
    const section = draftsSection(page);
    await section.getByText('New service, not saved').waitFor();
    await section.getByRole('button', { name: 'Continue Night van' }).click();
    await page.getByRole('heading', { name: 'New service', level: 1 }).waitFor();
    const name = page.getByRole('textbox', { name: 'Name (English) (required)' });
    expect(await name.inputValue()).toBe('Night van');

    await page.getByRole('button', { name: 'Discard these changes' }).click();
    await page.getByRole('dialog', { name: 'Discard the restored changes?' }).waitFor();
    await page.getByRole('button', { name: 'Discard', exact: true }).click();
    expect(await name.inputValue()).toBe('');
    expect(await page.getByText('Restored what you typed').count()).toBe(0);
    expect(await journal(page)).toEqual([]);
    await page.getByRole('button', { name: 'Cancel' }).click();
    await page.getByRole('heading', { name: 'Listings on this device', level: 1 }).waitFor();
    expect(await draftsSection(page).count()).toBe(0);
    await context.close();
  });
});
