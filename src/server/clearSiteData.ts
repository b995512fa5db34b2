// The part of "wipe this device" only an HTTP answer can do: a `Clear-Site-Data` header, which makes
// the browser drop this origin's HTTP cache (out of a page's reach) and whatever storage is left. It
// changes nothing on the hub and needs no token, since it clears only the caller's own browser data;
// it answers only a same-origin POST (Sec-Fetch-Site, which no page can forge), so another site can
// never make a visitor's browser wipe this app's data, its unsent changes included.
import type { Hono } from 'hono';
import { CLEAR_SITE_DATA_PATH } from '../protocol';
import { errorResponse } from './api';

/**
 * "cache": the HTTP cache (with the back/forward cache and prerendered pages); "storage": IndexedDB,
 * localStorage, Cache Storage and the service worker. Not "cookies": the app sets none, and that one
 * reaches every subdomain of the registrable domain (other sites of the host's organisation). Not
 * "executionContexts": it would reload the app's open tabs, and browsers have dropped it. So not "*".
 */
export const CLEAR_SITE_DATA = '"cache", "storage"';

export function mountClearSiteData(app: Hono): void {
  app.post(CLEAR_SITE_DATA_PATH, (c) => {
    if (c.req.header('sec-fetch-site') !== 'same-origin')
      return errorResponse(c, 'forbidden', 'Only this app, from its own pages, may ask for this.');
    return c.body(null, 204, { 'Clear-Site-Data': CLEAR_SITE_DATA, 'Cache-Control': 'no-store' });
  });
  app.all(CLEAR_SITE_DATA_PATH, (c) =>
    c.json({ error: { code: 'method_not_allowed', message: 'Only POST.' } }, 405, { Allow: 'POST' }),
  );
}
