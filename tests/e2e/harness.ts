// Shared by the browser tests: finds Debian's Chromium (or says loudly why the browser tests are
// skipped), starts the real built server on a random port, and launches a fresh headless browser.
import { type ChildProcess, spawn } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { type Browser, chromium, type Page } from 'playwright-core';

const CANDIDATES = [process.env.CHROMIUM_PATH, '/usr/bin/chromium', '/usr/bin/chromium-browser'];
export const CHROMIUM = CANDIDATES.find((p): p is string => !!p && existsSync(p));

if (!CHROMIUM) {
  const message =
    'No Chromium found (looked for $CHROMIUM_PATH, /usr/bin/chromium): the browser tests are SKIPPED. ' +
    'Install it with `apt-get install -y chromium`.';
  if (process.env.REQUIRE_BROWSER === '1') throw new Error(`REQUIRE_BROWSER=1: ${message}`);
  console.warn(`\n${'!'.repeat(100)}\n${message}\n${'!'.repeat(100)}\n`);
}

export const SERVER_ENTRY = resolve('dist/server/main.mjs');

export interface RunningServer {
  url: string;
  /** The one-time coordinator invite the hub printed on its first start. */
  coordinatorCode: string | null;
  /** The hub's data folder (its SQLite file), kept for the test to inspect. */
  dataDir: string;
  /** Kills the process outright (SIGKILL), as a power cut or the OOM killer would. */
  kill(): Promise<void>;
  stop(): Promise<void>;
}

/**
 * Starts `node dist/server/main.mjs` (or another build's `entry`, which serves the app built beside
 * it) on a free port and waits for the line that gives its URL.
 */
export function startServer(env: Record<string, string> = {}, entry = SERVER_ENTRY): Promise<RunningServer> {
  if (!existsSync(entry)) throw new Error(`${entry} is missing: run \`npm run build\` first.`);
  // Each server its own hub database: tests never share members or records.
  const dataDir = env.DATA_DIR ?? mkdtempSync(join(tmpdir(), 'circle-hub-'));
  const child: ChildProcess = spawn(process.execPath, [entry], {
    env: { ...process.env, PORT: '0', DATA_DIR: dataDir, ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  return new Promise((resolveStart, reject) => {
    let output = '';
    const timer = setTimeout(() => reject(new Error(`server did not start:\n${output}`)), 15_000);
    const onData = (chunk: Buffer) => {
      output += chunk.toString();
      const match = output.match(/running at (http:\/\/\S+)/);
      if (!match) return;
      clearTimeout(timer);
      resolveStart({
        url: match[1] as string,
        coordinatorCode: output.match(/Coordinator invite[^:]*: (\S+)/)?.[1] ?? null,
        dataDir,
        stop: () =>
          new Promise((done) => {
            if (child.exitCode !== null || child.signalCode !== null) return done();
            child.once('exit', () => done());
            child.kill('SIGTERM');
          }),
        kill: () =>
          new Promise((done) => {
            if (child.exitCode !== null || child.signalCode !== null) return done();
            child.once('exit', () => done());
            child.kill('SIGKILL');
          }),
      });
    };
    child.stdout?.on('data', onData);
    child.stderr?.on('data', (chunk: Buffer) => {
      output += chunk.toString();
    });
    child.once('exit', (code) => reject(new Error(`server exited (${code}):\n${output}`)));
  });
}

/** The flags every browser of the tests and the bench runs with (a persistent context's too). */
export const BROWSER_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-dev-shm-usage',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--disable-quic',
];

export function launchBrowser(): Promise<Browser> {
  return chromium.launch({ executablePath: CHROMIUM, args: BROWSER_ARGS });
}

/** Resolves once a service worker controls the page (the first visit installs and claims it). */
export async function waitForServiceWorker(page: Page): Promise<void> {
  await page.evaluate(async () => {
    await navigator.serviceWorker.ready;
    if (!navigator.serviceWorker.controller) {
      await new Promise((resolve) =>
        navigator.serviceWorker.addEventListener('controllerchange', resolve, { once: true }),
      );
    }
  });
}

const axeSource: string = createRequire(import.meta.url)('axe-core').source;

/**
 * Runs axe-core in the page (injected with evaluate, never by loosening the CSP) against WCAG 2.x A
 * and AA (2.2 included) and best practice, and returns every violation of the given impacts as
 * "rule (count): first target".
 */
export async function axeViolations(
  page: Page,
  impacts: ReadonlyArray<'minor' | 'moderate' | 'serious' | 'critical'> = ['moderate', 'serious', 'critical'],
  bestPractice = true,
): Promise<string[]> {
  if (!(await page.evaluate(() => 'axe' in window))) await page.evaluate(axeSource);
  const tags = [
    'wcag2a',
    'wcag2aa',
    'wcag21a',
    'wcag21aa',
    'wcag22aa',
    ...(bestPractice ? ['best-practice'] : []),
  ];
  const violations = await page.evaluate(async (values) => {
    const axe = (
      window as unknown as {
        axe: {
          run(o: object): Promise<{
            violations: Array<{ id: string; impact: string; nodes: Array<{ target: unknown[] }> }>;
          }>;
        };
      }
    ).axe;
    const result = await axe.run({
      runOnly: { type: 'tag', values },
    });
    return result.violations.map((v) => ({
      id: v.id,
      impact: v.impact,
      count: v.nodes.length,
      target: String(v.nodes[0]?.target ?? ''),
    }));
  }, tags);
  return violations
    .filter((v) => (impacts as readonly string[]).includes(v.impact))
    .map((v) => `${v.id} (${v.count}): ${v.target}`);
}

/** The serious and critical WCAG A/AA violations (the bar every screen has always had to meet). */
export async function seriousAxeViolations(page: Page): Promise<string[]> {
  return (await axeViolations(page, ['serious', 'critical'], false)).map((v) => v.replace(/: .*$/, ''));
}

/**
 * A screenshot to look at, not an assertion: on a loaded CI machine Chromium's full-page capture
 * has hung past 30 s after a viewport change, which says nothing about the app. Logged, not failed.
 */
export async function reviewShot(page: Page, path: string, fullPage = false): Promise<void> {
  mkdirSync(dirname(path), { recursive: true });
  await page
    .screenshot({ path, fullPage, timeout: 10_000 })
    .catch((error: Error) => console.warn(`screenshot ${path} skipped: ${error.message.split('\n')[0]}`));
}
