// The hub's HTTP face: serves the built app with the security headers, and (from the hub issue on)
// the API under /api/ and the HSDS API under /hsds/. Errors are JSON with a stable code.
import { serveStatic } from '@hono/node-server/serve-static';
import { Hono } from 'hono';
import { compress } from 'hono/compress';
import { etag } from 'hono/etag';
import { type ApiOptions, apiErrorResponse, errorResponse, mountApi } from './api';
import { API_HEADERS, isJsonPath, SECURITY_HEADERS } from './headers';

export interface AppOptions {
  /** Folder of the built PWA (vite's outDir). */
  staticRoot: string;
  /** The hub behind /api/ and /hsds/; without it, only the app is served. */
  hub?: ApiOptions;
}

/** A Range header the server cannot satisfy exactly is ignored: the whole file, 200. */
const VALID_RANGE = /^bytes=(\d+)-(\d*)$/;

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
    const headers = isJsonPath(c.req.path) ? API_HEADERS : SECURITY_HEADERS;
    for (const [name, value] of Object.entries(headers)) c.res.headers.set(name, value);
  });

  for (const path of ['/api/*', '/hsds', '/hsds/*']) {
    app.use(path, async (c, next) => {
      await next();
      c.res.headers.set('Cache-Control', NO_STORE);
      // A JSON answer with its length: a small one goes as it is (gzip would only add bytes), a large
      // one is gzipped for whoever asks (compress() above reads the length).
      if (!c.res.headers.has('Content-Length') && c.res.body) {
        const body = await c.res.arrayBuffer();
        const headers = new Headers(c.res.headers);
        headers.set('Content-Length', String(body.byteLength));
        c.res = new Response(body, { status: c.res.status, headers });
      }
    });
  }
  if (options.hub) mountApi(app, options.hub);
  else {
    app.get('/api/health', (c) => c.json({ ok: true }));
    app.all('/api/*', (c) => errorResponse(c, 'not_found', 'No such API route.'));
    app.all('/hsds/*', (c) => errorResponse(c, 'not_found', 'This server runs without a hub.'));
  }

  // The shell, the service worker and the manifest revalidate cheaply: 304 when unchanged.
  app.use('*', etag());
  app.use('*', async (c, next) => {
    const range = c.req.header('range');
    if (range !== undefined) {
      const match = VALID_RANGE.exec(range);
      const valid = match && (match[2] === '' || Number(match[2]) >= Number(match[1]));
      if (!valid) c.req.raw.headers.delete('range');
    }
    await next();
  });

  app.use('*', async (c, next) => {
    await next();
    if (c.res.ok && !c.res.headers.has('Cache-Control')) {
      c.res.headers.set('Cache-Control', c.req.path.startsWith('/assets/') ? IMMUTABLE : REVALIDATE);
    }
  });
  app.use('*', serveStatic({ root: options.staticRoot }));
  app.notFound((c) => c.json({ error: { code: 'not_found', message: 'Not found.' } }, 404));
  app.onError((error, c) => {
    const known = apiErrorResponse(c, error);
    if (known) return known;
    console.error(error);
    return c.json({ error: { code: 'internal', message: 'Something went wrong on the hub.' } }, 500);
  });
  return app;
}
