// `npm start` runs this (bundled for Node 20 into dist/server): serves the built app on PORT.
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { serve } from '@hono/node-server';
import { createApp } from './app';

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
const app = createApp({ staticRoot });
const server = serve(
  { fetch: app.fetch, port: parsePort(process.env.PORT), hostname: process.env.HOST ?? 'localhost' },
  (info) => {
    // The one line a person (and the browser tests) read to find the app.
    process.stdout.write(`Circle of Care is running at http://localhost:${info.port}/\n`);
  },
);

for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.on(signal, () => {
    server.close(() => process.exit(0));
  });
}
