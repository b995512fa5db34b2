// Phone first, in Chromium: every screen at 320, 360 and 1280 px, in English and French, light and
// dark (no sideways scroll, every destination one tap away, headings in order, axe clean including
// moderate, a screenshot of each kept in test-artifacts/phone/), Back inside the app with and without
// CloseWatcher, quick exit after the skip link, and focus never hidden under the bars.
import { mkdirSync } from 'node:fs';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { axeViolations, CHROMIUM, launchBrowser, type RunningServer, startServer } from './harness';

const NEUTRAL = 'https://neutral.example/';
const ARTIFACTS = 'test-artifacts/phone';

const WORDS = {
  en: {
    destinations: ['Find', 'Saved', 'Toolkit', 'Map', 'Settings'],
    crisis: 'Crisis lines',
    exit: 'Quick exit',
    nav: 'Main',
    search: 'Search services',
    switchTo: 'Afficher en français',
    backToResults: 'Back to results',
    allAssessments: 'All assessments',
  },
  fr: {
    destinations: ['Chercher', 'Favoris', 'Trousse', 'Carte', 'Réglages'],
    crisis: 'Lignes de crise',
    exit: 'Sortie rapide',
    nav: 'Principale',
    search: 'Chercher des services',
    switchTo: 'Show in English',
    backToResults: 'Retour aux résultats',
    allAssessments: 'Toutes les évaluations',
  },
} as const;

const results = (page: Page) => page.getByRole('region', { name: /^(\d+ services|1 service)$/ });
const cards = (page: Page) => results(page).getByRole('article');

async function openApp(context: BrowserContext, url: string): Promise<Page> {
  const page = await context.newPage();
  await page.goto(url);
  await cards(page).first().waitFor();
  return page;
}

/** The neutral site quick exit goes to, served in the browser (no network). */
function serveNeutralSite(context: BrowserContext) {
  return context.route(`${NEUTRAL}**`, (route) =>
    route.fulfill({ contentType: 'text/html', body: '<!doctype html><title>Weather</title>' }),
  );
}

/** Settings: quick exit leaves for the neutral site. */
async function chooseNeutralSite(page: Page) {
  await page.getByRole('navigation', { name: 'Main' }).getByRole('button', { name: 'Settings' }).click();
  await page.getByRole('textbox', { name: 'Site to show when leaving quickly' }).fill(NEUTRAL);
  await page.getByRole('button', { name: 'Save site' }).click();
}

/** Quick exit, then Back from the neutral site: the app must not come back. */
async function quickExitLeavesNothing(page: Page, appUrl: string) {
  await page.getByRole('button', { name: 'Quick exit' }).click();
  await page.waitForURL(NEUTRAL);
  await page.goBack().catch(() => null);
  await page.waitForTimeout(300);
  expect(page.url().startsWith(appUrl)).toBe(false);
}

/** Whether an element's box lies wholly inside the viewport. */
async function inView(page: Page, locator: ReturnType<Page['locator']>): Promise<boolean> {
  const box = await locator.boundingBox();
  const { width, height } = page.viewportSize() ?? { width: 0, height: 0 };
  return (
    !!box &&
    box.x >= 0 &&
    box.y >= 0 &&
    box.x + box.width <= width + 0.5 &&
    box.y + box.height <= height + 0.5
  );
}

/** Heading levels in the main region, in order; a skipped level or a missing h1 is a fault. */
function headingProblems(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const levels = [...document.querySelectorAll('main h1, main h2, main h3, main h4, main h5, main h6')]
      .filter((h) => (h as HTMLElement).offsetParent !== null || h.classList.contains('visually-hidden'))
      .map((h) => Number(h.tagName[1]));
    const problems: string[] = [];
    if (levels[0] !== 1) problems.push(`first heading is h${levels[0]}`);
    for (let i = 1; i < levels.length; i++) {
      const [a, b] = [levels[i - 1] as number, levels[i] as number];
      if (b > a + 1) problems.push(`h${a} → h${b}`);
    }
    return problems;
  });
}

/** The top bar's bottom edge and the bottom bar's top edge (the viewport's height without one). */
function barEdges(page: Page): Promise<{ top: number; bottom: number }> {
  return page.evaluate(() => {
    const header = document.querySelector('header.bar')?.getBoundingClientRect();
    const dock = document.querySelector('nav.dests');
    const docked = dock && getComputedStyle(dock).position === 'fixed';
    return {
      top: header?.bottom ?? 0,
      bottom: docked ? (dock as HTMLElement).getBoundingClientRect().top : window.innerHeight,
    };
  });
}

describe.skipIf(!CHROMIUM)('phone first', () => {
  let server: RunningServer;
  let browser: Browser;

  beforeAll(async () => {
    mkdirSync(ARTIFACTS, { recursive: true });
    [server, browser] = await Promise.all([startServer(), launchBrowser()]);
  });
  afterAll(async () => {
    await browser?.close();
    await server?.stop();
  });

  it('every screen fits 320, 360 and 1280 px in both languages and themes, with every destination one tap away', async () => {
    const faults: string[] = [];
    for (const width of [320, 360, 1280])
      for (const lang of ['en', 'fr'] as const)
        for (const scheme of ['light', 'dark'] as const) {
          const words = WORDS[lang];
          const context = await browser.newContext({
            locale: lang === 'fr' ? 'fr-CA' : 'en-CA',
            viewport: { width, height: 720 },
            colorScheme: scheme,
          });
          const page = await openApp(context, server.url);
          // An assessment to open (the workbook's widest screen).
          const nav = page.getByRole('navigation', { name: words.nav });
          await nav.getByRole('button', { name: words.destinations[2] }).click();
          await page
            .getByRole('textbox', { name: lang === 'en' ? 'Agency' : 'Organisme' })
            .fill('Birchlight');
          await page
            .getByRole('button', { name: lang === 'en' ? 'Start assessment' : 'Commencer l’évaluation' })
            .click();
          await page.getByRole('heading', { level: 1, name: /Birchlight/ }).waitFor();
          // Axe (moderate included) where it differs: both languages at 320, one wide screen.
          const runAxe = width === 320 || (width === 1280 && lang === 'en');

          const screens: Array<[string, () => Promise<unknown>]> = [
            ['assessment', async () => {}],
            ['find', () => nav.getByRole('button', { name: words.destinations[0] }).click()],
            [
              'service',
              async () => {
                await cards(page).first().getByRole('heading').getByRole('button').click();
                await page.getByRole('button', { name: words.backToResults }).waitFor();
              },
            ],
            ['crisis', () => page.getByRole('banner').getByRole('button', { name: words.crisis }).click()],
            ['saved', () => nav.getByRole('button', { name: words.destinations[1] }).click()],
            ['toolkit', () => nav.getByRole('button', { name: words.destinations[2] }).click()],
            ['map', () => nav.getByRole('button', { name: words.destinations[3] }).click()],
            ['settings', () => nav.getByRole('button', { name: words.destinations[4] }).click()],
          ];
          for (const [name, go] of screens) {
            await go();
            await page.locator('main h1').first().waitFor();
            await page.waitForTimeout(150);
            const where = `${name} ${width} ${lang} ${scheme}`;
            await page.screenshot({
              path: `${ARTIFACTS}/${name}-${width}-${lang}-${scheme}.png`,
              fullPage: true,
            });
            const { scrollWidth, innerWidth } = await page.evaluate(() => ({
              scrollWidth: document.documentElement.scrollWidth,
              innerWidth: window.innerWidth,
            }));
            if (scrollWidth > innerWidth) faults.push(`${where}: scrolls sideways (${scrollWidth} px)`);
            for (const label of words.destinations)
              if (!(await inView(page, nav.getByRole('button', { name: label, exact: true }))))
                faults.push(`${where}: "${label}" is not in view`);
            for (const [label, control] of [
              [words.crisis, page.getByRole('banner').getByRole('button', { name: words.crisis })],
              [words.exit, page.getByRole('button', { name: words.exit })],
            ] as const)
              if (!(await inView(page, control))) faults.push(`${where}: "${label}" is not in view`);
            for (const problem of await headingProblems(page)) faults.push(`${where}: ${problem}`);
            if (runAxe) for (const v of await axeViolations(page)) faults.push(`${where}: axe ${v}`);
          }
          await context.close();
        }
    expect(faults).toEqual([]);
  }, 600_000);

  it('Back on a service page (a close request) stays in the app, with the scroll and the card restored', async () => {
    const context = await browser.newContext({ locale: 'en-CA', viewport: { width: 360, height: 720 } });
    const page = await openApp(context, server.url);
    const entries = await page.evaluate(() => history.length);
    const card = cards(page).nth(4);
    await card.scrollIntoViewIfNeeded();
    await page.evaluate(() => window.scrollBy(0, 40));
    const scrolled = await page.evaluate(() => window.scrollY);
    expect(scrolled).toBeGreaterThan(300);
    const title = card.getByRole('heading').getByRole('button');
    const name = (await title.textContent()) ?? '';
    await title.click();
    await page.getByRole('button', { name: 'Back to results' }).waitFor();
    // No history entry was added for the service page.
    expect(await page.evaluate(() => history.length)).toBe(entries);
    // A phone's Back is a close request; on a desktop Chromium, Escape makes one too.
    await page.keyboard.press('Escape');
    await cards(page).first().waitFor();
    expect(page.url()).toBe(`${new URL(server.url).origin}/`);
    expect(Math.abs((await page.evaluate(() => window.scrollY)) - scrolled)).toBeLessThan(4);
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe(name);

    // The top bar's back arrow and "Back to results" do the same.
    await title.click();
    await page.getByRole('banner').getByRole('button', { name: 'Back', exact: true }).click();
    await cards(page).first().waitFor();
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe(name);
    await title.click();
    await page.getByRole('button', { name: 'Back to results' }).click();
    await cards(page).first().waitFor();
    expect(Math.abs((await page.evaluate(() => window.scrollY)) - scrolled)).toBeLessThan(4);
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe(name);
    await context.close();
  });

  it('without CloseWatcher: Back stays in the app through one guard entry, and quick exit steps over it', async () => {
    const context = await browser.newContext({ locale: 'en-CA', viewport: { width: 360, height: 720 } });
    await context.addInitScript(() => {
      delete (window as { CloseWatcher?: unknown }).CloseWatcher;
    });
    await serveNeutralSite(context);
    const page = await openApp(context, server.url);
    await chooseNeutralSite(page);
    await page.getByRole('navigation', { name: 'Main' }).getByRole('button', { name: 'Find' }).click();
    const entries = await page.evaluate(() => history.length);

    const title = cards(page).nth(2).getByRole('heading').getByRole('button');
    const name = (await title.textContent()) ?? '';
    await title.click();
    await page.getByRole('button', { name: 'Back to results' }).waitFor();
    expect(await page.evaluate(() => history.length)).toBe(entries + 1);
    await page.goBack();
    await cards(page).first().waitFor();
    expect(page.url()).toBe(`${new URL(server.url).origin}/`);
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe(name);

    // Deep again (a service page, then its guard), then quick exit: Back from the exit site never
    // returns to the app.
    await title.click();
    await page.getByRole('button', { name: 'Back to results' }).waitFor();
    expect(await page.evaluate(() => (history.state as { cocGuard?: boolean } | null)?.cocGuard)).toBe(true);
    await quickExitLeavesNothing(page, server.url);
    await context.close();
  });

  it('quick exit after "Skip to content" leaves nothing to go back to', async () => {
    const context = await browser.newContext({ locale: 'en-CA' });
    await serveNeutralSite(context);
    const page = await openApp(context, server.url);
    await chooseNeutralSite(page);
    const entries = await page.evaluate(() => history.length);
    const skip = page.getByRole('link', { name: 'Skip to content' });
    await skip.focus();
    await page.keyboard.press('Enter');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('main');
    expect(page.url()).toBe(`${new URL(server.url).origin}/`);
    expect(await page.evaluate(() => history.length)).toBe(entries);
    await quickExitLeavesNothing(page, server.url);
    await context.close();
  });

  it('filters: quick toggles, chips that remove with one tap, folding groups, "Show N services" in reach', async () => {
    const context = await browser.newContext({ locale: 'en-CA', viewport: { width: 320, height: 640 } });
    const page = await openApp(context, server.url);
    const count = async () =>
      Number(
        ((await results(page).getByRole('heading', { level: 2 }).last().textContent()) ?? '').split(' ')[0],
      );
    const all = await count();
    await page
      .getByRole('group', { name: 'Quick filters' })
      .getByRole('button', { name: 'Open now' })
      .click();
    await expect.poll(count).toBeLessThan(all);

    await page.getByText('More filters', { exact: true }).click();
    await page
      .locator('summary')
      .filter({ hasText: /^Programs$/ })
      .click();
    const box = page.getByRole('checkbox', { name: 'Transitional housing' });
    await box.check();
    const size = await box.boundingBox();
    expect(Math.min(size?.width ?? 0, size?.height ?? 0)).toBeGreaterThanOrEqual(24);
    // The panel is long: its "Show N services" stays in view, above the bottom bar.
    await page
      .locator('summary')
      .filter({ hasText: /^Sectors$/ })
      .click();
    await page.getByRole('checkbox').last().scrollIntoViewIfNeeded();
    const show = page.getByRole('button', { name: /^Show \d+ services?$/ });
    expect(await inView(page, show)).toBe(true);
    const { bottom } = await barEdges(page);
    expect(
      ((await show.boundingBox())?.y ?? 0) + ((await show.boundingBox())?.height ?? 0),
    ).toBeLessThanOrEqual(bottom + 0.5);
    const shown = await count();
    expect(await show.textContent()).toBe(`Show ${shown} services`);
    await show.click();
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('results-title');

    // The chip (not the quick toggle's) removes its filter with one tap.
    const chips = page.getByRole('list', { name: 'Active filters' });
    await chips.getByRole('button', { name: 'Remove filter: Transitional housing' }).click();
    await expect.poll(() => chips.count()).toBe(0);
    await expect.poll(count).toBeGreaterThan(shown);

    // Back (a close request) folds an open panel and stays on Find.
    await page.getByText('More filters', { exact: true }).click();
    await page
      .locator('summary')
      .filter({ hasText: /^Access$/ })
      .waitFor();
    await page.keyboard.press('Escape');
    await expect
      .poll(() =>
        page
          .locator('summary')
          .filter({ hasText: /^Access$/ })
          .isVisible(),
      )
      .toBe(false);
    expect(await page.getByRole('searchbox', { name: 'Search services' }).isVisible()).toBe(true);
    await context.close();
  });

  it('after the first visit the sample banner takes one line, and fields have 3:1 borders in both themes', async () => {
    const context = await browser.newContext({ locale: 'en-CA', viewport: { width: 360, height: 720 } });
    const page = await openApp(context, server.url);
    const banner = page.getByRole('region', { name: 'Sample directory' });
    const first = (await banner.boundingBox())?.height ?? 0;
    await page.reload();
    await cards(page).first().waitFor();
    const later = (await banner.boundingBox())?.height ?? 0;
    expect(later).toBeLessThan(first / 2);
    expect(await banner.textContent()).toMatch(/fictional/);
    // More than one result above the fold on a phone.
    const folds = await cards(page).evaluateAll(
      (els) => els.filter((el) => el.getBoundingClientRect().top < 720).length,
    );
    expect(folds).toBeGreaterThan(1);

    for (const theme of ['light', 'dark']) {
      await page.evaluate((value) => {
        document.documentElement.dataset.theme = value;
      }, theme);
      const ratios = await page.evaluate(() => {
        const rgb = (c: string) => (c.match(/\d+(\.\d+)?/g) ?? []).slice(0, 3).map(Number);
        const lum = (c: string) => {
          const [r, g, b] = rgb(c).map((v) => {
            const s = v / 255;
            return s <= 0.03928 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
          }) as [number, number, number];
          return 0.2126 * r + 0.7152 * g + 0.0722 * b;
        };
        const ratio = (a: string, b: string) => {
          const [x, y] = [lum(a), lum(b)].sort((p, q) => q - p) as [number, number];
          return (x + 0.05) / (y + 0.05);
        };
        const page = getComputedStyle(document.body).backgroundColor;
        return [...document.querySelectorAll('input[type="search"], select')].map((el) => {
          const style = getComputedStyle(el);
          return Math.min(
            ratio(style.borderTopColor, page),
            ratio(style.borderTopColor, style.backgroundColor),
          );
        });
      });
      for (const r of ratios) expect(r).toBeGreaterThanOrEqual(3);
    }
    await context.close();
  });

  it('focus is never hidden under the bars, and lands where the person is going', async () => {
    const context = await browser.newContext({ locale: 'en-CA', viewport: { width: 320, height: 640 } });
    const page = await openApp(context, server.url);
    const hidden: string[] = [];
    const check = async (step: string) => {
      const { top, bottom } = await barEdges(page);
      const box = await page.evaluate(() => {
        const el = document.activeElement as HTMLElement | null;
        if (!el || el === document.body || el.closest('header.bar')) return null;
        const r = el.getBoundingClientRect();
        return { top: r.top, bottom: r.bottom, text: (el.textContent ?? el.tagName).slice(0, 30) };
      });
      if (box && (box.top < top - 0.5 || box.bottom > bottom + 0.5))
        hidden.push(
          `${step}: "${box.text}" at ${Math.round(box.top)}–${Math.round(box.bottom)}, bars ${top}–${bottom}`,
        );
    };
    for (let i = 0; i < 40; i++) {
      await page.keyboard.press('Tab');
      await check(`Tab ${i + 1}`);
    }
    for (let i = 0; i < 30; i++) {
      await page.keyboard.press('Shift+Tab');
      await check(`Shift+Tab ${i + 1}`);
    }
    expect(hidden).toEqual([]);

    // "Show more": focus on the first new card.
    const showMore = results(page).getByRole('button', { name: 'Show more' });
    await showMore.click();
    await expect.poll(() => cards(page).count()).toBe(40);
    await expect
      .poll(() => page.evaluate(() => document.activeElement?.textContent))
      .toBe(await cards(page).nth(20).getByRole('heading').textContent());
    await check('after Show more');

    // The workbook: creating an assessment and "All assessments" focus the new view's heading.
    await page.getByRole('navigation', { name: 'Main' }).getByRole('button', { name: 'Toolkit' }).click();
    await page.getByRole('textbox', { name: 'Agency' }).fill('Birchlight');
    await page.getByRole('button', { name: 'Start assessment' }).click();
    await expect.poll(() => page.evaluate(() => document.activeElement?.tagName)).toBe('H1');
    expect(await page.evaluate(() => document.activeElement?.textContent)).toMatch(/Birchlight/);
    await page.getByRole('button', { name: 'All assessments' }).click();
    await expect
      .poll(() => page.evaluate(() => document.activeElement?.textContent))
      .toBe('Service Mapping Toolkit');
    // Back inside the workbook: an open assessment closes to the list.
    await page.getByRole('button', { name: /^Birchlight/ }).click();
    await page.getByRole('button', { name: 'All assessments' }).waitFor();
    await page.keyboard.press('Escape');
    await page.getByRole('heading', { level: 2, name: 'Your assessments' }).waitFor();
    await context.close();
  });
});
