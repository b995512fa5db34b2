// The read-only HSDS 3.0 API the hub serves under /hsds/ (the spec's openapi.json): services (nested,
// or `minimal`), organizations, taxonomies and terms, paginated as the spec's Page. It reads the
// directory through a narrow interface; the hub mounts it behind its own auth and headers.
import { Hono } from 'hono';
import * as z from 'zod/mini';
import {
  HSDS_PROFILE,
  HSDS_VERSION,
  hsdsTaxonomies,
  hsdsTaxonomyTerms,
  termId,
  toHsdsOrganization,
  toHsdsService,
  toHsdsServiceMinimal,
} from '../interop/hsds';
import { isoDateTime } from '../model/common';
import type { Location } from '../model/location';
import type { Organization } from '../model/organization';
import type { Service } from '../model/service';
import { foldText } from '../model/text';

export interface DirectoryRecord {
  id: string;
  value: Record<string, unknown>;
  modifiedAt: string;
}

export interface DirectoryReader {
  /** Live (not deleted) records of one entity, ordered by id, paged; `modifiedAfter` filters by hub time. */
  list(
    entity: 'service' | 'organization' | 'location',
    page: { offset: number; limit: number; modifiedAfter?: string },
  ): Promise<{ rows: DirectoryRecord[]; total: number }>;
  get(entity: 'service' | 'organization' | 'location', id: string): Promise<DirectoryRecord | null>;
}

const PER_PAGE_DEFAULT = 50;
const PER_PAGE_MAX = 1_000;
/** A text search reads the directory in slices of this size. */
const SCAN_SLICE = 1_000;

const flag = z.optional(z.enum(['true', 'false']));
const listQuery = z.object({
  page: z.optional(z.string().check(z.regex(/^[1-9]\d{0,6}$/))),
  per_page: z.optional(z.string().check(z.regex(/^[1-9]\d{0,3}$/))),
  search: z.optional(z.string().check(z.maxLength(200))),
  modified_after: z.optional(isoDateTime),
  minimal: flag,
  full: flag,
  taxonomy_term_id: z.optional(z.uuid()),
  organization_id: z.optional(z.uuid()),
});
type ListQuery = z.infer<typeof listQuery>;

class BadRequest extends Error {}

function query(raw: Record<string, string>): ListQuery {
  const parsed = listQuery.safeParse(raw);
  if (!parsed.success) {
    const fields = [...new Set(parsed.error.issues.map((i) => i.path.join('.')))].join(', ');
    throw new BadRequest(`Invalid query parameter(s): ${fields}.`);
  }
  const perPage = Number(parsed.data.per_page ?? PER_PAGE_DEFAULT);
  if (perPage > PER_PAGE_MAX) throw new BadRequest(`per_page is at most ${PER_PAGE_MAX}.`);
  return parsed.data;
}

function page<T>(contents: T[], total: number, pageNumber: number, perPage: number) {
  const totalPages = Math.max(1, Math.ceil(total / perPage));
  return {
    total_items: total,
    total_pages: totalPages,
    page_number: pageNumber,
    size: contents.length,
    first_page: pageNumber === 1,
    last_page: pageNumber >= totalPages,
    empty: total === 0,
    contents,
  };
}

export function createHsdsApi(source: DirectoryReader): Hono {
  const api = new Hono();

  async function nested(service: Service) {
    const [org, ...locations] = await Promise.all([
      source.get('organization', service.organization_id),
      ...service.location_ids.map((id) => source.get('location', id)),
    ]);
    return toHsdsService(
      service,
      org?.value as Organization | undefined,
      locations.filter((l) => l !== null).map((l) => l.value as unknown as Location),
    );
  }

  function matches(service: Service, q: ListQuery): boolean {
    if (q.taxonomy_term_id && !service.taxonomy_ids.some((t) => termId(t) === q.taxonomy_term_id))
      return false;
    if (q.organization_id && service.organization_id !== q.organization_id) return false;
    if (q.search) {
      const words = foldText(q.search).split(/\s+/).filter(Boolean);
      const text = foldText(
        [service.name, service.name_fr, service.alternate_name, service.description, service.description_fr]
          .filter(Boolean)
          .join(' '),
      );
      if (!words.every((w) => text.includes(w))) return false;
    }
    return true;
  }

  api.get('/', (c) =>
    c.json({
      version: HSDS_VERSION,
      profile: HSDS_PROFILE,
      openapi_url: `${HSDS_PROFILE}schema/openapi.json`,
    }),
  );

  api.get('/services', async (c) => {
    const q = query(c.req.query());
    const perPage = Number(q.per_page ?? PER_PAGE_DEFAULT);
    const pageNumber = Number(q.page ?? 1);
    const offset = (pageNumber - 1) * perPage;
    const modifiedAfter = q.modified_after ? { modifiedAfter: q.modified_after } : {};
    let services: Service[];
    let total: number;
    if (q.search || q.taxonomy_term_id || q.organization_id) {
      // Filters the store cannot index: scan in slices, keep the page asked for.
      const hits: Service[] = [];
      total = 0;
      for (let from = 0; ; from += SCAN_SLICE) {
        const slice = await source.list('service', { offset: from, limit: SCAN_SLICE, ...modifiedAfter });
        for (const row of slice.rows) {
          const service = row.value as unknown as Service;
          if (!matches(service, q)) continue;
          if (total >= offset && hits.length < perPage) hits.push(service);
          total += 1;
        }
        if (from + SCAN_SLICE >= slice.total) break;
      }
      services = hits;
    } else {
      const slice = await source.list('service', { offset, limit: perPage, ...modifiedAfter });
      services = slice.rows.map((r) => r.value as unknown as Service);
      total = slice.total;
    }
    const contents =
      q.minimal === 'true' ? services.map(toHsdsServiceMinimal) : await Promise.all(services.map(nested));
    return c.json(page(contents, total, pageNumber, perPage));
  });

  api.get('/services/:id', async (c) => {
    const id = c.req.param('id');
    if (!z.uuid().safeParse(id).success) throw new BadRequest('A service id is a UUID.');
    const row = await source.get('service', id);
    if (!row) return c.json({ error: { code: 'not_found', message: 'No such service.' } }, 404);
    return c.json(await nested(row.value as unknown as Service));
  });

  api.get('/organizations', async (c) => {
    const q = query(c.req.query());
    const perPage = Number(q.per_page ?? PER_PAGE_DEFAULT);
    const pageNumber = Number(q.page ?? 1);
    const slice = await source.list('organization', {
      offset: (pageNumber - 1) * perPage,
      limit: perPage,
      ...(q.modified_after ? { modifiedAfter: q.modified_after } : {}),
    });
    const contents = slice.rows.map((r) => toHsdsOrganization(r.value as unknown as Organization));
    return c.json(page(contents, slice.total, pageNumber, perPage));
  });

  api.get('/organizations/:id', async (c) => {
    const id = c.req.param('id');
    if (!z.uuid().safeParse(id).success) throw new BadRequest('An organization id is a UUID.');
    const row = await source.get('organization', id);
    if (!row) return c.json({ error: { code: 'not_found', message: 'No such organization.' } }, 404);
    return c.json(toHsdsOrganization(row.value as unknown as Organization));
  });

  api.get('/taxonomies', (c) => {
    const all = hsdsTaxonomies();
    return c.json(page(all, all.length, 1, Math.max(1, all.length)));
  });
  api.get('/taxonomies/:id', (c) => {
    const found = hsdsTaxonomies().find((t) => t.id === c.req.param('id'));
    return found
      ? c.json(found)
      : c.json({ error: { code: 'not_found', message: 'No such taxonomy.' } }, 404);
  });
  api.get('/taxonomy_terms', (c) => {
    const q = query(c.req.query());
    const perPage = Number(q.per_page ?? PER_PAGE_DEFAULT);
    const pageNumber = Number(q.page ?? 1);
    const all = hsdsTaxonomyTerms();
    return c.json(
      page(all.slice((pageNumber - 1) * perPage, pageNumber * perPage), all.length, pageNumber, perPage),
    );
  });
  api.get('/taxonomy_terms/:id', (c) => {
    const found = hsdsTaxonomyTerms().find((t) => t.id === c.req.param('id'));
    return found
      ? c.json(found)
      : c.json({ error: { code: 'not_found', message: 'No such taxonomy term.' } }, 404);
  });

  api.all('*', (c) => c.json({ error: { code: 'not_found', message: 'No such HSDS route.' } }, 404));
  api.onError((error, c) => {
    if (error instanceof BadRequest)
      return c.json({ error: { code: 'bad_request', message: error.message } }, 400);
    throw error;
  });
  return api;
}
