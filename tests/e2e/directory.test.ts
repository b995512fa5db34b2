// An outreach worker's path through the directory, in Chromium: search, filter, choose a place, open
// a service, save it. Nothing of it reaches the address bar or the page title.
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { CHROMIUM } from './harness';
import { serverAndBrowser } from './lifecycle';

describe.skipIf(!CHROMIUM)('the directory in Chromium', () => {
  const running = serverAndBrowser();

  const results = (page: Page) => page.getByRole('region', { name: /^(\d+ services|1 service)$/ });
  const count = async (page: Page) =>
    Number(
      (
        await results(page)
          .getByRole('heading', { name: /^(\d+ services|1 service)$/ })
          .textContent()
      )?.match(/\d+/)?.[0],
    );

  it('searches, filters, opens a service and saves it', async () => {
    const context = await running.browser.newContext({
      locale: 'en-CA',
      viewport: { width: 360, height: 800 },
    });
    const page = await context.newPage();
    await page.goto(running.server.url);
    const box = page.getByRole('searchbox', { name: 'Search services' });
    await results(page).getByRole('listitem').first().waitFor();
    const all = await count(page);

    await box.fill('sheltr');
    await expect.poll(() => count(page)).toBeLessThan(all);
    const shelters = await count(page);
    expect(shelters).toBeGreaterThan(0);
    expect(await results(page).getByRole('listitem').first().getByRole('heading').textContent()).toMatch(
      /shelter/i,
    );

    // A quick toggle above the results, and the same filter in the folded panel.
    const noId = page
      .getByRole('group', { name: 'Quick filters' })
      .getByRole('button', { name: 'No ID needed' });
    await noId.click();
    expect(await noId.getAttribute('aria-pressed')).toBe('true');
    await expect.poll(() => count(page)).toBeLessThan(shelters);
    await noId.click();
    await expect.poll(() => count(page)).toBe(shelters);
    await page.getByText('More filters', { exact: true }).click();
    await page
      .locator('summary')
      .filter({ hasText: /^Access$/ })
      .click();
    await page.getByRole('checkbox', { name: 'No sobriety rule' }).check();
    await expect.poll(() => count(page)).toBeLessThan(shelters);
    await page.getByRole('checkbox', { name: 'No sobriety rule' }).uncheck();
    await expect.poll(() => count(page)).toBe(shelters);

    await page.getByRole('combobox', { name: 'Near' }).selectOption({ label: 'Attawapiskat' });
    await page.getByText(/Attawapiskat is a fly-in community/).waitFor();

    const first = results(page).getByRole('listitem').first();
    const name = (await first.getByRole('heading').textContent()) ?? '';
    await first.getByRole('button', { name }).click();
    const article = page.getByRole('article', { name });
    await article.waitFor();
    expect(await article.getByRole('heading', { name: 'Before you go' }).count()).toBe(1);
    expect(await article.getByRole('heading', { name: 'Privacy and confidentiality' }).count()).toBe(1);
    expect(
      await article
        .getByRole('link', { name: /^Call / })
        .first()
        .getAttribute('href'),
    ).toMatch(/^tel:\d+$/);
    await article.getByRole('button', { name: 'Save' }).click();
    await article.getByRole('button', { name: 'Saved' }).waitFor();

    expect(page.url()).toBe(`${new URL(running.server.url).origin}/`);
    expect(await page.title()).toBe('Circle of Care');

    await page.getByRole('navigation', { name: 'Main' }).getByRole('button', { name: 'Saved' }).click();
    const saved = page.getByRole('region', { name: 'Saved services' });
    expect(await saved.getByRole('heading', { name }).count()).toBe(1);

    // The search box starts empty after a reload: search text is never stored.
    await page.reload();
    await page.getByRole('searchbox', { name: 'Search services' }).waitFor();
    expect(await page.getByRole('searchbox', { name: 'Search services' }).inputValue()).toBe('');
    expect(await page.getByRole('combobox', { name: 'Near' }).inputValue()).toBe('attawapiskat');
    await context.close();
  });

  it('fits a 360 px screen in French without sideways scrolling', async () => {
    const context = await running.browser.newContext({
      locale: 'fr-CA',
      viewport: { width: 360, height: 800 },
    });
    const page = await context.newPage();
    await page.goto(running.server.url);
    await page.getByRole('searchbox', { name: 'Chercher des services' }).waitFor();
    await page.getByText('Plus de filtres', { exact: true }).click();
    const first = results(page).getByRole('listitem').first();
    await first.waitFor();
    await first.getByRole('heading').getByRole('button').click();
    await page.getByRole('heading', { name: 'Avant de vous y rendre' }).waitFor();
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);
    await context.close();
  });

  it('finds Indigenous-led services by a French word, and filters on privacy at 320 px', async () => {
    const context = await running.browser.newContext({
      locale: 'fr-CA',
      viewport: { width: 320, height: 740 },
    });
    const page = await context.newPage();
    await page.goto(running.server.url);
    const box = page.getByRole('searchbox', { name: 'Chercher des services' });
    await results(page).getByRole('listitem').first().waitFor();
    const all = await count(page);

    await box.fill('autochtone');
    await expect.poll(() => count(page)).toBeLessThan(all);
    const found = await count(page);
    expect(found).toBeGreaterThan(0);
    const badges = results(page)
      .getByRole('list', { name: 'En bref' })
      .getByText('Dirigé par des Autochtones');
    await badges.first().waitFor();
    // Every Indigenous-led service is found by the word: the quick filter keeps the same services.
    const indigenousLed = page
      .getByRole('group', { name: 'Filtres rapides' })
      .getByRole('button', { name: 'Dirigé par des Autochtones' });
    await box.fill('');
    await expect.poll(() => count(page)).toBe(all);
    await indigenousLed.click();
    await expect.poll(() => count(page)).toBeLessThan(all);
    const led = await count(page);
    await box.fill('autochtone');
    await expect.poll(() => count(page)).toBe(led);
    await indigenousLed.click();
    await box.fill('');
    await expect.poll(() => count(page)).toBe(all);
    // The French names of the taxonomy are indexed: "traite" and "travail du sexe" find what they name.
    for (const words of ['traite', 'travail du sexe']) {
      await box.fill(words);
      await expect.poll(() => count(page)).toBeLessThan(all);
      expect(await count(page)).toBeGreaterThan(0);
    }
    await box.fill('');
    await expect.poll(() => count(page)).toBe(all);

    // The privacy filters: a definite answer only, shown as a chip that removes itself.
    await page.getByText('Plus de filtres', { exact: true }).click();
    await page
      .locator('summary')
      .filter({ hasText: /^Accès$/ })
      .click();
    await page.getByRole('checkbox', { name: 'Police non contactée sans consentement' }).check();
    await expect.poll(() => count(page)).toBeLessThan(all);
    await page.getByRole('checkbox', { name: 'Accessible sans donner son nom légal' }).check();
    const both = await count(page);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(320);
    await page
      .getByRole('button', { name: /^Retirer le filtre\s: Police non contactée sans consentement$/ })
      .click();
    await expect.poll(() => count(page)).toBeGreaterThanOrEqual(both);

    // A service page asks the question whose "yes" is the bad case, and says distances as such.
    await page.getByRole('combobox', { name: 'Près de' }).selectOption({ label: 'Timmins' });
    const first = results(page).getByRole('listitem').first();
    await first.getByRole('heading').getByRole('button').click();
    await page.getByText('La police est-elle contactée sans le consentement de la personne?').waitFor();
    expect(await page.getByText(/par la route/).count()).toBe(0);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(320);
    await context.close();
  });
  it('searches in a worker, saves its index with its mark, and searches the same after a reload', async () => {
    const context = await running.browser.newContext({ locale: 'en-CA' });
    const page = await context.newPage();
    await page.goto(running.server.url);
    const box = page.getByRole('searchbox', { name: 'Search services' });
    await results(page).getByRole('listitem').first().waitFor();
    const all = await count(page);
    await box.fill('sheltr');
    await expect.poll(() => count(page)).toBeLessThan(all);
    const shelters = await count(page);
    expect(page.workers().some((w) => /searchWorker/.test(w.url()))).toBe(true);

    const saved = () =>
      page.evaluate(
        () =>
          new Promise<{ cursor: number; services: number; bytes: number } | null>((resolve, reject) => {
            const open = indexedDB.open('circle-of-care');
            open.onerror = () => reject(open.error);
            open.onsuccess = () => {
              const db = open.result;
              const get = db.transaction('searchIndex').objectStore('searchIndex').get('directory');
              get.onsuccess = () => {
                const row = get.result;
                db.close();
                resolve(
                  row ? { cursor: row.cursor, services: row.services, bytes: row.data.byteLength } : null,
                );
              };
              get.onerror = () => reject(get.error);
            };
          }),
      );
    await expect.poll(saved, { timeout: 15_000 }).not.toBeNull();
    const row = await saved();
    expect(row?.services).toBeGreaterThan(0);
    expect(row?.bytes).toBeGreaterThan(0);

    await page.reload();
    await results(page).getByRole('listitem').first().waitFor();
    await page.getByRole('searchbox', { name: 'Search services' }).fill('sheltr');
    await expect.poll(() => count(page)).toBe(shelters);
    expect(await saved()).toEqual(row);
    await context.close();
  });
});
