// The community service map in Chromium, offline: drawn from the coordinates with no tile server,
// keyboard reachable, with its table alternative and the gaps in plain words.
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { type Direction, pointInDirection } from '../../src/ui/map/nav';
import { CHROMIUM, seriousAxeViolations, waitForServiceWorker } from './harness';
import { type Running, serverAndBrowser } from './lifecycle';

describe.skipIf(!CHROMIUM)('the map in Chromium', () => {
  const running = serverAndBrowser();

  it('opens offline, answers the keyboard, and lists gaps', async () => {
    const context = await running.browser.newContext({
      locale: 'en-CA',
      viewport: { width: 390, height: 900 },
    });
    const page = await context.newPage();
    const origin = new URL(running.server.url).origin;
    const foreign: string[] = [];
    context.on('request', (r) => {
      if (!r.url().startsWith(origin)) foreign.push(r.url());
    });
    await page.goto(running.server.url);
    await page.getByRole('searchbox', { name: 'Search services' }).waitFor();
    await waitForServiceWorker(page);

    await running.server.stop();
    await context.setOffline(true);
    await page.reload();
    await page.getByRole('searchbox', { name: 'Search services' }).waitFor();
    await page.getByRole('navigation', { name: 'Main' }).getByRole('button', { name: 'Map' }).click();
    await page.getByRole('heading', { name: 'Community service map' }).waitFor();

    const map = page.getByRole('group', { name: /Map of northeastern Ontario/ });
    const points = map.getByRole('button');
    expect(await points.count()).toBe(26);
    await page.getByRole('combobox', { name: 'Need' }).selectOption({ label: 'Safer shelter' });
    await map.getByRole('button', { name: /^Cochrane \(road\)/ }).focus();
    await page.keyboard.press('Enter');
    await page.getByRole('heading', { name: 'Cochrane', level: 2 }).waitFor();
    expect(await map.getByRole('button', { name: /^Attawapiskat \(fly-in\)/ }).count()).toBe(1);

    const table = page.getByRole('region', { name: 'Communities: Safer shelter' });
    expect(await table.getByRole('row').count()).toBe(27);
    const gaps = page.getByRole('region', { name: 'Gaps, worst first' });
    expect(await gaps.getByRole('listitem').count()).toBeGreaterThan(0);
    expect(await gaps.getByRole('listitem').first().textContent()).toMatch(
      /^(No .+ (serves|within) |.+ for .+ is in .+, and not reachable by road|.+ reaches .+ only by )/,
    );
    expect(await seriousAxeViolations(page)).toEqual([]);
    expect(foreign).toEqual([]);
    await context.close();
  });
});

interface Spot {
  name: string;
  x: number;
  y: number;
  /** The hit area's width and height in CSS px. */
  w: number;
  h: number;
}

/** Opens the map at 320 px (the narrowest screen WCAG reflow asks for) in the given language. */
async function openMapAt320(running: Running, locale: 'en-CA' | 'fr-CA') {
  const context = await running.browser.newContext({ locale, viewport: { width: 320, height: 640 } });
  const page = await context.newPage();
  await page.goto(running.server.url);
  const fr = locale === 'fr-CA';
  await page
    .getByRole('navigation', { name: fr ? 'Principale' : 'Main' })
    .getByRole('button', { name: fr ? 'Carte' : 'Map' })
    .click();
  const map = page.getByRole('group', { name: fr ? /^Carte du Nord-Est/ : /^Map of northeastern Ontario/ });
  await map.waitFor();
  return { context, page, map };
}

/** Every point's hit area, in page CSS px (the SVG is scaled to the screen). */
function spots(page: Page): Promise<Spot[]> {
  return page.evaluate(() =>
    [...document.querySelectorAll('svg [role="button"]')].map((point) => {
      const r = (point.querySelector('.hit') as SVGCircleElement).getBoundingClientRect();
      return {
        name: point.getAttribute('aria-label') ?? '',
        x: r.left + r.width / 2 + scrollX,
        y: r.top + r.height / 2 + scrollY,
        w: r.width,
        h: r.height,
      };
    }),
  );
}

const focusedName = (page: Page) => page.evaluate(() => document.activeElement?.getAttribute('aria-label'));

describe.skipIf(!CHROMIUM)('the map at 320 px', () => {
  const running = serverAndBrowser();

  it('reads as a map: land under the points, a legend at text size, no sideways scroll (English, French)', async () => {
    for (const locale of ['en-CA', 'fr-CA'] as const) {
      const { context, page, map } = await openMapAt320(running, locale);
      expect(await map.locator('path.land').count()).toBe(1);
      const land = await map.locator('path.land').getAttribute('d');
      expect(land?.length ?? 0).toBeGreaterThan(500);
      expect(await map.locator('path.lake').getAttribute('d')).toMatch(/^M/);

      const legend = page.getByRole('list', { name: locale === 'fr-CA' ? 'Légende' : 'Legend' });
      const entries = legend.getByRole('listitem');
      expect(await entries.count()).toBe(7);
      await legend
        .getByText(locale === 'fr-CA' ? /^Communauté accessible par avion/ : /^Fly-in community/)
        .waitFor();
      await legend
        .getByText(locale === 'fr-CA' ? 'La communauté présentée ci-dessous' : 'The community shown below')
        .waitFor();
      const sizes = await legend
        .locator('svg')
        .evaluateAll((svgs) =>
          svgs.map((s) => [s.getBoundingClientRect().width, s.getBoundingClientRect().height]),
        );
      for (const [w, h] of sizes) {
        expect(w).toBeLessThanOrEqual(32);
        expect(h).toBeLessThanOrEqual(32);
      }

      expect(
        await page.evaluate(() => document.documentElement.scrollWidth - innerWidth),
      ).toBeLessThanOrEqual(0);
      await context.close();
    }
  });

  it('gives every point a hit area of 24 px that no other overlaps, and a click on its centre selects it', async () => {
    const { context, page, map } = await openMapAt320(running, 'en-CA');
    const all = await spots(page);
    expect(all).toHaveLength(26);
    for (const [i, a] of all.entries()) {
      expect(Math.min(a.w, a.h), a.name).toBeGreaterThanOrEqual(24);
      for (const b of all.slice(i + 1))
        expect(Math.hypot(a.x - b.x, a.y - b.y), `${a.name} / ${b.name}`).toBeGreaterThanOrEqual(
          (a.w + b.w) / 2,
        );
    }
    for (const spot of all) {
      const point = map.getByRole('button', { name: spot.name, exact: true });
      await point.evaluate((el) => el.scrollIntoView({ block: 'center' }));
      const scroll = await page.evaluate(() => [scrollX, scrollY] as const);
      await page.mouse.click(spot.x - scroll[0], spot.y - scroll[1]);
      expect(await point.getAttribute('aria-pressed'), spot.name).toBe('true');
    }
    await context.close();
  });

  it('is one tab stop; the arrow keys reach every point and Enter or Space selects it', async () => {
    const { context, page, map } = await openMapAt320(running, 'en-CA');
    await page.getByRole('spinbutton', { name: /^A gap is no in-person service/ }).focus();
    await page.keyboard.press('Tab');
    const first = await focusedName(page);
    expect(first).toMatch(/^North Bay \(road\)/);
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => !!document.activeElement?.closest('svg'))).toBe(false);
    await page.keyboard.press('Shift+Tab');
    expect(await focusedName(page)).toBe(first);

    const all = await spots(page);
    const index = (name: string | null | undefined) => all.findIndex((s) => s.name === name);
    const keys = { left: 'ArrowLeft', right: 'ArrowRight', up: 'ArrowUp', down: 'ArrowDown' } as const;
    for (const [n, target] of all.entries()) {
      const path = arrowPath(all, index(await focusedName(page)), n);
      expect(path, `a way to ${target.name}`).toBeDefined();
      for (const direction of path ?? []) await page.keyboard.press(keys[direction]);
      expect(await focusedName(page)).toBe(target.name);
      await page.keyboard.press(n % 2 ? 'Enter' : ' ');
      expect(
        await map.getByRole('button', { name: target.name, exact: true }).getAttribute('aria-pressed'),
      ).toBe('true');
    }
    await context.close();
  });

  it('selects a community from its row in the table', async () => {
    const { context, page, map } = await openMapAt320(running, 'en-CA');
    const table = page.getByRole('region', { name: /^Communities: / });
    await table.getByRole('button', { name: 'Hearst' }).click();
    await page.getByRole('heading', { name: 'Hearst', level: 2 }).waitFor();
    expect(await table.getByRole('button', { name: 'Hearst' }).getAttribute('aria-pressed')).toBe('true');
    expect(await map.getByRole('button', { name: /^Hearst \(road\)/ }).getAttribute('aria-pressed')).toBe(
      'true',
    );
    expect(await seriousAxeViolations(page)).toEqual([]);
    await context.close();
  });
});

/** The arrow keys that lead from one point to another (breadth first over what each arrow does). */
function arrowPath(points: readonly Spot[], from: number, to: number): Direction[] | undefined {
  const directions: Direction[] = ['left', 'right', 'up', 'down'];
  const seen = new Map<number, Direction[]>([[from, []]]);
  const queue = [from];
  while (queue.length) {
    const at = queue.shift() as number;
    const path = seen.get(at) ?? [];
    if (at === to) return path;
    for (const d of directions) {
      const next = pointInDirection(points, at, d);
      if (next === undefined || seen.has(next)) continue;
      seen.set(next, [...path, d]);
      queue.push(next);
    }
  }
  return undefined;
}
