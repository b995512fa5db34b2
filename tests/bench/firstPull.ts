// A focused first-pull run (the load bench's figure (d) without the rest of the bench): a fresh
// Chromium device at 4× CPU joins a hub of 10,000 services through the throttling proxy and the clock
// stops when all are listed. `npm run bench:pull` builds the app, then runs this.
//
// Environment: RUNS (default 3) runs per build and link; LINKS (default "400"; "400,50" adds the
// 2G link); CAP_50 (seconds the 50 kbit/s run may take, default 420); SERVICES (default 10000);
// BUILDS: comma-separated dist folders to compare side by side in one run (default "dist"), each
// served by its own `server/main.mjs` with the app built beside it, the runs interleaved.
import { rmSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Page } from 'playwright-core';
import { launchBrowser, startServer } from '../e2e/harness';
import { SLOW_LINK, TWO_G_LINK } from './linkProxy';
import { type FirstSync, firstSync, median, seedHub } from './loadBench';

const RUNS = Number(process.env.RUNS ?? 3);
const SERVICES = Number(process.env.SERVICES ?? 10_000);
const CAP_50 = Number(process.env.CAP_50 ?? 420);
const BUILDS = (process.env.BUILDS ?? 'dist').split(',').map((b) => resolve(b));
const LINKS = (process.env.LINKS ?? '400').split(',').map((name) => {
  if (name === '400') return { name: '400 kbit/s', throttle: SLOW_LINK, timeout: 300 };
  if (name === '50') return { name: '50 kbit/s', throttle: TWO_G_LINK, timeout: CAP_50 };
  throw new Error(`LINKS: 400 or 50, not ${name}`);
});

const mb = (n: number) => `${(n / 1e6).toFixed(2)} MB`;

/** The pulls the page makes: how many, and what the hub answered them with. */
function watchPulls(page: Page, into: { pulls: number; encodings: Set<string> }) {
  page.on('response', (response) => {
    if (!new URL(response.url()).pathname.startsWith('/api/pull')) return;
    into.pulls++;
    into.encodings.add(response.headers()['content-encoding'] ?? 'identity');
  });
}

const runs = LINKS.length * BUILDS.length * RUNS;
console.warn(`first pull: seeding a hub with ${SERVICES} services (${runs} invites)`);
const hub = await seedHub(SERVICES, runs);
const browser = await launchBrowser();
const results = new Map<string, Array<FirstSync & { pulls: number; encodings: string }>>();
let invite = 0;
try {
  for (const link of LINKS) {
    for (let run = 0; run < RUNS; run++) {
      for (const build of BUILDS) {
        const server = await startServer(
          { DATA_DIR: hub.dataDir, HOST: '127.0.0.1' },
          resolve(build, 'server/main.mjs'),
        );
        try {
          const seen = { pulls: 0, encodings: new Set<string>() };
          const code = hub.codes[invite++] as string;
          const result = await firstSync(browser, server.url, code, SERVICES, link, link.timeout, (page) =>
            watchPulls(page, seen),
          );
          const row = { ...result, pulls: seen.pulls, encodings: [...seen.encodings].join('/') };
          const key = `${build} @ ${link.name}`;
          results.set(key, [...(results.get(key) ?? []), row]);
          const at = (s: number) => row.progress.filter(([t]) => t <= s).at(-1)?.[1] ?? 0;
          console.warn(
            `${key} run ${run + 1}: ${result.seconds === null ? `not done in ${result.timeoutSeconds} s, ${result.listed} listed` : `${result.seconds.toFixed(1)} s`}` +
              ` (joined ${result.joinedSeconds.toFixed(1)} s), down ${mb(result.downBytes)}, up ${mb(result.upBytes)},` +
              ` ${row.pulls} pulls (${row.encodings}); listed at 10/20/40/80 s: ${[10, 20, 40, 80].map(at).join(' / ')}`,
          );
        } finally {
          await server.stop();
        }
      }
    }
  }
} finally {
  await browser.close();
  rmSync(hub.dataDir, { recursive: true, force: true });
}

console.warn('\nmedians');
for (const [key, rows] of results) {
  const done = rows.filter((r) => r.seconds !== null);
  const time =
    done.length === rows.length
      ? `${median(done.map((r) => r.seconds as number)).toFixed(1)} s`
      : `${rows.length - done.length} of ${rows.length} not done (listed ${rows.map((r) => r.listed).join(', ')})`;
  console.warn(
    `${key}: ${time}; down ${mb(median(rows.map((r) => r.downBytes)))}, up ${mb(median(rows.map((r) => r.upBytes)))}; ${median(rows.map((r) => r.pulls))} pulls`,
  );
}
