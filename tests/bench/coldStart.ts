// A focused cold-start run (the load bench's figure a, without the rest of the bench): a cold offline
// start to the first result with 20,000 services on the device, at 1× and 4× CPU, for one build or
// several side by side (runs interleaved, so that a busy machine weighs on each alike).
// `npm run bench:cold` builds the app, then runs this. The synced device (a Chromium profile and the
// hub that holds its membership) is made once and kept in COLD_CACHE for the next runs; each build
// gets its own copy, its service worker installed from that build and its search index saved.
//   COLD_BUILDS=dist/app,/tmp/before/dist/app   the built apps to compare (default: dist/app)
//   RUNS=5 CPU_RATES=1,4 BENCH_SERVICES=20000 COLD_PORT=47613 COLD_CACHE=/tmp/cold-bench-20000
//   COLD_WHOLE_READ=0   do not wait for the whole directory's read (a build from before its mark)
import { cpSync, existsSync, mkdirSync, mkdtempSync, renameSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { startServer, waitForServiceWorker } from '../e2e/harness';
import {
  COLD_WORD,
  type ColdStartRun,
  coldStart,
  joinAndFind,
  launchProfile,
  listedCount,
  median,
  searchbox,
  seedHub,
  waitForListed,
} from './loadBench';

const SERVICES = Number(process.env.BENCH_SERVICES ?? 20_000);
const RUNS = Number(process.env.RUNS ?? 5);
const RATES = (process.env.CPU_RATES ?? '1,4').split(',').map(Number);
const BUILDS = (process.env.COLD_BUILDS ?? 'dist/app').split(',').map((b) => resolve(b));
const PORT = Number(process.env.COLD_PORT ?? 47613);
const CACHE = process.env.COLD_CACHE ?? join(tmpdir(), `cold-bench-${SERVICES}`);
const URL_ = `http://localhost:${PORT}/`;
const WHOLE_READ = process.env.COLD_WHOLE_READ !== '0';

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));
const say = (what: string) => console.warn(`${new Date().toISOString().slice(11, 19)} ${what}`);

/** The synced device, made once: a hub of SERVICES services and a profile that joined it and pulled them all. */
async function baseDevice(): Promise<{ hub: string; profile: string }> {
  const hub = join(CACHE, 'hub');
  const profile = join(CACHE, 'profile');
  if (existsSync(join(CACHE, 'ready'))) return { hub, profile };
  rmSync(CACHE, { recursive: true, force: true });
  mkdirSync(CACHE, { recursive: true });
  say(`seeding a hub with ${SERVICES} services`);
  const seeded = await seedHub(SERVICES, 1);
  renameSync(seeded.dataDir, hub);
  const server = await startServer({ DATA_DIR: hub, PORT: String(PORT), STATIC_ROOT: BUILDS[0] as string });
  try {
    say(`syncing ${SERVICES} services into a Chromium profile`);
    const context = await launchProfile(profile);
    try {
      const page = context.pages()[0] ?? (await context.newPage());
      await page.goto(`${URL_}#join=${(seeded.codes[0] as string).replace('-', '')}`);
      await joinAndFind(page);
      const listed = await waitForListed(page, SERVICES, 900_000);
      if (listed < SERVICES) throw new Error(`only ${listed} of ${SERVICES} services synced`);
      await waitForServiceWorker(page);
    } finally {
      await context.close();
    }
  } finally {
    await server.stop();
  }
  mkdirSync(join(CACHE, 'ready'));
  return { hub, profile };
}

/**
 * A copy of the device for one build: its service worker and precache from that build (online, the
 * hub up), the search index as that build saves it; the count of results for the word, to wait for.
 */
async function prepare(build: string, base: { hub: string; profile: string }, dir: string) {
  const profile = join(dir, 'profile');
  cpSync(base.profile, profile, { recursive: true });
  const server = await startServer({ DATA_DIR: base.hub, PORT: String(PORT), STATIC_ROOT: build });
  try {
    const context = await launchProfile(profile);
    try {
      const page = context.pages()[0] ?? (await context.newPage());
      const cdp = await context.newCDPSession(page);
      await cdp.send('Storage.clearDataForOrigin', {
        origin: URL_.slice(0, -1),
        storageTypes: 'service_workers,cache_storage',
      });
      await page.goto(URL_);
      const listed = await waitForListed(page, SERVICES, 300_000);
      if (listed < SERVICES) throw new Error(`${build}: only ${listed} of ${SERVICES} services listed`);
      await waitForServiceWorker(page);
      await searchbox(page).fill(COLD_WORD);
      await page.waitForFunction(
        (total) => {
          const text = document.getElementById('results-title')?.textContent ?? '';
          return /\d/.test(text) && Number(text.replace(/\D/g, '')) !== total;
        },
        SERVICES,
        { timeout: 300_000 },
      );
      // The index is saved a few seconds after it was built (if this build had to build it).
      await sleep(8_000);
      return { profile, expected: await listedCount(page) };
    } finally {
      await context.close();
    }
  } finally {
    await server.stop();
  }
}

const base = await baseDevice();
const work = mkdtempSync(join(tmpdir(), 'cold-bench-run-'));
try {
  const devices = [];
  for (const [i, build] of BUILDS.entries()) {
    say(`preparing ${build}`);
    devices.push({ build, ...(await prepare(build, base, join(work, String(i)))) });
  }
  const counts = new Set(devices.map((d) => d.expected));
  if (counts.size > 1)
    console.warn(`the builds find different counts for "${COLD_WORD}": ${devices.map((d) => d.expected)}`);
  say('one cold start per build to warm up (not counted)');
  for (const d of devices) await coldStart(d.profile, URL_, 1, d.expected, WHOLE_READ);
  const runs = new Map<string, ColdStartRun[]>();
  for (const rate of RATES) {
    say(`${RUNS} cold offline starts at ${rate}× CPU, builds interleaved`);
    for (let i = 0; i < RUNS; i++) {
      for (const d of devices) {
        const run = await coldStart(d.profile, URL_, rate, d.expected, WHOLE_READ);
        const key = `${rate}|${d.build}`;
        runs.set(key, [...(runs.get(key) ?? []), run]);
      }
    }
  }
  const ms = (n: number) => `${n.toFixed(0)} ms`;
  console.warn(
    `\ncold offline start, ${SERVICES} services, "${COLD_WORD}" (${[...counts]} results), median of ${RUNS}:`,
  );
  for (const rate of RATES) {
    for (const d of devices) {
      const done = runs.get(`${rate}|${d.build}`) ?? [];
      console.warn(
        `  ${rate}× ${d.build}: first result ${ms(median(done.map((r) => r.resultMs)))}` +
          ` (box ${ms(median(done.map((r) => r.boxMs)))}, whole directory read ${ms(median(done.map((r) => r.wholeReadMs)))})` +
          `  runs: ${done.map((r) => r.resultMs.toFixed(0)).join(', ')}`,
      );
    }
  }
} finally {
  rmSync(work, { recursive: true, force: true });
}
