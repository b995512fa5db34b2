// The first-visit benchmark, once, so that `npm run bench` keeps working (figures are not asserted).
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { measureFirstLoad, measureOfflineReload } from '../bench/firstLoad';
import { runLighthouse } from '../bench/lighthouse';
import { runLoadBench } from '../bench/loadBench';
import { CHROMIUM, startServer } from './harness';
import { serverAndBrowser } from './lifecycle';

describe.skipIf(!CHROMIUM)('first-visit benchmark (once)', () => {
  const running = serverAndBrowser();

  it('measures the JS loaded before search works, the sample apart, and the precache', async () => {
    const load = await measureFirstLoad(running.browser, running.server.url, resolve('dist/app'));
    expect(load.shellJsGzip).toBeGreaterThan(0);
    expect(load.shellJsFiles.some((f) => f.startsWith('/assets/index-'))).toBe(true);
    expect(load.shellJsFiles.some((f) => f.includes('sampleDirectory'))).toBe(false);
    expect(load.sampleJsGzip).toBeGreaterThan(0);
    expect(load.precacheEntries).toBeGreaterThan(0);
  });

  it('runs Lighthouse and the offline reload once', async () => {
    const lighthouse = runLighthouse(running.server.url, CHROMIUM as string);
    expect(lighthouse.score).toBeGreaterThanOrEqual(0);
    expect(lighthouse.score).toBeLessThanOrEqual(100);
    expect(Object.keys(lighthouse.metrics)).toContain('total-blocking-time');
    const own = await startServer();
    const ms = await measureOfflineReload(running.browser, own.url, own.stop);
    expect(ms).toBeGreaterThan(0);
  }, 240_000);

  it('runs the Chromium load bench at a tiny size (200 services, no 50 kbit/s link)', async () => {
    const load = await runLoadBench(running.browser, {
      services: 200,
      syncServices: 200,
      runs: 1,
      queries: 3,
      sentence: 'shelter',
      twoG: false,
    });
    expect(load.coldStarts.map((c) => c.cpuRate)).toEqual([1, 4]);
    for (const cold of load.coldStarts) expect(cold.resultMs).toBeGreaterThanOrEqual(cold.boxMs);
    expect(load.query.count + load.query.unchanged).toBe(3);
    expect(load.query.count).toBeGreaterThan(0);
    expect(load.typing.events).toBeGreaterThanOrEqual(load.typing.keys);
    expect(load.syncs).toHaveLength(1);
    expect(load.syncs[0]?.listed).toBe(200);
    expect(load.syncs[0]?.downBytes).toBeGreaterThan(0);
  }, 120_000);
});
