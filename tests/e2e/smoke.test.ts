// The built app, served by the real server, in Debian's Chromium: it loads, loads the sample
// directory into IndexedDB, shows the sample banner and the crisis lines, and breaks no CSP rule.
import { describe, expect, it } from 'vitest';
import { CHROMIUM } from './harness';
import { serverAndBrowser } from './lifecycle';

describe.skipIf(!CHROMIUM)('smoke: the built app in Chromium', () => {
  const running = serverAndBrowser();

  it('loads, shows the sample banner, the directory and the crisis lines, all from its own origin', async () => {
    const context = await running.browser.newContext({ locale: 'en-CA' });
    const page = await context.newPage();
    const origin = new URL(running.server.url).origin;
    const foreignRequests: string[] = [];
    const failed: string[] = [];
    page.on('request', (request) => {
      if (new URL(request.url()).origin !== origin) foreignRequests.push(request.url());
    });
    page.on('response', (response) => {
      if (response.status() >= 400) failed.push(`${response.status()} ${response.url()}`);
    });
    const errors: string[] = [];
    page.on('pageerror', (error) => errors.push(error.message));
    await page.addInitScript(() => {
      (window as unknown as { cspViolations: string[] }).cspViolations = [];
      document.addEventListener('securitypolicyviolation', (e) => {
        (window as unknown as { cspViolations: string[] }).cspViolations.push(
          `${e.violatedDirective} ${e.blockedURI}`,
        );
      });
    });

    await page.goto(running.server.url);

    const banner = page.getByRole('region', { name: 'Sample directory' });
    await banner.waitFor();
    expect(await banner.textContent()).toContain('fictional');

    const results = page.getByRole('region', { name: /^\d+ services$/ });
    await results.getByRole('listitem').first().waitFor();
    expect(await results.getByRole('article').count()).toBe(20);
    await results.getByRole('button', { name: 'Show more' }).click();
    await expect.poll(() => results.getByRole('article').count()).toBe(40);

    await page.getByRole('banner').getByRole('button', { name: 'Crisis lines' }).click();
    const crisis = page.getByRole('region', { name: 'Crisis and support lines' });
    expect(await crisis.getByRole('link', { name: 'Call 1-833-900-1010' }).getAttribute('href')).toBe(
      'tel:18339001010',
    );
    expect(await crisis.getByText(/911 does not reach every remote First Nation/).count()).toBe(1);

    expect(await page.title()).toBe('Circle of Care');
    expect(page.url()).toBe(`${origin}/`);
    expect(foreignRequests).toEqual([]);
    expect(failed).toEqual([]);
    expect(errors).toEqual([]);
    expect(
      await page.evaluate(() => (window as unknown as { cspViolations: string[] }).cspViolations),
    ).toEqual([]);
    await context.close();
  });

  it('switches to French', async () => {
    const context = await running.browser.newContext({ locale: 'en-CA' });
    const page = await context.newPage();
    await page.goto(running.server.url);
    await page.getByRole('region', { name: 'Sample directory' }).waitFor();
    await page.getByRole('button', { name: 'Afficher en français' }).click();
    await page.getByRole('region', { name: 'Répertoire d’exemple' }).waitFor();
    await expect.poll(() => page.getAttribute('html', 'lang')).toBe('fr-CA');
    expect(await page.getByRole('searchbox', { name: 'Chercher des services' }).count()).toBe(1);
    await context.close();
  });
});
