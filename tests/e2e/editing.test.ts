// Keeping listings current in Chromium, with the keyboard only (Tab, Shift+Tab, Space, Enter, typing;
// no clicks): a new organization and a new service with English and French names; problems named at
// their fields in English and in French, fixed, saved; the new service found by search; the French
// name in French, and the English description shown with a note where there is no French one;
// "Verified today" stamping today's date. The form is photographed at 320 and 1280 px wide.
import { mkdirSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { CHROMIUM, reviewShot, seriousAxeViolations } from './harness';
import { serverAndBrowser } from './lifecycle';

const SHOTS = '/tmp/shots';

const shot = (page: Page, name: string, fullPage = false) => reviewShot(page, `${SHOTS}/${name}`, fullPage);

/** What a screen reader would announce of the focused element: its role, name and value. */
async function focused(page: Page): Promise<string> {
  const any = await page.evaluate(
    () => document.activeElement !== null && document.activeElement !== document.body,
  );
  return any ? page.locator(':focus').ariaSnapshot() : '';
}

/** Presses Tab (or Shift+Tab) until the focused element's role and name match. */
async function tabTo(page: Page, target: RegExp, { back = false, max = 250 } = {}): Promise<void> {
  for (let i = 0; i < max; i++) {
    await page.keyboard.press(back ? 'Shift+Tab' : 'Tab');
    if (target.test(await focused(page))) return;
  }
  throw new Error(`Tab never reached ${target}; focus is on ${await focused(page)}`);
}

/** The language switch is in the header: back up to it, then Enter. */
async function switchLanguage(page: Page, label: 'Afficher en français' | 'Show in English'): Promise<void> {
  await tabTo(page, new RegExp(`button "${label}"`), { back: true });
  await page.keyboard.press('Enter');
}

/** Today's date in Toronto, as the French service page writes it ("15 novembre 2026"). */
function todayInTorontoFr(): string {
  const parts = new Intl.DateTimeFormat('en-CA', {
    timeZone: 'America/Toronto',
    year: 'numeric',
    month: 'numeric',
    day: 'numeric',
  }).formatToParts(new Date());
  const part = (type: string) => Number(parts.find((p) => p.type === type)?.value);
  const noon = new Date(Date.UTC(part('year'), part('month') - 1, part('day'), 12));
  return new Intl.DateTimeFormat('fr-CA', { dateStyle: 'long', timeZone: 'UTC' }).format(noon);
}

describe.skipIf(!CHROMIUM)('editing listings with the keyboard only', () => {
  const running = serverAndBrowser();

  it('creates an organization and a service in both languages, with problems named at their fields', async () => {
    mkdirSync(SHOTS, { recursive: true });
    const context = await running.browser.newContext({
      locale: 'en-CA',
      viewport: { width: 1280, height: 900 },
    });
    const page = await context.newPage();
    await page.goto(running.server.url);
    const results = page.getByRole('region', { name: /^(\d+ services|1 service)$/ });
    await results.getByRole('listitem').first().waitFor();

    // A service page offers the listings kept on this device (no network: edit freely).
    await tabTo(page, /searchbox "Search services"/);
    await page.keyboard.type('Safer emergency shelter');
    await tabTo(page, /button "Safer emergency shelter"/);
    await page.keyboard.press('Enter');
    await page.getByRole('article', { name: 'Safer emergency shelter' }).waitFor();
    await tabTo(page, /button "Listings on this device"/);
    await page.keyboard.press('Enter');
    await page.getByRole('heading', { name: 'Listings on this device', level: 1 }).waitFor();
    expect(await page.getByRole('heading', { name: /^Needs attention \(\d+\)$/ }).count()).toBe(1);

    // A new service, and from it a new organization.
    await tabTo(page, /button "Add a service"/);
    await page.keyboard.press('Enter');
    await page.getByRole('heading', { name: 'New service', level: 1 }).waitFor();
    await tabTo(page, /button "New organization"/);
    await page.keyboard.press('Enter');
    await page.getByRole('heading', { name: 'New organization', level: 1 }).waitFor();

    // English: a missing name and a phone number in words are named at their fields.
    await tabTo(page, /button "Add a phone number"/);
    await page.keyboard.press('Enter');
    await expect.poll(() => focused(page)).toMatch(/textbox "Number \(required\)"/);
    await page.keyboard.type('call the front desk');
    await page.keyboard.press('Enter');
    const summary = page.getByRole('region', { name: /^Fix these before saving \(2\):$/ });
    await summary.waitFor();
    expect(await summary.getByRole('link').allTextContents()).toEqual([
      'Name (English): Enter a name.',
      'Phone 1: Number: Enter a phone number in digits, like 705-555-0123.',
    ]);
    const englishName = page.getByRole('textbox', { name: 'Name (English) (required)' });
    await expect.poll(() => englishName.evaluate((e) => e === document.activeElement)).toBe(true);
    expect(await englishName.getAttribute('aria-invalid')).toBe('true');
    await expect.poll(() => englishName.evaluate((e) => (e as HTMLInputElement).labels?.length)).toBe(1);
    expect(
      await page.evaluate(() => {
        const ids = document.activeElement?.getAttribute('aria-describedby')?.split(' ') ?? [];
        return ids.map((id) => document.getElementById(id)?.textContent).join(' ');
      }),
    ).toBe('Enter a name.');
    await page.keyboard.type('Birchlight Test Centre');
    await tabTo(page, /textbox "Name \(French\)"/);
    expect(await page.getByRole('textbox', { name: 'Name (French)' }).getAttribute('lang')).toBe('fr-CA');
    await page.keyboard.type('Centre d’essai Birchlight');
    await tabTo(page, /textbox "Number \(required\)"/);
    await page.keyboard.press('ControlOrMeta+A');
    await page.keyboard.type('705-555-0142');
    await page.keyboard.press('Enter');

    // Back at the service form, the new organization chosen, "Saved." said.
    await page.getByRole('heading', { name: 'New service', level: 1 }).waitFor();
    await page.getByRole('status').filter({ hasText: 'Saved.' }).waitFor();
    const organization = page.getByRole('combobox', { name: 'Organization (required)' });
    await expect
      .poll(() => organization.evaluate((s) => (s as HTMLSelectElement).selectedOptions[0]?.textContent))
      .toBe('Birchlight Test Centre');

    // French: the same kinds of problems, in French.
    await switchLanguage(page, 'Afficher en français');
    await page.getByRole('heading', { name: 'Nouveau service', level: 1 }).waitFor();
    await tabTo(page, /button "Ajouter un numéro"/);
    await page.keyboard.press('Enter');
    // Focus reaches the new field a frame after the Enter (later on a loaded machine).
    await expect.poll(() => focused(page)).toMatch(/textbox "Numéro \(obligatoire\)"/);
    await page.keyboard.type('sans numéro');
    await page.keyboard.press('Enter');
    const resume = page.getByRole('region', { name: /^À corriger avant d’enregistrer \(2\)\s:$/ });
    await resume.waitFor();
    // French puts a no-break space before a colon.
    const texts = await resume.getByRole('link').allTextContents();
    expect(texts.map((text) => text.replace(/\u00a0:/g, ' :'))).toEqual([
      'Nom (anglais) : Entrez un nom.',
      'Téléphone 1 : Numéro : Entrez un numéro de téléphone en chiffres, comme 705-555-0123.',
    ]);
    expect(await focused(page)).toMatch(/textbox "Nom \(anglais\) \(obligatoire\)"/);
    await shot(page, 'service-form-problems-fr-1280.png');
    await page.keyboard.type('Birchlight drop-in test');
    await page.keyboard.press('Tab');
    expect(await focused(page)).toMatch(/textbox "Description \(anglais\)"/);
    await page.keyboard.type('Walk in any weekday; no appointment needed.');
    await tabTo(page, /textbox "Nom \(français\)"/);
    await page.keyboard.type('Halte d’essai Birchlight');
    // The summary's link takes focus to its field.
    await tabTo(page, /link "Téléphone 1\s: Numéro/, { back: true });
    await page.keyboard.press('Enter');
    await expect.poll(() => focused(page)).toMatch(/textbox "Numéro \(obligatoire\)"/);
    await page.keyboard.press('ControlOrMeta+A');
    await page.keyboard.type('705-555-0143');
    // A condition stays "unknown" unless chosen: choose "no" for ID with the arrow keys.
    await tabTo(page, /radio "Inconnu"/);
    expect(await focused(page)).toMatch(/radio "Inconnu" \[checked\]/);
    await page.keyboard.press('ArrowLeft');
    expect(await focused(page)).toMatch(/radio "Non" \[checked\]/);
    await tabTo(page, /^- button "Enregistrer"$/m);
    await page.keyboard.press('Enter');
    await page.getByRole('heading', { name: 'Les fiches sur cet appareil', level: 1 }).waitFor();
    await page.getByRole('status').filter({ hasText: 'Enregistré.' }).waitFor();
    await shot(page, 'listings-fr-1280.png');

    // Found by search, in English.
    await switchLanguage(page, 'Show in English');
    await tabTo(page, /button "Find"/, { back: true });
    await page.keyboard.press('Enter');
    await tabTo(page, /searchbox "Search services"/);
    await page.keyboard.press('ControlOrMeta+A');
    await page.keyboard.type('drop-in test');
    await tabTo(page, /button "Birchlight drop-in test"/);
    await page.keyboard.press('Enter');
    const article = page.getByRole('article', { name: 'Birchlight drop-in test' });
    await article.waitFor();
    expect(await article.getByText('Birchlight Test Centre').count()).toBe(1);

    // In French: the French name; the English description, marked as such, with a note.
    await switchLanguage(page, 'Afficher en français');
    const articleFr = page.getByRole('article', { name: 'Halte d’essai Birchlight' });
    await articleFr.waitFor();
    const description = articleFr.getByText('Walk in any weekday; no appointment needed.');
    expect(await description.getAttribute('lang')).toBe('en-CA');
    await articleFr.getByText('Pas disponible en français; affiché en anglais.').first().waitFor();
    await shot(page, 'service-page-fr-1280.png', true);
    expect(await articleFr.getByText('Centre d’essai Birchlight').count()).toBe(1);

    // "Verified today" stamps today's date.
    const never = articleFr.getByText(/^Jamais vérifié/);
    expect(await never.count()).toBe(1);
    await tabTo(page, /button "Vérifiée aujourd’hui"/);
    await page.keyboard.press('Enter');
    const today = todayInTorontoFr();
    await articleFr.getByText(`Dernière vérification auprès de l’organisme : ${today}.`).waitFor();
    await page.getByRole('status').filter({ hasText: 'Marquée comme vérifiée' }).waitFor();

    // The form, at 1280 and 320 px, light and dark: no sideways scrolling, no serious axe problems.
    await tabTo(page, /button "Modifier cette fiche"/, { back: true });
    await page.keyboard.press('Enter');
    await page.getByRole('heading', { name: 'Modifier le service', level: 1 }).waitFor();
    await shot(page, 'service-form-1280.png', true);
    expect(await seriousAxeViolations(page)).toEqual([]);
    await page.setViewportSize({ width: 320, height: 900 });
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(320);
    await shot(page, 'service-form-320.png', true);
    await page.emulateMedia({ colorScheme: 'dark' });
    await shot(page, 'service-form-320-dark.png');
    expect(await seriousAxeViolations(page)).toEqual([]);
    const boxes = await page
      .locator('.editing input[type="checkbox"], .editing input[type="radio"]')
      .evaluateAll((inputs) =>
        inputs.map((i) => i.getBoundingClientRect()).map((r) => Math.min(r.width, r.height)),
      );
    expect(Math.min(...boxes)).toBeGreaterThanOrEqual(24);

    // Leaving with changes asks first; Escape keeps the form, the confirmation leaves it unsaved.
    await tabTo(page, /textbox "Nom \(anglais\)/);
    await page.keyboard.type(' (changed)');
    await tabTo(page, /^- button "Annuler"$/m);
    await page.keyboard.press('Enter');
    const ask = page.getByRole('dialog', { name: 'Quitter sans enregistrer?' });
    await ask.waitFor();
    await page.keyboard.press('Escape');
    await ask.waitFor({ state: 'hidden' });
    expect(await focused(page)).toMatch(/button "Annuler"/);
    await page.keyboard.press('Enter');
    await ask.waitFor();
    await tabTo(page, /button "Quitter sans enregistrer"/);
    await page.keyboard.press('Enter');
    await page.getByRole('article', { name: 'Halte d’essai Birchlight' }).waitFor();
    await context.close();
  });
});
