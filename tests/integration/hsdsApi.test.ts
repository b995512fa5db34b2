import { describe, expect, it } from 'vitest';
import { termId } from '../../src/interop/hsds';
import { createHsdsApi, type DirectoryReader, type DirectoryRecord } from '../../src/server/hsdsApi';
import { hsdsErrors, hsdsValidator } from '../fixtures/hsdsSchemas';
import { sampleDirectory } from '../fixtures/records';

const directory = sampleDirectory();
const MODIFIED = '2026-11-20T10:00:00.000Z';

function reader(): DirectoryReader {
  const tables = {
    service: directory.services,
    organization: directory.organizations,
    location: directory.locations,
  };
  const rows = (entity: keyof typeof tables): DirectoryRecord[] =>
    [...tables[entity]]
      .sort((a, b) => (a.id < b.id ? -1 : 1))
      .map((v, i) => ({
        id: v.id,
        value: v as unknown as Record<string, unknown>,
        modifiedAt: i === 0 ? '2026-11-21T00:00:00.000Z' : MODIFIED,
      }));
  return {
    async list(entity, page) {
      const all = rows(entity).filter((r) => !page.modifiedAfter || r.modifiedAt > page.modifiedAfter);
      return { rows: all.slice(page.offset, page.offset + page.limit), total: all.length };
    },
    async get(entity, id) {
      return rows(entity).find((r) => r.id === id) ?? null;
    },
  };
}

const api = createHsdsApi(reader());
const get = async (path: string) => {
  const res = await api.request(path);
  return { status: res.status, body: (await res.json()) as Record<string, unknown> };
};

describe('the HSDS API', () => {
  it('says its version and profile', async () => {
    expect((await get('/')).body).toMatchObject({ version: '3.0' });
  });

  it('pages services as the spec’s Page, each one valid HSDS', async () => {
    const { status, body } = await get('/services?per_page=10&page=2');
    expect(status).toBe(200);
    expect(body).toMatchObject({
      total_items: directory.services.length,
      total_pages: Math.ceil(directory.services.length / 10),
      page_number: 2,
      size: 10,
      first_page: false,
      last_page: false,
      empty: false,
    });
    const validate = hsdsValidator('service');
    for (const service of body.contents as unknown[])
      expect(validate(service), hsdsErrors(validate)).toBe(true);
    expect((body.contents as Array<{ organization?: unknown }>)[0]?.organization).toBeTruthy();
  });

  it('searches in both languages, accents or not, and by taxonomy term', async () => {
    const shelter = await get('/services?search=shelter&per_page=100');
    expect((shelter.body.contents as unknown[]).length).toBeGreaterThan(0);
    const french = directory.services.find((s) => s.name_fr && /[éèàç]/.test(s.name_fr));
    expect(french).toBeTruthy();
    const word = french!.name_fr!.split(/\s+/).find((w) => /[éèàç]/.test(w))!;
    const folded = word.normalize('NFD').replace(/\p{Diacritic}/gu, '');
    for (const q of [word, folded]) {
      const hits = (await get(`/services?search=${encodeURIComponent(q)}&per_page=1000`)).body
        .contents as Array<{
        id: string;
      }>;
      expect(hits.map((h) => h.id)).toContain(french!.id);
    }
    const term = directory.services[0]!.taxonomy_ids[0]!;
    const byTerm = await get(`/services?taxonomy_term_id=${termId(term)}&per_page=1000&minimal=true`);
    expect(byTerm.body.total_items).toBe(
      directory.services.filter((s) => s.taxonomy_ids.includes(term)).length,
    );
  });

  it('filters by modification time, and gives the minimal form', async () => {
    const recent = await get(`/services?modified_after=${MODIFIED}`);
    expect(recent.body.total_items).toBe(1);
    const minimal = await get('/services?minimal=true&per_page=5');
    expect((minimal.body.contents as Array<Record<string, unknown>>)[0]).not.toHaveProperty(
      'service_at_locations',
    );
  });

  it('serves one service, organizations and the taxonomy', async () => {
    const one = await get(`/services/${directory.services[5]!.id}`);
    expect(one.status).toBe(200);
    expect(hsdsValidator('service')(one.body)).toBe(true);
    expect((await get('/organizations?per_page=5')).body.total_items).toBe(directory.organizations.length);
    expect((await get(`/organizations/${directory.organizations[0]!.id}`)).status).toBe(200);
    expect(((await get('/taxonomies')).body.contents as unknown[]).length).toBe(2);
    expect(((await get('/taxonomy_terms?per_page=1000')).body.contents as unknown[]).length).toBeGreaterThan(
      40,
    );
  });

  it.each([
    ['/services?page=0', 400],
    ['/services?page=abc', 400],
    ['/services?per_page=5000', 400],
    ['/services?modified_after=yesterday', 400],
    ['/services?taxonomy_term_id=../../x', 400],
    ['/services/not-a-uuid', 400],
    ['/services/00000000-0000-4000-8000-000000000000', 404],
    ['/organizations/00000000-0000-4000-8000-000000000000', 404],
    ['/nothing', 404],
  ])('%s gives %i as JSON, no stack', async (path, status) => {
    const res = await get(path);
    expect(res.status).toBe(status);
    expect(JSON.stringify(res.body)).not.toMatch(/\n\s+at /);
    expect((res.body.error as { code: string }).code).toBe(status === 400 ? 'bad_request' : 'not_found');
  });
});
