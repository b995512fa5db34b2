// Lighthouse 12.2.3 (mobile, performance only) against the running server, through its CLI with
// Debian's Chromium. Returns the score out of 100 and the metrics behind it.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

export interface LighthouseResult {
  score: number;
  metrics: Record<string, string>;
}

const METRICS = [
  'first-contentful-paint',
  'largest-contentful-paint',
  'total-blocking-time',
  'cumulative-layout-shift',
  'speed-index',
];

/** Lighthouse sometimes fails to record a trace (NO_NAVSTART); such a run is tried again. */
const ATTEMPTS = 3;

export function runLighthouse(url: string, chromium: string): LighthouseResult {
  let last: unknown;
  for (let attempt = 1; attempt <= ATTEMPTS; attempt++) {
    try {
      return runOnce(url, chromium);
    } catch (error) {
      last = error;
      console.warn(
        `Lighthouse attempt ${attempt} of ${ATTEMPTS} failed: ${(error as Error).message.slice(0, 200)}`,
      );
    }
  }
  throw last;
}

function runOnce(url: string, chromium: string): LighthouseResult {
  const dir = mkdtempSync(join(tmpdir(), 'circle-lighthouse-'));
  const output = join(dir, 'report.json');
  try {
    const run = spawnSync(
      resolve('node_modules/.bin/lighthouse'),
      [
        url,
        '--only-categories=performance',
        '--form-factor=mobile',
        '--chrome-flags=--headless --no-sandbox --disable-gpu --disable-dev-shm-usage --disable-background-networking',
        '--output=json',
        `--output-path=${output}`,
        '--quiet',
      ],
      { env: { ...process.env, CHROME_PATH: chromium }, encoding: 'utf8', timeout: 180_000 },
    );
    if (run.status !== 0) throw new Error(`lighthouse failed (${run.status}): ${run.stderr.slice(-2000)}`);
    const report = JSON.parse(readFileSync(output, 'utf8')) as {
      categories: { performance: { score: number } };
      audits: Record<string, { displayValue?: string }>;
    };
    return {
      score: Math.round(report.categories.performance.score * 100),
      metrics: Object.fromEntries(METRICS.map((m) => [m, report.audits[m]?.displayValue ?? '?'])),
    };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
