// The app under load in Chromium, as on a cheap phone: CPU slowed by CDP (`Emulation.setCPUThrottlingRate`,
// 4× unless said otherwise) and a slow link through a loopback proxy that paces bytes (CDP network
// throttling misses the service worker's own fetches; a proxy sees every byte). Four figures:
//
// a. Cold offline start: 20,000 services synced onto a device (a persistent profile), the hub stopped
//    and the network off, the browser closed; then a new browser on the same profile opens the app,
//    the query word is filled into the search box as soon as it shows, and the clock (in the page,
//    from navigation start) stops when the results region shows that query's count and a first card.
// b. Query time: ~40 texts of the Node bench's query list, each put into the emptied box as one trusted
//    input event (CDP insertText); from that event's timeStamp to the last DOM change in the results
//    region (a MutationObserver, waiting for 250 ms of quiet to be sure the render is whole): the
//    search, the ranking and the render, before paint.
// c. Input delay while typing: a sentence typed key by key (~100 ms a key); for each keydown and input
//    event, the time from the event's timeStamp (when the browser made it) to the first listener
//    (one in the capture phase on window, which runs before the app's): how long a key waited for
//    the page. Event Timing entries (durationThreshold 16) give the worst key to next paint.
// d. First sync: a fresh device joins a hub of 10,000 services through the proxy paced to 400 kbit/s
//    (then 50 kbit/s), both with 400 ms round trips; from the Join click to all of them listed.
//
// CDP's CPU throttling slows the page's main thread; a service worker or a Web Worker is not slowed
// (work moved there looks cheaper here than on a phone). Figures only: nothing passes or fails.
// The functions run in the page are serialized as written: `performance` here is the global one (an
// import of it would be renamed by the bundler, and the page has no such name).
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { type Browser, type BrowserContext, chromium, type Page } from 'playwright-core';
import { generateServices } from '../../src/data/generate';
import { createHub } from '../../src/server/hub';
import { openSqliteStorage } from '../../src/server/storage/sqlite';
import {
  BROWSER_ARGS,
  CHROMIUM,
  type RunningServer,
  startServer,
  waitForServiceWorker,
} from '../e2e/harness';
import { type LinkThrottle, SLOW_LINK, startLinkProxy, TWO_G_LINK } from './linkProxy';
import { benchQueries } from './queries';

export interface LoadBenchOptions {
  /** Services on the device for the cold start, the queries and the typing. */
  services?: number;
  /** Services on the hub for the first sync. */
  syncServices?: number;
  /** Cold starts at each CPU rate (the median is reported). */
  runs?: number;
  queries?: number;
  /** Typed key by key for the input delay. */
  sentence?: string;
  /** Whether to run the first sync at 50 kbit/s too (minutes). */
  twoG?: boolean;
  /** Seconds after which a first sync is reported as not finished. */
  syncTimeoutSeconds?: number;
  twoGTimeoutSeconds?: number;
  onStep?: (what: string) => void;
}

export interface ColdStartRun {
  /** From navigation start: the search box shown, the directory listed, the query's results shown. */
  boxMs: number;
  listedMs: number;
  resultMs: number;
}

export interface ColdStart {
  cpuRate: number;
  runs: ColdStartRun[];
  /** Medians of the runs. */
  boxMs: number;
  listedMs: number;
  resultMs: number;
}

export interface FirstSync {
  link: string;
  services: number;
  /** null: not all listed within `timeoutSeconds`. */
  seconds: number | null;
  /** Of which until the device had joined (the invite checked by the hub, the membership stored). */
  joinedSeconds: number;
  timeoutSeconds: number;
  /** Services listed when the clock stopped. */
  listed: number;
  downBytes: number;
  upBytes: number;
  /** Services listed as the clock ran: [seconds since Join, listed], each time the count changed. */
  progress: Array<[number, number]>;
}

export interface LoadBenchResult {
  services: number;
  cpuRate: number;
  word: string;
  coldStarts: ColdStart[];
  query: { count: number; p50Ms: number; p95Ms: number; maxMs: number; unchanged: number };
  typing: {
    keys: number;
    events: number;
    delayP95Ms: number;
    delayMaxMs: number;
    /** Event Timing: the longest from a key to the next paint, and how many passed 16 ms. */
    longestEventMs: number;
    eventsOver16: number;
  };
  syncs: FirstSync[];
}

const CPU = 4;
const WORD = 'shelter';
const SENTENCE = 'emergency shelter for women and children near timmins';

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));
const quantile = (values: number[], q: number) => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.ceil(q * sorted.length) - 1)] ?? Number.NaN;
};
export const median = (values: number[]) => {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2
    ? (sorted[mid] as number)
    : ((sorted[mid - 1] as number) + (sorted[mid] as number)) / 2;
};

/** A hub data folder seeded with `services` generated services, and `invites` coordinator invites. */
export async function seedHub(
  services: number,
  invites: number,
): Promise<{ dataDir: string; codes: string[] }> {
  const dataDir = mkdtempSync(join(tmpdir(), 'load-bench-'));
  const storage = openSqliteStorage(join(dataDir, 'hub.sqlite'));
  const hub = createHub({ storage });
  await hub.createNetwork({ name: 'Bench', demo: true });
  const directory = generateServices(services, 11);
  await hub.seed([
    ...directory.organizations.map((value) => ({ entity: 'organization' as const, value })),
    ...directory.locations.map((value) => ({ entity: 'location' as const, value })),
    ...directory.services.map((value) => ({ entity: 'service' as const, value })),
  ]);
  const codes: string[] = [];
  for (let i = 0; i < invites; i++)
    codes.push((await hub.createInvite(null, { role: 'coordinator', agencyId: null, days: 7 })).code);
  await storage.close();
  return { dataDir, codes };
}

/** Joins with the form the invite link opened, then goes to Find (the join shows the Network screen). */
async function joinAndFind(page: Page): Promise<void> {
  await page.getByRole('form', { name: 'Join a network' }).getByRole('button', { name: 'Join' }).click();
  await page
    .getByRole('region', { name: 'Network' })
    .getByText('Coordinator', { exact: true })
    .waitFor({ timeout: 120_000 });
  await page
    .getByRole('navigation', { name: 'Main' })
    .getByRole('button', { name: 'Find', exact: true })
    .click();
}

const searchbox = (page: Page) => page.getByRole('searchbox', { name: 'Search services' });

/** The count the results heading shows ("20,000 services"), or -1 while there is none. */
function listedCount(page: Page): Promise<number> {
  return page.evaluate(() => {
    const text = document.getElementById('results-title')?.textContent ?? '';
    return /\d/.test(text) ? Number(text.replace(/\D/g, '')) : -1;
  });
}

/** Waits until the heading shows at least `least` services; the count last seen. */
async function waitForListed(
  page: Page,
  least: number,
  timeoutMs: number,
  onSeen?: (count: number) => void,
): Promise<number> {
  const end = performance.now() + timeoutMs;
  let seen = -1;
  while (performance.now() < end) {
    seen = await listedCount(page).catch(() => -1);
    onSeen?.(seen);
    if (seen >= least) return seen;
    await sleep(250);
  }
  return seen;
}

/** Waits until the heading shows exactly `count` and nothing in the results changed for `quietMs`. */
async function settle(page: Page, count: number, quietMs = 250): Promise<void> {
  await page.waitForFunction(
    ({ count, quietMs }) => {
      const w = window as unknown as { __settle?: { last: number; observer: MutationObserver } };
      if (!w.__settle) {
        const state = {
          last: performance.now(),
          observer: new MutationObserver(() => (state.last = performance.now())),
        };
        state.observer.observe(document.body, { subtree: true, childList: true, characterData: true });
        w.__settle = state;
      }
      const text = document.getElementById('results-title')?.textContent ?? '';
      const done = Number(text.replace(/\D/g, '')) === count && performance.now() - w.__settle.last > quietMs;
      if (done) {
        w.__settle.observer.disconnect();
        w.__settle = undefined;
      }
      return done;
    },
    { count, quietMs },
    { polling: 50, timeout: 120_000 },
  );
}

function launchProfile(profile: string): Promise<BrowserContext> {
  return chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM,
    args: BROWSER_ARGS,
    locale: 'en-CA',
    viewport: { width: 360, height: 800 },
  });
}

async function throttledPage(context: BrowserContext, rate: number): Promise<Page> {
  const page = context.pages()[0] ?? (await context.newPage());
  const cdp = await context.newCDPSession(page);
  await cdp.send('Emulation.setCPUThrottlingRate', { rate });
  return page;
}

/** One cold start on `profile`: ms from navigation start to `expected` results for the word. */
/** One cold start on `profile`: ms from navigation start to the search box, the list, `expected` results. */
async function coldStart(
  profile: string,
  url: string,
  rate: number,
  expected: number,
): Promise<ColdStartRun> {
  const context = await launchProfile(profile);
  try {
    await context.setOffline(true);
    await context.addInitScript((expected: number) => {
      const marks: { box?: number; listed?: number; result?: number } = {};
      const check = () => {
        if (marks.result !== undefined) return;
        const now = performance.now();
        if (marks.box === undefined && document.querySelector('input[type=search]')) marks.box = now;
        const text = document.getElementById('results-title')?.textContent ?? '';
        if (marks.listed === undefined && /\d/.test(text)) marks.listed = now;
        if (Number(text.replace(/\D/g, '')) === expected && document.querySelector('ul.services > li'))
          marks.result = now;
      };
      // Kept on window: an observer nothing refers to can be collected, and then it stops reporting.
      const w = window as unknown as { __marks: typeof marks; __observer: MutationObserver };
      w.__marks = marks;
      w.__observer = new MutationObserver(check);
      w.__observer.observe(document, { subtree: true, childList: true, characterData: true });
    }, expected);
    const page = await throttledPage(context, rate);
    await page.goto(url);
    await searchbox(page).fill(WORD);
    const handle = await page
      .waitForFunction(
        () => {
          const marks = (window as unknown as { __marks: { result?: number } }).__marks;
          return marks.result !== undefined && marks;
        },
        undefined,
        { polling: 50, timeout: 300_000 },
      )
      .catch(async (error: Error) => {
        const shown = await page
          .evaluate(() => document.getElementById('results-title')?.textContent)
          .catch(() => '?');
        throw new Error(
          `cold start: no ${expected} results for "${WORD}" (${error.message}); shown: ${shown}`,
        );
      });
    const marks = (await handle.jsonValue()) as { box: number; listed: number; result: number };
    return { boxMs: marks.box, listedMs: marks.listed, resultMs: marks.result };
  } finally {
    await context.close();
  }
}

/** Query times on a page showing all `total` services: see (b) above. */
async function measureQueries(page: Page, total: number, texts: string[]) {
  const times: number[] = [];
  let unchanged = 0;
  for (const text of texts) {
    await searchbox(page).fill('');
    await settle(page, total);
    await page.evaluate(() => {
      const w = window as unknown as { __q: { input: number | null; last: number | null } };
      w.__q = { input: null, last: null };
      window.addEventListener(
        'input',
        (e) => {
          w.__q.input = e.timeStamp;
        },
        { capture: true, once: true },
      );
      const results = document.querySelector('section.results') ?? document.body;
      const observer = new MutationObserver(() => {
        w.__q.last = performance.now();
      });
      observer.observe(results, { subtree: true, childList: true, characterData: true, attributes: true });
      (w as unknown as { __qObserver: MutationObserver }).__qObserver = observer;
    });
    await page.keyboard.insertText(text);
    const ms = await page.evaluate(async () => {
      const w = window as unknown as {
        __q: { input: number | null; last: number | null };
        __qObserver: MutationObserver;
      };
      const start = performance.now();
      while (performance.now() - start < 20_000) {
        await new Promise((r) => setTimeout(r, 50));
        const { input, last } = w.__q;
        if (input !== null && last !== null && performance.now() - last > 250) break;
        if (input !== null && last === null && performance.now() - input > 5_000) break;
      }
      w.__qObserver.disconnect();
      const { input, last } = w.__q;
      return input !== null && last !== null ? last - input : null;
    });
    if (ms === null) unchanged++;
    else times.push(ms);
  }
  return {
    count: times.length,
    p50Ms: quantile(times, 0.5),
    p95Ms: quantile(times, 0.95),
    maxMs: Math.max(...times),
    unchanged,
  };
}

/** Input delay while typing `sentence` key by key: see (c) above. */
async function measureTyping(page: Page, total: number, sentence: string) {
  await searchbox(page).fill('');
  await settle(page, total);
  await page.evaluate(() => {
    const w = window as unknown as { __typing: { delays: number[]; long: number[] } };
    w.__typing = { delays: [], long: [] };
    for (const type of ['keydown', 'input'])
      window.addEventListener(type, (e) => w.__typing.delays.push(performance.now() - e.timeStamp), {
        capture: true,
      });
    const observer = new PerformanceObserver((list) => {
      for (const entry of list.getEntries()) w.__typing.long.push(entry.duration);
    });
    (w as unknown as { __observer: PerformanceObserver }).__observer = observer;
    observer.observe({ type: 'event', durationThreshold: 16 } as PerformanceObserverInit);
  });
  await searchbox(page).focus();
  await page.keyboard.type(sentence, { delay: 100 });
  await sleep(1_500);
  const { delays, long } = await page.evaluate(
    () => (window as unknown as { __typing: { delays: number[]; long: number[] } }).__typing,
  );
  return {
    keys: sentence.length,
    events: delays.length,
    delayP95Ms: quantile(delays, 0.95),
    delayMaxMs: Math.max(...delays),
    longestEventMs: long.length > 0 ? Math.max(...long) : 0,
    eventsOver16: long.length,
  };
}

/** A fresh device joins through the proxy (the app loaded at full speed first); see (d) above. */
export async function firstSync(
  browser: Browser,
  hubUrl: string,
  code: string,
  services: number,
  link: { name: string; throttle: LinkThrottle },
  timeoutSeconds: number,
  /** Sees the page before it loads (the focused bench counts its requests). */
  watch?: (page: Page) => void,
): Promise<FirstSync> {
  const proxy = await startLinkProxy(Number(new URL(hubUrl).port), null);
  const context = await browser.newContext({ locale: 'en-CA', viewport: { width: 360, height: 800 } });
  try {
    const page = await throttledPage(context, CPU);
    watch?.(page);
    await page.goto(`${proxy.origin}/#join=${code.replace('-', '')}`);
    const join = page.getByRole('form', { name: 'Join a network' }).getByRole('button', { name: 'Join' });
    await join.waitFor();
    // The precache downloaded at full speed: the slow link carries the sync only.
    await waitForServiceWorker(page);
    proxy.throttle(link.throttle);
    proxy.reset();
    const start = performance.now();
    await joinAndFind(page);
    const joinedSeconds = (performance.now() - start) / 1000;
    const progress: Array<[number, number]> = [];
    const listed = await waitForListed(page, services, timeoutSeconds * 1000, (count) => {
      if (count !== progress.at(-1)?.[1]) progress.push([(performance.now() - start) / 1000, count]);
    });
    const seconds = listed >= services ? (performance.now() - start) / 1000 : null;
    return {
      link: link.name,
      services,
      seconds,
      joinedSeconds,
      timeoutSeconds,
      listed,
      downBytes: proxy.down,
      upBytes: proxy.up,
      progress,
    };
  } finally {
    await context.close();
    await proxy.close();
  }
}

export async function runLoadBench(
  browser: Browser,
  options: LoadBenchOptions = {},
): Promise<LoadBenchResult> {
  const services = options.services ?? 20_000;
  const syncServices = options.syncServices ?? 10_000;
  const runs = options.runs ?? 3;
  const step = options.onStep ?? (() => {});
  const twoG = options.twoG ?? true;

  // --- a, b, c: 20,000 services on a device ---
  step(`load bench: seeding a hub with ${services} services`);
  const big = await seedHub(services, 1);
  const profile = mkdtempSync(join(tmpdir(), 'load-bench-profile-'));
  let server: RunningServer | null = await startServer({ DATA_DIR: big.dataDir });
  const coldStarts: ColdStart[] = [];
  let expected = 0;
  let query: LoadBenchResult['query'];
  let typing: LoadBenchResult['typing'];
  try {
    step(`load bench: syncing ${services} services into a Chromium profile`);
    const url = server.url;
    let context = await launchProfile(profile);
    try {
      const page = context.pages()[0] ?? (await context.newPage());
      await page.goto(`${url}#join=${(big.codes[0] as string).replace('-', '')}`);
      await joinAndFind(page);
      const listed = await waitForListed(page, services, 900_000);
      if (listed < services) throw new Error(`only ${listed} of ${services} services synced`);
      await waitForServiceWorker(page);
      await searchbox(page).fill(WORD);
      await page.waitForFunction(
        (total) => {
          const text = document.getElementById('results-title')?.textContent ?? '';
          return /\d/.test(text) && Number(text.replace(/\D/g, '')) !== total;
        },
        services,
        { timeout: 120_000 },
      );
      await sleep(500);
      expected = await listedCount(page);
    } finally {
      await context.close();
    }
    await server.stop();
    server = null;

    for (const rate of [1, CPU]) {
      step(`load bench: ${runs} cold offline starts at ${rate}× CPU`);
      const done: ColdStartRun[] = [];
      for (let i = 0; i < runs; i++) done.push(await coldStart(profile, url, rate, expected));
      coldStarts.push({
        cpuRate: rate,
        runs: done,
        boxMs: median(done.map((r) => r.boxMs)),
        listedMs: median(done.map((r) => r.listedMs)),
        resultMs: median(done.map((r) => r.resultMs)),
      });
    }

    step(`load bench: queries and typing at ${CPU}× CPU`);
    context = await launchProfile(profile);
    try {
      await context.setOffline(true);
      const page = await throttledPage(context, CPU);
      await page.goto(url);
      // The index is ready once a text query has answered.
      await searchbox(page).fill(WORD);
      await settle(page, expected);
      const texts = [...new Set(benchQueries(options.queries ?? 40).map((q) => q.text))].filter(Boolean);
      query = await measureQueries(page, services, texts);
      typing = await measureTyping(page, services, options.sentence ?? SENTENCE);
    } finally {
      await context.close();
    }
  } finally {
    await server?.stop();
    rmSync(profile, { recursive: true, force: true });
    rmSync(big.dataDir, { recursive: true, force: true });
  }

  // --- d: first sync through a slow link ---
  const links = [{ name: '400 kbit/s', throttle: SLOW_LINK, timeout: options.syncTimeoutSeconds ?? 300 }];
  if (twoG)
    links.push({ name: '50 kbit/s', throttle: TWO_G_LINK, timeout: options.twoGTimeoutSeconds ?? 900 });
  step(`load bench: seeding a hub with ${syncServices} services`);
  const hub = await seedHub(syncServices, links.length);
  const syncs: FirstSync[] = [];
  const hubServer = await startServer({ DATA_DIR: hub.dataDir, HOST: '127.0.0.1' });
  try {
    for (const [i, link] of links.entries()) {
      step(`load bench: first sync of ${syncServices} services at ${link.name}, ${CPU}× CPU`);
      syncs.push(
        await firstSync(browser, hubServer.url, hub.codes[i] as string, syncServices, link, link.timeout),
      );
    }
  } finally {
    await hubServer.stop();
    rmSync(hub.dataDir, { recursive: true, force: true });
  }

  return { services, cpuRate: CPU, word: WORD, coldStarts, query, typing, syncs };
}
