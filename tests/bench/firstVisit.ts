// A focused first-visit run (the bench's row, without the rest of the bench): the JS Chromium
// fetches before the search box works, three times, with what each loaded chunk holds.
// `npm run bench:first` builds the app, then runs this (about 20 s).
import { resolve } from 'node:path';
import { launchBrowser, startServer } from '../e2e/harness';
import { chunkReport, describeChunk } from './chunks';
import { measureFirstLoad } from './firstLoad';

const RUNS = Number(process.env.RUNS ?? 3);
const kb = (n: number) => `${(n / 1024).toFixed(1)} KB`;
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] as number;

const chunks = await chunkReport();
const server = await startServer();
const browser = await launchBrowser();
try {
  const runs = [];
  for (let i = 0; i < RUNS; i++) runs.push(await measureFirstLoad(browser, server.url, resolve('dist/app')));
  const last = runs[runs.length - 1];
  console.warn(
    `first visit JS before search works (gzip), ${RUNS} runs: ${runs.map((r) => kb(r.shellJsGzip)).join(', ')}; median ${kb(median(runs.map((r) => r.shellJsGzip)))}`,
  );
  console.warn(
    `navigation to usable search (localhost), median ${median(runs.map((r) => r.usableMs)).toFixed(0)} ms`,
  );
  console.warn(`sample chunk ${kb(last?.sampleJsGzip ?? 0)}, CSS ${kb(last?.cssGzip ?? 0)}`);
  console.warn('chunks loaded before search works:');
  for (const path of last?.shellJsFiles ?? []) {
    const chunk = chunks.find((c) => `/${c.file}` === path);
    console.warn(`  ${chunk ? describeChunk(chunk, 8) : `${path} (not in the chunk report: rebuild?)`}`);
  }
} finally {
  await browser.close();
  await server.stop();
}
