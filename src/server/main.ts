// `npm start` runs this (bundled for Node 20 into dist/server): the hub, serving the built app and its
// API on PORT, with its SQLite file in the data folder (see start.ts for the flags).
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { serve } from '@hono/node-server';
import { createApp } from './app';
import { startReferralPurge } from './referralPurge';
import { openHub, parseHubArgs } from './start';

const DEFAULT_PORT = 8080;

function parsePort(raw: string | undefined): number {
  if (raw === undefined || raw === '') return DEFAULT_PORT;
  const port = Number(raw);
  if (!Number.isInteger(port) || port < 0 || port > 65535) {
    console.error(`PORT must be a whole number from 0 to 65535, not "${raw}".`);
    process.exit(2);
  }
  return port;
}

const here = dirname(fileURLToPath(import.meta.url));
const staticRoot = process.env.STATIC_ROOT ?? resolve(here, '../app');
const port = parsePort(process.env.PORT);
const opened = await openHub(parseHubArgs(process.argv.slice(2), process.env)).catch((error: Error) => {
  console.error(`The hub could not open its database: ${error.message}`);
  process.exit(1);
});
const app = createApp({ staticRoot, hub: { hub: opened.hub, storage: opened.storage } });
const purge = startReferralPurge(opened.hub.relay);
const server = serve({ fetch: app.fetch, port, hostname: process.env.HOST ?? 'localhost' }, (info) => {
  const url = `http://localhost:${info.port}/`;
  for (const notice of opened.notices) process.stdout.write(`${notice}\n`);
  if (opened.coordinatorCode) {
    process.stdout.write(
      `Coordinator invite (one time, 7 days): ${opened.coordinatorCode}\n` +
        `  or open ${url}#join=${opened.coordinatorCode.replace('-', '')}\n`,
    );
  }
  // The one line a person (and the browser tests) read to find the app.
  process.stdout.write(`Circle of Care is running at ${url}\n`);
});

for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.on(signal, () => {
    purge.stop();
    server.close(() => void opened.storage.close().then(() => process.exit(0)));
  });
}
