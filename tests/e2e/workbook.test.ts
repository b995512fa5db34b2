// The Service Mapping Toolkit in Chromium: start an assessment, rate and write, go offline and
// reload: everything is there and the person resumes where they were. The print view has every
// section. The workbook's code is not part of the first visit.
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { CHROMIUM, seriousAxeViolations, waitForServiceWorker } from './harness';
import { serverAndBrowser } from './lifecycle';

async function openToolkit(page: Page) {
  await page.getByRole('navigation', { name: 'Main' }).getByRole('button', { name: 'Toolkit' }).click();
  await page.getByRole('heading', { name: 'Service Mapping Toolkit' }).waitFor();
}

describe.skipIf(!CHROMIUM)('the workbook in Chromium', () => {
  const running = serverAndBrowser();

  it('autosaves, works offline across a reload, resumes, and prints every section', async () => {
    const context = await running.browser.newContext({
      locale: 'en-CA',
      viewport: { width: 390, height: 900 },
    });
    const page = await context.newPage();
    const scripts: string[] = [];
    page.on('request', (r) => {
      if (r.resourceType() === 'script') scripts.push(new URL(r.url()).pathname);
    });
    await page.goto(running.server.url);
    await page.getByRole('searchbox', { name: 'Search services' }).waitFor();
    await waitForServiceWorker(page);
    expect(scripts.some((s) => s.includes('WorkbookScreen'))).toBe(false);

    await openToolkit(page);
    expect(scripts.some((s) => s.includes('WorkbookScreen'))).toBe(true);
    await page.getByRole('textbox', { name: 'Agency' }).fill('Birchlight Women’s Centre');
    await page.getByRole('button', { name: 'Start assessment' }).click();
    await page.getByRole('heading', { name: /Birchlight Women’s Centre/ }).waitFor();

    // Approaches: rate one and write evidence.
    const relational = page.getByRole('group', { name: 'Relational' });
    await relational.getByRole('radio', { name: 'Strong' }).check();
    await relational.getByRole('textbox', { name: 'Evidence' }).fill('Workers follow each person’s lead.');

    // Programming: shelter offered without harm reduction is flagged by the integration check.
    await page.getByRole('button', { name: /^Programming/ }).click();
    const shelter = page.getByRole('group', { name: 'Safer shelter' });
    await shelter.getByRole('radio', { name: 'In place' }).check();
    await shelter.getByRole('textbox', { name: 'Next step' }).fill('Train staff in harm reduction');
    await shelter.getByRole('button', { name: 'Add to action plan: Safer shelter' }).click();
    await page
      .getByRole('region', { name: 'Integration check' })
      .getByText(/Safer shelter is offered without: .*Harm reduction/)
      .waitFor();
    await page.getByRole('status').filter({ hasText: 'Saved on this device' }).waitFor();

    // No network at all, then reload.
    await running.server.stop();
    await context.setOffline(true);
    await page.reload();
    await page.getByRole('searchbox', { name: 'Search services' }).waitFor();
    await openToolkit(page);
    await page.getByRole('button', { name: 'Resume where you left off' }).click();
    await page.getByRole('heading', { name: 'Programming', level: 2 }).waitFor();
    const shelterAgain = page.getByRole('group', { name: 'Safer shelter' });
    expect(await shelterAgain.getByRole('radio', { name: 'In place' }).isChecked()).toBe(true);
    expect(await shelterAgain.getByRole('textbox', { name: 'Next step' }).inputValue()).toBe(
      'Train staff in harm reduction',
    );
    await page.getByRole('button', { name: /^Approaches/ }).click();
    expect(
      await page
        .getByRole('group', { name: 'Relational' })
        .getByRole('textbox', { name: 'Evidence' })
        .inputValue(),
    ).toBe('Workers follow each person’s lead.');
    const plan = page.getByRole('region', { name: 'Action plan' });
    const action = plan.getByRole('listitem').filter({ hasText: 'Train staff in harm reduction' });
    await action.getByRole('textbox', { name: 'Owner' }).fill('Director');
    await action.getByRole('textbox', { name: 'Owner' }).press('Tab');
    await action.getByLabel('Due').fill('2020-01-31');
    await action.getByLabel('Due').press('Tab');
    await action.getByText('Overdue').waitFor();
    await page.getByRole('img', { name: /Medicine wheel/ }).waitFor();
    expect(await seriousAxeViolations(page)).toEqual([]);

    // The print view: every section, the screen controls gone.
    await page.emulateMedia({ media: 'print' });
    const report = page.getByRole('article', { name: 'Report and export' });
    for (const section of [
      'Approaches',
      'Knowledges',
      'Programming',
      'The 7 Principles for Collaboration',
      'Access barriers',
    ]) {
      expect(await report.getByRole('heading', { name: new RegExp(`^${section} \\(`) }).isVisible()).toBe(
        true,
      );
    }
    expect(await report.getByText('Evidence: Workers follow each person’s lead.').isVisible()).toBe(true);
    expect(await page.getByRole('button', { name: 'Quick exit' }).isVisible()).toBe(false);
    expect(await page.getByRole('button', { name: 'Print or save as PDF' }).isVisible()).toBe(false);
    await context.close();
  });
});
