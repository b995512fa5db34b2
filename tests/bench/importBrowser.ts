// Import of a whole directory file in Chromium, through the screen a person uses: seconds from
// choosing the file to the preview, from Confirm to "Imported", and the longest task the page's main
// thread ran meanwhile (a PerformanceObserver of long tasks: the reading, checking and writing run in a
// worker, so what remains is the page taking progress and the preview).
import { writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';

export interface BrowserImportFigures {
  previewSeconds: number;
  writeSeconds: number;
  /** From Confirm until Find lists them all. */
  shownSeconds: number;
  /** The longest main-thread task from choosing the file to the preview. */
  longestBeforeConfirmMs: number;
  /** … and from Confirm until the directory shows the import. */
  longestTaskMs: number;
  records: number;
}

export async function runBrowserImport(
  browser: Browser,
  url: string,
  file: { name: string; bytes: Uint8Array },
  /** Services in the file: the search must show at least this many before the clock stops. */
  services: number,
): Promise<BrowserImportFigures> {
  const path = join(tmpdir(), `bench-${Date.now()}-${file.name}`);
  writeFileSync(path, file.bytes);
  const context = await browser.newContext({ locale: 'en-CA' });
  const page = await context.newPage();
  try {
    await page.goto(url);
    await page
      .getByRole('navigation', { name: 'Main' })
      .getByRole('button', { name: 'Settings', exact: true })
      .click();
    await page.getByRole('button', { name: 'Import and export' }).click();
    await page.getByRole('button', { name: 'Import', exact: true }).waitFor();
    await page.evaluate(() => {
      const w = window as unknown as { longest: number };
      w.longest = 0;
      new PerformanceObserver((list) => {
        for (const e of list.getEntries()) w.longest = Math.max(w.longest, e.duration);
      }).observe({ type: 'longtask', buffered: false });
    });
    const started = Date.now();
    const [chooser] = await Promise.all([
      page.waitForEvent('filechooser'),
      page.getByRole('button', { name: 'Import', exact: true }).click(),
    ]);
    await chooser.setFiles(path);
    const confirm = page.getByRole('button', { name: /^Import [\d,]+ records$/ });
    await confirm.waitFor({ timeout: 600_000 });
    const previewSeconds = (Date.now() - started) / 1000;
    const records = Number(((await confirm.textContent()) ?? '').replace(/\D/g, ''));
    const longestBeforeConfirmMs = await page.evaluate(() => {
      const w = window as unknown as { longest: number };
      const before = w.longest;
      w.longest = 0;
      return before;
    });
    const writing = Date.now();
    await confirm.click();
    await page.getByText(/^Imported [\d,]+ records/).waitFor({ timeout: 600_000 });
    const writeSeconds = (Date.now() - writing) / 1000;
    // Then until Find shows them: the directory is read again and the index rebuilt, in the page.
    await page
      .getByRole('navigation', { name: 'Main' })
      .getByRole('button', { name: 'Find', exact: true })
      .click();
    await page.waitForFunction(
      (least) =>
        [...document.querySelectorAll('h2')].some(
          (h) => Number((h.textContent ?? '').replace(/\D/g, '')) >= least,
        ),
      services,
      { timeout: 600_000, polling: 500 },
    );
    const shownSeconds = (Date.now() - writing) / 1000;
    const longestTaskMs = await page.evaluate(() => (window as unknown as { longest: number }).longest);
    return { previewSeconds, writeSeconds, shownSeconds, longestBeforeConfirmMs, longestTaskMs, records };
  } finally {
    await context.close();
  }
}
