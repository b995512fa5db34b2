// Files when there is no hub, in Chromium: device A imports an official HSDS example through the
// preview (its bad location refused with the reason, nothing written before Confirm), finds the new
// service by search, and saves the directory as a bundle; device B (another browser context) imports
// that bundle and finds the service too. A damaged file is refused with nothing written.
import { readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { CHROMIUM } from './harness';
import { serverAndBrowser } from './lifecycle';

const EXAMPLE = resolve('../shared/hsds/examples/service_full.json');
const nav = (page: Page, name: string) =>
  page.getByRole('navigation', { name: 'Main' }).getByRole('button', { name, exact: true });
const results = (page: Page) => page.getByRole('region', { name: /^(\d+ services|1 service)$/ });

async function openTransfer(page: Page): Promise<void> {
  await nav(page, 'Settings').click();
  await page.getByRole('button', { name: 'Import and export' }).click();
  await page.getByRole('heading', { name: 'Import and export', level: 1 }).waitFor();
}

async function importFile(page: Page, path: string): Promise<void> {
  const [chooser] = await Promise.all([
    page.waitForEvent('filechooser'),
    page.getByRole('button', { name: 'Import', exact: true }).click(),
  ]);
  await chooser.setFiles(path);
}

async function search(page: Page, text: string): Promise<void> {
  await nav(page, 'Find').click();
  await page.getByRole('searchbox', { name: 'Search services' }).fill(text);
}

describe.skipIf(!CHROMIUM)('import and export in Chromium', () => {
  const running = serverAndBrowser();

  it('imports an HSDS file through the preview, and carries the directory to another device as a bundle', async () => {
    const a = await (await running.browser.newContext({ locale: 'en-CA', acceptDownloads: true })).newPage();
    await a.goto(running.server.url);
    await results(a).getByRole('listitem').first().waitFor();
    await openTransfer(a);
    await importFile(a, EXAMPLE);
    const preview = a.getByRole('region', { name: 'What this import would do' });
    await preview.waitFor();
    await preview.getByText('New: 2').waitFor();
    await preview.getByText('Cannot be imported: 1').waitFor();
    await preview.getByText('Cannot be imported (1)').click();
    await preview.getByText(/latitude/).waitFor();
    // Nothing is written before the person confirms.
    await search(a, 'Community Counselling');
    await a.getByText('No services match').or(results(a).getByRole('listitem').first()).first().waitFor();
    expect(await a.getByRole('button', { name: 'Community Counselling' }).count()).toBe(0);

    await openTransfer(a);
    await importFile(a, EXAMPLE);
    await a.getByRole('button', { name: 'Import 2 records' }).click();
    await a.getByRole('status').getByText('Imported 2 records.', { exact: false }).waitFor();
    await search(a, 'Community Counselling');
    await a.getByRole('button', { name: 'Community Counselling' }).waitFor();

    await openTransfer(a);
    const [download] = await Promise.all([
      a.waitForEvent('download'),
      a.getByRole('button', { name: 'Directory as a bundle' }).click(),
    ]);
    const bundle = join(tmpdir(), `bundle-${Date.now()}.circle.json`);
    await download.saveAs(bundle);
    expect(download.suggestedFilename()).toMatch(/^directory-\d{4}-\d{2}-\d{2}\.circle\.json$/);

    const b = await (await running.browser.newContext({ locale: 'fr-CA' })).newPage();
    await b.goto(running.server.url);
    await b.getByRole('navigation', { name: 'Principale' }).waitFor();
    await b.getByRole('navigation', { name: 'Principale' }).getByRole('button', { name: 'Réglages' }).click();
    await b.getByRole('button', { name: 'Importer et exporter' }).click();
    // A damaged copy first: refused, with nothing written.
    const damaged = join(tmpdir(), `damaged-${Date.now()}.circle.json`);
    writeFileSync(
      damaged,
      readFileSync(bundle, 'utf8').replace('Community Counselling', 'Community Counseling'),
    );
    const [chooser] = await Promise.all([
      b.waitForEvent('filechooser'),
      b.getByRole('button', { name: 'Importer', exact: true }).click(),
    ]);
    await chooser.setFiles(damaged);
    await b.getByRole('alert').getByText('Ce paquet est endommagé', { exact: false }).waitFor();
    const [again] = await Promise.all([
      b.waitForEvent('filechooser'),
      b.getByRole('button', { name: 'Importer', exact: true }).click(),
    ]);
    await again.setFiles(bundle);
    await b.getByText('Nouveaux : 2').waitFor();
    await b.getByRole('button', { name: 'Importer 2 fiches' }).click();
    await b.getByRole('status').getByText('2 fiches importées', { exact: false }).waitFor();
    await b
      .getByRole('navigation', { name: 'Principale' })
      .getByRole('button', { name: 'Chercher', exact: true })
      .click();
    await b.getByRole('searchbox').fill('Community Counselling');
    await b.getByRole('button', { name: 'Community Counselling' }).waitFor();
  }, 120_000);
});
