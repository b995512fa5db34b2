// The app lock in Chromium: set from Settings (the meter, the plain warning, a weak passphrase
// refused), the saved list sealed in IndexedDB, "Lock now" from the top bar, wrong passphrases and
// the growing wait, unlock, a reload and quick exit that start locked, the crisis lines reachable while
// locked, the idle lock (a 1-minute choice, the page's clock moved on), and a forgotten passphrase in
// French. Screenshots of the lock screen and the section at 320 and 1280 px go to /tmp/shots/lock.
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { axeViolations, CHROMIUM, reviewShot, seriousAxeViolations } from './harness';
import { serverAndBrowser } from './lifecycle';

const NEUTRAL = 'https://neutral.example/';
const PASSPHRASE = 'river stones under the birch trees';
const SHOTS = '/tmp/shots/lock';

/** The device-only settings as stored (the meta table), read straight from IndexedDB. */
function storedMeta(page: Page): Promise<Record<string, unknown>> {
  return page.evaluate(
    () =>
      new Promise<Record<string, unknown>>((resolve, reject) => {
        const open = indexedDB.open('circle-of-care');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const db = open.result;
          const all = db.transaction('meta').objectStore('meta').getAll();
          all.onsuccess = () => {
            db.close();
            resolve(
              Object.fromEntries(
                all.result.map((row: { key: string; value: unknown }) => [row.key, row.value]),
              ),
            );
          };
          all.onerror = () => reject(all.error);
        };
      }),
  );
}

const nav = (page: Page) => page.getByRole('navigation', { name: /^(Main|Principale)$/ });
const lockHeading = (page: Page) => page.getByRole('heading', { level: 1, name: 'The app is locked' });

async function unlock(page: Page, passphrase: string) {
  await page.getByLabel('Passphrase', { exact: true }).fill(passphrase);
  await page.getByRole('button', { name: 'Unlock' }).click();
}

describe.skipIf(!CHROMIUM)('the app lock', () => {
  const running = serverAndBrowser();

  it('seals the saved list, locks from the top bar, waits after wrong tries, and asks again after a reload or quick exit', async () => {
    const context = await running.browser.newContext({
      locale: 'en-CA',
      viewport: { width: 360, height: 800 },
    });
    await context.route(`${NEUTRAL}**`, (route) =>
      route.fulfill({ contentType: 'text/html', body: '<!doctype html><title>Weather</title>' }),
    );
    const page = await context.newPage();
    await page.clock.install();
    await page.goto(running.server.url);
    const first = page
      .getByRole('region', { name: /^\d+ services$/ })
      .getByRole('listitem')
      .first();
    const name = (await first.getByRole('heading').textContent()) ?? '';
    await first.getByRole('button', { name }).click();
    await page.getByRole('article', { name }).getByRole('button', { name: 'Save' }).click();
    await page.getByRole('article', { name }).getByRole('button', { name: 'Saved' }).waitFor();
    // The button shows the choice at once; the write lands a moment later.
    await expect.poll(async () => ((await storedMeta(page)).saved as string[] | undefined)?.length).toBe(1);
    const savedIds = (await storedMeta(page)).saved as string[];

    await nav(page).getByRole('button', { name: 'Settings' }).click();
    await page.getByRole('textbox', { name: 'Site to show when leaving quickly' }).fill(NEUTRAL);
    await page.getByRole('button', { name: 'Save site' }).click();
    const section = page.getByRole('region', { name: 'App lock' });
    await section.getByLabel('New passphrase').fill('birch river');
    await expect.poll(() => section.getByText('Strength: weak').count()).toBe(1);
    await section.getByLabel('Type it again').fill('birch river');
    await section.getByRole('checkbox', { name: /forgotten passphrase cannot be recovered/ }).check();
    await section.getByRole('button', { name: 'Set the lock' }).click();
    await section.getByRole('alert').getByText('Choose a stronger passphrase').waitFor();
    expect((await storedMeta(page)).vault).toBeUndefined();
    await reviewShot(page, `${SHOTS}/section-en-360.png`, true);

    await section.getByLabel('New passphrase').fill(PASSPHRASE);
    await expect.poll(() => section.getByText('Strength: strong').count()).toBe(1);
    await section.getByLabel('Type it again').fill(PASSPHRASE);
    await section.getByRole('button', { name: 'Set the lock' }).click();
    await section.getByRole('status').getByText('The lock is set.').waitFor({ timeout: 15_000 });
    const meta = await storedMeta(page);
    expect(meta.saved).toBeUndefined();
    expect(JSON.stringify(meta)).not.toContain(savedIds[0]);
    expect(JSON.stringify(meta)).not.toContain(PASSPHRASE);
    expect(meta.vault).toMatchObject({ kdf: 'PBKDF2-SHA-256', iterations: 600_000 });
    expect(meta['saved.sealed']).toMatchObject({ iv: expect.any(String), data: expect.any(String) });
    expect(await axeViolations(page, ['serious', 'critical'], false)).toEqual([]);

    // Lock now, from the top bar: nothing of the app shows but the crisis lines and quick exit.
    await page.getByRole('button', { name: 'Lock now' }).first().click();
    await lockHeading(page).waitFor();
    expect(await nav(page).isVisible()).toBe(false);
    expect(await page.getByText(name).count()).toBe(0);
    expect(await page.getByRole('button', { name: 'Quick exit' }).isVisible()).toBe(true);
    // The passphrase field takes focus once the screen has painted (typing can start at once).
    await expect
      .poll(() => page.evaluate(() => document.activeElement?.getAttribute('type')))
      .toBe('password');
    expect(await seriousAxeViolations(page)).toEqual([]);
    await reviewShot(page, `${SHOTS}/locked-en-360.png`);
    await page.getByRole('button', { name: 'Crisis lines' }).click();
    await page.getByRole('heading', { level: 1, name: 'Crisis and support lines' }).waitFor();
    await page.getByRole('button', { name: 'Back to unlocking' }).click();
    await lockHeading(page).waitFor();

    // Three wrong tries at once; then the next waits 1 s, and the button says so. The page's clock
    // stands still (timers run) so that the 1 s can be seen on a slow machine, then moves on.
    const start = Date.now();
    await page.clock.setFixedTime(start);
    const failures = async () =>
      ((await storedMeta(page))['vault.failures'] as { count: number } | undefined)?.count;
    for (let i = 1; i <= 3; i++) {
      await unlock(page, `not it ${i}`);
      await expect.poll(failures, { timeout: 15_000 }).toBe(i);
      await page.getByRole('alert').getByText('That is not the passphrase.').waitFor();
    }
    await page.getByText('Too many wrong tries. You can try again in 1 s.').waitFor();
    expect(await page.getByRole('button', { name: 'Unlock' }).isDisabled()).toBe(true);
    await page.clock.setFixedTime(start + 1_001);
    await expect.poll(() => page.getByRole('button', { name: 'Unlock' }).isEnabled()).toBe(true);
    await unlock(page, PASSPHRASE);
    await nav(page).waitFor({ timeout: 15_000 });
    await nav(page).getByRole('button', { name: 'Saved' }).click();
    await page.getByRole('region', { name: 'Saved services' }).getByRole('heading', { name }).waitFor();
    expect((await storedMeta(page))['vault.failures']).toBeUndefined();

    // A reload starts locked: the key was in memory only.
    await page.reload();
    await lockHeading(page).waitFor();
    await unlock(page, PASSPHRASE);
    await nav(page).waitFor({ timeout: 15_000 });

    // Quick exit drops the key: the next start asks for the passphrase.
    await page.getByRole('button', { name: 'Quick exit' }).click();
    await page.waitForURL(NEUTRAL);
    await page.goto(running.server.url);
    await lockHeading(page).waitFor();
    await context.close();
  });

  it('locks itself after the idle time; a forgotten passphrase erases what was locked (in French, 320 px)', async () => {
    const context = await running.browser.newContext({
      locale: 'fr-CA',
      viewport: { width: 320, height: 640 },
      colorScheme: 'dark',
    });
    const page = await context.newPage();
    await page.clock.install();
    await page.goto(running.server.url);
    await page.getByRole('searchbox', { name: 'Chercher des services' }).waitFor();
    await nav(page).getByRole('button', { name: 'Réglages' }).click();
    const section = page.getByRole('region', { name: 'Verrouillage de l’application' });
    await section.getByLabel('Nouvelle phrase de passe').fill(PASSPHRASE);
    await section.getByLabel('Tapez-la de nouveau').fill(PASSPHRASE);
    await section.getByRole('button', { name: 'Mettre le verrou' }).click();
    await section.getByRole('alert').getByText('Cochez la case pour indiquer que vous comprenez.').waitFor();
    await section.getByRole('checkbox', { name: /ne peut pas être récupérée/ }).check();
    await section.getByRole('button', { name: 'Mettre le verrou' }).click();
    await section.getByText('Le verrou est en place.').waitFor({ timeout: 15_000 });
    await section
      .getByRole('combobox', { name: 'Verrouiller après ce délai sans utilisation' })
      .selectOption({ label: '1 minute' });
    await reviewShot(page, `${SHOTS}/section-fr-320-dark.png`, true);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(320);

    await page.clock.fastForward('00:59');
    expect(await nav(page).isVisible()).toBe(true);
    await page.clock.fastForward('00:02');
    await page.getByRole('heading', { level: 1, name: 'L’application est verrouillée' }).waitFor();
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(320);
    await reviewShot(page, `${SHOTS}/locked-fr-320-dark.png`);

    await page.getByRole('button', { name: 'Phrase de passe oubliée?' }).click();
    const dialog = page.getByRole('dialog', { name: 'Effacer ce qui est verrouillé?' });
    await dialog.getByRole('button', { name: 'Effacer et retirer le verrou' }).click();
    await nav(page).waitFor();
    const meta = await storedMeta(page);
    expect(meta.vault).toBeUndefined();
    expect(meta['saved.sealed']).toBeUndefined();
    await nav(page).getByRole('button', { name: 'Réglages' }).click();
    await page
      .getByRole('region', { name: 'Verrouillage de l’application' })
      .getByLabel('Nouvelle phrase de passe')
      .waitFor();

    await page.setViewportSize({ width: 1280, height: 800 });
    await page.getByRole('region', { name: 'Verrouillage de l’application' }).scrollIntoViewIfNeeded();
    await reviewShot(page, `${SHOTS}/section-fr-1280-dark.png`);
    await context.close();
  });
});
