// The community service map in Chromium, offline: drawn from the coordinates with no tile server,
// keyboard reachable, with its table alternative and the gaps in plain words.
import { describe, expect, it } from 'vitest';
import { CHROMIUM, seriousAxeViolations, waitForServiceWorker } from './harness';
import { serverAndBrowser } from './lifecycle';

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
