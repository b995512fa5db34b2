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

describe.skipIf(!CHROMIUM)('the toolkit says whose words these are, at 320 px', () => {
  const running = serverAndBrowser();

  it('names its source, opens About with the glossary, and unfolds what an item means', async () => {
    const context = await running.browser.newContext({
      locale: 'en-CA',
      viewport: { width: 320, height: 720 },
    });
    const page = await context.newPage();
    const noSidewaysScroll = async () =>
      expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(320);
    await page.goto(running.server.url);
    await page.getByRole('searchbox', { name: 'Search services' }).waitFor();
    await openToolkit(page);
    await page.getByText(/^Adapted for this app from NORAHT Policy Brief No\. 1 \(2020\)/).waitFor();

    // About: the source, the further resources and the glossary; Back returns to the toolkit.
    await page.getByRole('button', { name: 'About this toolkit' }).click();
    const about = page.getByRole('region', { name: 'About this toolkit' });
    await about.getByRole('heading', { name: 'Further NORAHT resources' }).waitFor();
    await about.getByText(/Trauma and Violence Informed Approaches to Human Trafficking/).waitFor();
    const glossary = about.getByRole('region', { name: 'Glossary' });
    await glossary.getByText(/coercion, force, deception/).waitFor();
    await noSidewaysScroll();
    expect(await seriousAxeViolations(page)).toEqual([]);
    await about.getByRole('button', { name: 'Back to the toolkit' }).first().click();
    await page.getByRole('heading', { name: 'Service Mapping Toolkit' }).waitFor();
    expect(
      await page
        .getByRole('button', { name: 'About this toolkit' })
        .evaluate((b) => b === document.activeElement),
    ).toBe(true);

    await page.getByRole('textbox', { name: 'Agency' }).fill('Cedar Path');
    await page.getByRole('button', { name: 'Start assessment' }).click();
    await page.getByRole('heading', { name: /Cedar Path/ }).waitFor();

    // An item's meaning, folded until asked for; its glossary link opens About at the entry.
    const critical = page.getByRole('group', { name: 'Critical anti-trafficking' });
    const meaning = critical.getByText(/Recognizes the distinction between sex work and human trafficking/);
    expect(await meaning.isVisible()).toBe(false);
    await critical.getByText('What this means').click();
    await meaning.waitFor();
    await critical.getByRole('button', { name: 'Glossary: Human trafficking' }).click();
    expect(
      await page
        .getByRole('region', { name: 'About this toolkit' })
        .getByText('Human trafficking', { exact: true })
        .evaluate((dt) => dt === document.activeElement),
    ).toBe(true);
    // A phone's Back (a close request; Escape makes one in desktop Chromium) returns to the item.
    await page.keyboard.press('Escape');
    const link = critical.getByRole('button', { name: 'Glossary: Human trafficking' });
    await link.waitFor();
    expect(await link.evaluate((b) => b === document.activeElement)).toBe(true);

    // Principles always apply: no "not applicable". Barriers rate their removal.
    await page.getByRole('button', { name: /^The 7 Principles/ }).click();
    const lived = page.getByRole('group', { name: /People with lived experience/ });
    await lived.getByRole('radio', { name: 'Strong' }).waitFor();
    expect(await lived.getByRole('radio', { name: 'Not applicable' }).count()).toBe(0);
    await lived.getByText('What this means').click();
    await lived.getByText(/design, management and evaluation of programs/).waitFor();
    await noSidewaysScroll();
    await page.getByRole('button', { name: /^Access barriers/ }).click();
    const police = page.getByRole('group', { name: 'Having to involve police' });
    await police.getByRole('radio', { name: 'Removed well' }).check();
    await page.getByRole('group', { name: 'Having to identify as trafficked' }).waitFor();
    await page.getByRole('group', { name: 'Racism' }).waitFor();
    await page
      .getByText(/never names or details of the people you serve/)
      .first()
      .waitFor();
    await noSidewaysScroll();
    expect(await seriousAxeViolations(page)).toEqual([]);

    // A principle answered "not applicable" before that choice was removed still loads: unrated, said so.
    await page.getByRole('status').filter({ hasText: 'Saved on this device' }).waitFor();
    await page.evaluate(
      () =>
        new Promise<void>((resolve, reject) => {
          const open = indexedDB.open('circle-of-care');
          open.onerror = () => reject(open.error);
          open.onsuccess = () => {
            const tx = open.result.transaction(['assessments', 'answers'], 'readwrite');
            const all = tx.objectStore('assessments').getAll();
            all.onsuccess = () => {
              const assessment = (all.result as Array<{ value: { id: string } }>)[0]?.value;
              tx.objectStore('answers').put({
                id: crypto.randomUUID(),
                value: {
                  id: crypto.randomUUID(),
                  assessment_id: assessment?.id,
                  item_id: 'principle.relational',
                  rating: 'not-applicable',
                  evidence: 'Answered before principles lost n/a',
                  next_step: '',
                  last_modified: new Date().toISOString(),
                },
                serverVersion: null,
                serverCopy: null,
                pendingFields: [],
                sample: 0,
                sortName: '',
              });
            };
            tx.oncomplete = () => resolve();
            tx.onerror = () => reject(tx.error);
          };
        }),
    );
    await page.reload();
    await openToolkit(page);
    await page.getByRole('button', { name: 'Resume where you left off' }).click();
    await page.getByRole('button', { name: /^The 7 Principles/ }).click();
    const relational = page.getByRole('group', { name: 'Relational and holistic support' });
    expect(await relational.getByRole('textbox', { name: 'Evidence' }).inputValue()).toBe(
      'Answered before principles lost n/a',
    );
    await relational.getByText(/A principle always applies/).waitFor();
    expect(await relational.getByRole('radio', { checked: true }).count()).toBe(0);
    await context.close();
  });
});

describe.skipIf(!CHROMIUM)(
  'the agency’s own items, program choices and the barrier sense in every output',
  () => {
    const running = serverAndBrowser();

    it('adds an own program, tags it and changes a suggestion; print, CSV and summary read barriers as removal', async () => {
      const context = await running.browser.newContext({
        locale: 'en-CA',
        viewport: { width: 360, height: 800 },
      });
      const page = await context.newPage();
      await page.goto(running.server.url);
      await page.getByRole('searchbox', { name: 'Search services' }).waitFor();
      await openToolkit(page);
      await page.getByRole('textbox', { name: 'Agency' }).fill('Cedar Path');
      await page.getByRole('button', { name: 'Start assessment' }).click();
      await page.getByRole('heading', { name: /Cedar Path/ }).waitFor();

      await page.getByRole('button', { name: /^Access barriers/ }).click();
      await page
        .getByRole('group', { name: 'Sobriety rules' })
        .getByRole('radio', { name: 'Removed well' })
        .check();

      // An own program: added, its name field takes focus, typed; rated and tagged.
      await page.getByRole('button', { name: /^Programming/ }).click();
      await page.getByRole('button', { name: 'Add your own program' }).click();
      const name = page.getByRole('textbox', { name: 'Name' });
      await expect.poll(() => name.evaluate((el) => el === document.activeElement)).toBe(true);
      await page.keyboard.type('Land-based retreat');
      const retreat = page.getByRole('group', { name: 'Land-based retreat', exact: true });
      await retreat.getByText('Added by your agency').waitFor();
      await retreat.getByRole('radio', { name: 'In place' }).check();
      await retreat.getByText('Well-being it serves, and what it needs').click();
      await retreat.getByText('Nothing chosen yet: tick what applies.').first().waitFor();
      const wheel = page.getByRole('region', { name: 'Medicine wheel' });
      await wheel.getByText(/Not yet tagged with the aspects they serve: Land-based retreat/).waitFor();
      await retreat
        .getByRole('group', { name: 'Aspects of well-being that Land-based retreat serves' })
        .getByRole('checkbox', { name: 'Spiritual' })
        .check();
      await wheel.getByRole('row', { name: /Spiritual.*Land-based retreat/ }).waitFor();
      expect(await wheel.getByText(/Not yet tagged/).count()).toBe(0);

      // The brief's rules hold for every program; a program's needs are the app's suggestion until changed.
      const integration = page.getByRole('region', { name: 'Integration check' });
      await integration
        .getByText(/Approaches should be sex work-informed\. Sex work-informed is not in place/)
        .waitFor();
      const shelter = page.getByRole('group', { name: 'Safer shelter' });
      await shelter.getByRole('radio', { name: 'Strong' }).check();
      await integration
        .getByRole('listitem')
        .filter({ hasText: 'This app’s suggestion.' })
        .getByText(/Safer shelter is offered without: Harm reduction/)
        .waitFor();
      await shelter.getByText('Well-being it serves, and what it needs').click();
      await shelter
        .getByText(/Suggested by this app, not by the brief/)
        .first()
        .waitFor();
      await shelter
        .getByRole('group', { name: 'Approaches and knowledges that Safer shelter needs' })
        .getByRole('checkbox', { name: 'Harm reduction' })
        .uncheck();
      await integration
        .getByRole('listitem')
        .filter({ hasText: 'Your agency’s choice.' })
        .getByText(/Safer shelter is offered without: Violence- and trauma-informed/)
        .waitFor();
      await shelter.getByRole('button', { name: 'Go back to the app’s suggestion' }).first().waitFor();
      expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);
      expect(await seriousAxeViolations(page)).toEqual([]);
      await page.getByRole('status').filter({ hasText: 'Saved on this device' }).waitFor();

      // Print: the barrier's rating reads as its removal; the own program is there, marked.
      await page.emulateMedia({ media: 'print' });
      const report = page.getByRole('article', { name: 'Report and export' });
      expect(await report.getByRole('row', { name: /Sobriety rules/ }).textContent()).toMatch(/Removed well/);
      expect(await report.getByRole('row', { name: /Land-based retreat/ }).textContent()).toMatch(
        /Added by your agency[\s\S]*In place/,
      );
      await page.emulateMedia({ media: 'screen' });

      const download = async (button: string) => {
        const [file] = await Promise.all([
          page.waitForEvent('download'),
          page.getByRole('button', { name: button }).click(),
        ]);
        const { readFile } = await import('node:fs/promises');
        return readFile((await file.path()) as string, 'utf8');
      };
      const csv = await download('Export CSV');
      expect(csv.split(/\r?\n/).find((l) => l.startsWith('barriers,barrier.sobriety,'))).toContain(
        'Sobriety rules,no,strong,Removed well',
      );
      expect(csv).toMatch(
        /programming,own\.program\.[0-9a-f-]+,Land-based retreat,yes,in-place,In place,,,spiritual,agency/,
      );
      const summary = JSON.parse(await download('Export summary')) as { rated: string[]; programs: string[] };
      expect(summary.rated).toContain('Sobriety rules — removed well');
      // The agency's own words stay out of what may be shared.
      expect(JSON.stringify(summary)).not.toContain('Land-based retreat');
      await context.close();
    });
  },
);
