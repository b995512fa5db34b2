// The hub's HTTP face: serves the built app with the security headers, and (from the hub issue on)
// the API under /api/ and the HSDS API under /hsds/. Errors are JSON with a stable code.
import { promisify } from 'node:util';
import { brotliCompress, constants } from 'node:zlib';
import { serveStatic } from '@hono/node-server/serve-static';
import { Hono } from 'hono';
import { compress } from 'hono/compress';
import { etag } from 'hono/etag';
import { type ApiOptions, apiErrorResponse, errorResponse, mountApi } from './api';
import { mountClearSiteData } from './clearSiteData';
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
/**
 * Answers that carry a secret (a device's token, a new invite's code) go uncompressed whatever their
 * size: compressed beside anything the request put in, a secret leaks through the answer's length
 * (BREACH). `no-transform` keeps compress() and any proxy from doing it. A pulled page is the
 * network's shared directory, and the referral relay's items are ciphertext: neither has one.
 */
const SECRET_ANSWERS: ReadonlySet<string> = new Set(['/api/enrol', '/api/admin/invites']);
const brotli = promisify(brotliCompress);
/** Below this a JSON answer goes as it is: compression would add bytes. */
const COMPRESS_ABOVE = 1024;

/** Whether the client takes brotli (browsers ask for it over HTTPS, which every real hub is behind). */
function acceptsBrotli(header: string | undefined): boolean {
  return (header ?? '').split(',').some((part) => {
    const [coding, ...params] = part.trim().split(';');
    const q = params.map((p) => p.trim()).find((p) => p.startsWith('q='));
    return coding?.trim().toLowerCase() === 'br' && (q === undefined || Number(q.slice(2)) > 0);
  });
}

/**
 * A JSON answer, measured: small ones go as they are; large ones (a pulled page, about 1.4 MB of
 * JSON) in brotli with a 4 MB window where the client takes it, half the size of gzip, whose 32 KB
 * window cannot see a page's repeated shapes; otherwise gzip (compress() above reads the length).
 * Quality 7: a first pull of 10,000 services (18 pages) is 4% smaller than at 5 (2.16 against
 * 2.25 MB: 2 s at 400 kbit/s, 13 s at 50) for about 30 ms more of the hub's time per page.
 */
async function sizedJson(res: Response, acceptEncoding: string | undefined): Promise<Response> {
  const body = new Uint8Array(await res.arrayBuffer());
  const headers = new Headers(res.headers);
  if (body.byteLength > COMPRESS_ABOVE && acceptsBrotli(acceptEncoding)) {
    const packed = await brotli(body, {
      params: {
        [constants.BROTLI_PARAM_QUALITY]: 7,
        [constants.BROTLI_PARAM_LGWIN]: 22,
        [constants.BROTLI_PARAM_SIZE_HINT]: body.byteLength,
      },
    });
    headers.set('Content-Encoding', 'br');
    headers.append('Vary', 'Accept-Encoding');
    headers.set('Content-Length', String(packed.byteLength));
    return new Response(packed, { status: res.status, headers });
  }
  headers.set('Content-Length', String(body.byteLength));
  return new Response(body, { status: res.status, headers });
}
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
      if (SECRET_ANSWERS.has(c.req.path)) {
        c.res.headers.set('Cache-Control', `${NO_STORE}, no-transform`);
        return;
      }
      c.res.headers.set('Cache-Control', NO_STORE);
      if (!c.res.headers.has('Content-Length') && !c.res.headers.has('Content-Encoding') && c.res.body)
        c.res = await sizedJson(c.res, c.req.header('Accept-Encoding'));
    });
  }
  // Before the API: it answers without the protocol header or a token, with a hub or without one.
  mountClearSiteData(app);
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
