// The hub's HTTP face: serves the built app with the security headers, and (from the hub issue on)
// the API under /api/ and the HSDS API under /hsds/. Errors are JSON with a stable code.
import { serveStatic } from '@hono/node-server/serve-static';
import { Hono } from 'hono';
import { compress } from 'hono/compress';
import { SECURITY_HEADERS } from './headers';

export interface AppOptions {
  /** Folder of the built PWA (vite's outDir). */
  staticRoot: string;
}

const NO_STORE = 'no-store';
// The shell must never go stale: revalidate every time. Hashed assets never change.
const REVALIDATE = 'no-cache';
const IMMUTABLE = 'public, max-age=31536000, immutable';

export function createApp(options: AppOptions): Hono {
  const app = new Hono();

  // gzip for whoever asks: a phone on one bar of signal fetches a third of the bytes.
  app.use('*', compress());

  app.use('*', async (c, next) => {
    await next();
    for (const [name, value] of Object.entries(SECURITY_HEADERS)) c.res.headers.set(name, value);
  });

  app.use('/api/*', async (c, next) => {
    await next();
    c.res.headers.set('Cache-Control', NO_STORE);
  });
  app.get('/api/health', (c) => c.json({ ok: true }));
  app.all('/api/*', (c) => c.json({ error: { code: 'not_found', message: 'No such API route.' } }, 404));
  app.all('/hsds/*', (c) =>
    c.json({ error: { code: 'not_found', message: 'The HSDS API is not served by this hub yet.' } }, 404),
  );

  app.use('*', async (c, next) => {
    await next();
    if (c.res.ok && !c.res.headers.has('Cache-Control')) {
      c.res.headers.set('Cache-Control', c.req.path.startsWith('/assets/') ? IMMUTABLE : REVALIDATE);
    }
  });
  app.use('*', serveStatic({ root: options.staticRoot }));
  app.notFound((c) => c.json({ error: { code: 'not_found', message: 'Not found.' } }, 404));
  app.onError((error, c) => {
    console.error(error);
    return c.json({ error: { code: 'internal', message: 'Something went wrong on the hub.' } }, 500);
  });
  return app;
}
