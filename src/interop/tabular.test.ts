import { readdirSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { sampleDirectory } from '../../tests/fixtures/records';
import { OFFICIAL_DATAPACKAGE } from './datapackage';
import { hsdsTaxonomies, hsdsTaxonomyTerms, toHsdsLocation, toHsdsOrganization, toHsdsService } from './hsds';
import { fromTabular, toTabular } from './tabular';
import { filesAsText, readZip, zipFiles } from './zip';

const HSDS_DIR = resolve(__dirname, '../../../shared/hsds');
const readJson = (path: string) => JSON.parse(readFileSync(resolve(HSDS_DIR, path), 'utf8')) as unknown;
type Json = Record<string, unknown>;
const isObject = (v: unknown): v is Json => typeof v === 'object' && v !== null && !Array.isArray(v);

/** Paths that `want` has and `got` lacks (a list item beyond `got`'s length counts as lacking). */
function missingPaths(got: unknown, want: unknown, path = ''): string[] {
  if (Array.isArray(want))
    return want.flatMap((item, i) =>
      Array.isArray(got) && i < got.length ? missingPaths(got[i], item, `${path}[${i}]`) : [`${path}[${i}]`],
    );
  if (!isObject(want)) return [];
  return Object.entries(want).flatMap(([key, value]) => {
    const at = path ? `${path}.${key}` : key;
    return isObject(got) && key in got ? missingPaths(got[key], value, at) : [at];
  });
}

/** The keys `got` has that `want` lacks, anywhere, by name. */
function extraKeys(got: unknown, want: unknown, found = new Set<string>()): Set<string> {
  if (Array.isArray(got) && Array.isArray(want)) {
    for (const [i, g] of got.entries()) extraKeys(g, want[i], found);
  } else if (isObject(got) && isObject(want))
    for (const [key, value] of Object.entries(got)) {
      if (key in want) extraKeys(value, want[key], found);
      else found.add(key);
    }
  return found;
}

/** `got` and `want` cut to what both have. */
function shared(got: unknown, want: unknown): [unknown, unknown] {
  if (Array.isArray(got) && Array.isArray(want)) {
    const pairs = got.slice(0, want.length).map((g, i) => shared(g, want[i]));
    return [pairs.map(([g]) => g), pairs.map(([, w]) => w)];
  }
  if (isObject(got) && isObject(want)) {
    const keys = Object.keys(want).filter((k) => k in got);
    const pairs = keys.map((k) => [k, shared(got[k], want[k])] as const);
    return [
      Object.fromEntries(pairs.map(([k, [g]]) => [k, g])),
      Object.fromEntries(pairs.map(([k, [, w]]) => [k, w])),
    ];
  }
  return [got, want];
}

function officialCsvFolder(): Record<string, string> {
  const dir = resolve(HSDS_DIR, 'examples/csv');
  return Object.fromEntries(readdirSync(dir).map((f) => [f, readFileSync(resolve(dir, f), 'utf8')]));
}

describe('the datapackage descriptor', () => {
  it('is the official one, verbatim', () => {
    expect(OFFICIAL_DATAPACKAGE).toEqual(readJson('datapackage.json'));
  });
});

describe('fromTabular reads the standard’s own CSV example', () => {
  const read = fromTabular(officialCsvFolder());
  const service = read.ok ? read.value.services[0] : undefined;
  const expected = readJson('examples/service_full.json');

  it('into one service equal in substance to examples/service_full.json', () => {
    expect(read.ok && read.value.services.length).toBe(1);
    const [got, want] = shared(service, expected);
    expect(got).toEqual(want);
  });

  it('missing only what the example’s CSV files do not link', () => {
    // The CSV example's ids do not all agree with service_full.json: its attribute links to
    // f28dd44b…, its metadata to 38960354…, its contacts to another organization and another
    // service_at_location. An organization's locations and a term's taxonomy_detail are not nested
    // by design (they come back in `locations` and `taxonomies`).
    expect(missingPaths(service, expected)).toEqual([
      'service_at_locations[0].contacts',
      'organization.contacts',
      'organization.locations',
      'attributes[0]',
      'metadata',
    ]);
  });

  it('with, in addition, only the link columns the tables carry, and lists our own export writes', () => {
    // `attributes`: an organization and a location always list theirs, as toHsdsService writes them;
    // `tax_id`: organizations.csv has one that service_full.json's organization has not.
    expect([...extraKeys(service, expected)].sort()).toEqual([
      'attributes',
      'contact_id',
      'location_id',
      'organization_id',
      'phone_id',
      'program_id',
      'service_at_location_id',
      'service_id',
      'tax_id',
    ]);
  });

  it('typed as the datapackage says: numbers are numbers, dates and phone numbers text', () => {
    const phone = (service?.phones as Json[] | undefined)?.[0];
    expect(phone).toMatchObject({ number: '"+44 1234 234567"', extension: 100 });
    expect(service).toMatchObject({ minimum_age: 12, assured_date: '2005-01-01' });
    expect(read.ok && read.value.locations[0]).toMatchObject({ latitude: 100, longitude: 101 });
  });

  it('writes the same tables back, but for the attribute linked to nothing', () => {
    if (!read.ok) throw new Error(read.error.message);
    const { services, organizations, locations, taxonomies, taxonomyTerms } = read.value;
    const files = toTabular({ services, organizations, locations, taxonomies, taxonomyTerms });
    const official = officialCsvFolder();
    for (const name of [
      'services.csv',
      'phones.csv',
      'schedules.csv',
      'contacts.csv',
      'languages.csv',
      'funding.csv',
    ])
      expect(files[name]?.trim(), name).toBe(official[name]?.trim());
  });
});

/** Our sample directory, with the texts that break naive CSV: syllabics, accents, formula starts. */
function ourServices(): { services: Json[]; organizations: Json[]; locations: Json[] } {
  const directory = sampleDirectory();
  const service = directory.services.find((s) => s.name_fr && s.taxonomy_ids.length > 0);
  const organization = directory.organizations.find((o) => o.id === service?.organization_id);
  if (!service || !organization) throw new Error('the sample has no French service');
  service.name = 'ᐊᓂᔑᓈᐯ healing circle, "Élan" — Kapuskasing';
  service.description = '=HYPERLINK("http://evil.example","click") is not a formula here';
  service.description_fr = 'Cercle de guérison; « bienvenue », même le dimanche.\nDeux lignes.';
  service.phones = [{ id: '4b9c8f2e-1d3a-4e5f-8a6b-7c8d9e0f1a2b', number: '+1 705 555 0100', type: 'voice' }];
  // HSDS fields we do not use, kept from an import, with their links as a CSV file gives them.
  const link = { service_id: service.id };
  service.hsds_extra = {
    funding: [{ id: '1f2df32c-bf08-4b8e-bd6f-e834014b19bc', ...link, source: '-Ontario Trillium, 2026' }],
    cost_options: [{ id: '1fdf4d39-3d80-484d-9f92-a8ffa08621e7', ...link, amount: -12.5, currency: 'CAD' }],
    x_local_note: { kept: ['as', 'json'] },
    x_rank: 3.5,
  };
  organization.name = 'Kiizhik Société des femmes autochtones';
  const orgs = new Map(directory.organizations.map((o) => [o.id, o]));
  const locs = new Map(directory.locations.map((l) => [l.id, l]));
  const services = directory.services.map((s) =>
    toHsdsService(
      s,
      orgs.get(s.organization_id),
      s.location_ids.flatMap((id) => locs.get(id) ?? []),
    ),
  );
  return {
    services,
    organizations: directory.organizations.map(toHsdsOrganization),
    locations: directory.locations.map(toHsdsLocation),
  };
}

describe('our own datapackage round trip', () => {
  const ours = ourServices();
  const files = toTabular({ ...ours, taxonomies: hsdsTaxonomies(), taxonomyTerms: hsdsTaxonomyTerms() });

  it('gives back exactly what toHsdsService made', () => {
    // Our export names an attribute's term by id only (hsds.ts): so does the import, when asked.
    const read = fromTabular(files, { embedTerms: false });
    if (!read.ok) throw new Error(read.error.message);
    expect(read.value.services).toEqual(ours.services);
    expect(read.value.organizations).toEqual(ours.organizations);
    expect(read.value.locations).toEqual(ours.locations);
    expect(read.value.taxonomies).toEqual(hsdsTaxonomies());
    expect(read.value.taxonomyTerms).toEqual(hsdsTaxonomyTerms());
  });

  it('embeds each attribute’s term by default, as service_full.json does', () => {
    const read = fromTabular(files);
    const terms = new Map(hsdsTaxonomyTerms().map((t) => [t.id, t]));
    const attributes = read.ok ? read.value.services.flatMap((s) => s.attributes as Json[]) : [];
    expect(attributes.length).toBeGreaterThan(100);
    for (const a of attributes) expect(a.taxonomy_term).toEqual(terms.get(a.taxonomy_term_id));
  });

  it('writes each shared organization and location once, and is safe in a spreadsheet', () => {
    const rows = (name: string) => (files[name] ?? '').trim().split('\r\n').length - 1;
    expect(rows('organizations.csv')).toBe(ours.organizations.length);
    expect(rows('locations.csv')).toBe(ours.locations.length);
    expect(files['services.csv']).toContain(`"'=HYPERLINK(""http://evil.example"",""click"") is not`);
    expect(files['phones.csv']).toContain(",'+1 705 555 0100,");
    expect(files['funding.csv']).toContain("'-Ontario Trillium");
  });

  it('declares the extra columns in its datapackage.json, and only the tables it wrote', () => {
    const descriptor = JSON.parse(files['datapackage.json'] ?? '{}') as typeof OFFICIAL_DATAPACKAGE;
    const paths = descriptor.resources.map((r) => r.path).sort();
    expect(paths).toEqual(
      Object.keys(files)
        .filter((f) => f.endsWith('.csv'))
        .sort(),
    );
    const services = descriptor.resources.find((r) => r.name === 'service');
    expect(services?.schema.fields.slice(-2)).toEqual([
      { name: 'x_local_note', type: 'object' },
      { name: 'x_rank', type: 'number' },
    ]);
    expect(files['services.csv']?.split('\r\n')[0]).toMatch(/,last_modified,x_local_note,x_rank$/);
  });

  it('travels inside a zip, in a folder', () => {
    const zipped = zipFiles(
      Object.fromEntries(Object.entries(files).map(([name, text]) => [`hsds/${name}`, text])),
    );
    const unzipped = readZip(zipped);
    if (!unzipped.ok) throw new Error(unzipped.error.reason);
    const texts = filesAsText(unzipped.value);
    if (!texts.ok) throw new Error(texts.error.reason);
    const read = fromTabular(texts.value, { embedTerms: false });
    expect(read.ok && read.value.services).toEqual(ours.services);
  });
});

describe('fromTabular types cells as the datapackage declares', () => {
  const id = '0b8e2f6a-5c1d-4e3f-9a7b-2c4d6e8f0a1b';
  const ageOf = (cell: string) => {
    const read = fromTabular({ 'services.csv': `id,name,minimum_age\r\n${id},S,${cell}\r\n` });
    return read.ok ? read.value.services[0]?.minimum_age : read.error;
  };

  it.each<[string, unknown]>([
    ['12', 12],
    ['-3', -3],
    ['2.5e1', 25],
    ['', undefined],
    // Not a number: kept as text, for the schema check to name.
    ['twelve', 'twelve'],
    ['12 years', '12 years'],
    ['1e400', '1e400'],
    ['NaN', 'NaN'],
  ])('minimum_age %j → %j', (cell, value) => {
    expect(ageOf(cell)).toEqual(value);
  });

  it('extra columns by the file’s own descriptor, text when it has none or cannot be read', () => {
    const descriptor = JSON.stringify({
      resources: [
        {
          path: 'services.csv',
          schema: {
            fields: [
              { name: 'x_open', type: 'boolean' },
              { name: 'x_count', type: 'integer' },
              { name: 'x_tags', type: 'array' },
            ],
          },
        },
      ],
    });
    const csv = `id,name,x_open,x_count,x_tags,x_other\r\n${id},S,true,7,"[""a""]",8\r\n${id},T,maybe,7.5,{},\r\n`;
    const read = fromTabular({ 'services.csv': csv, 'datapackage.json': descriptor });
    const pick = (s: Json | undefined) => [s?.x_open, s?.x_count, s?.x_tags, s?.x_other];
    expect(read.ok && read.value.services.map(pick)).toEqual([
      [true, 7, ['a'], '8'],
      ['maybe', '7.5', '{}', undefined],
    ]);
    const unread = fromTabular({ 'services.csv': csv, 'datapackage.json': '../../datapackage.json' });
    expect(unread.ok && pick(unread.value.services[0])).toEqual(['true', '7', '["a"]', '8']);
  });
});

describe('what a CSV cannot keep', () => {
  it('a nested object without its link column comes back with it', () => {
    const service = {
      id: '0b8e2f6a-5c1d-4e3f-9a7b-2c4d6e8f0a1b',
      name: 'S',
      funding: [{ id: 'f1', source: 'x' }],
    };
    const read = fromTabular(toTabular({ services: [service], taxonomies: [], taxonomyTerms: [] }));
    expect(read.ok && read.value.services[0]?.funding).toEqual([
      { id: 'f1', service_id: service.id, source: 'x' },
    ]);
  });

  it('an empty text is an absent field, and an empty list is absent unless our export writes it', () => {
    const service = { id: 's1', name: 'S', alternate_name: '', funding: [], phones: [] };
    const read = fromTabular(toTabular({ services: [service], taxonomies: [], taxonomyTerms: [] }));
    expect(read.ok && read.value.services[0]).toEqual({
      id: 's1',
      name: 'S',
      ...{
        phones: [],
        schedules: [],
        service_areas: [],
        languages: [],
        service_at_locations: [],
        attributes: [],
      },
    });
  });
});

describe('fromTabular refuses what it cannot read', () => {
  const files = toTabular({ services: ourServices().services, taxonomies: [], taxonomyTerms: [] });

  it('broken quoting, naming the file and the line', () => {
    const lines = (files['phones.csv'] ?? '').split('\r\n');
    lines[2] = `${lines[2]?.slice(0, 40)}"broken"quote`;
    const read = fromTabular({ ...files, 'phones.csv': lines.join('\r\n') });
    expect(read.ok || read.error).toMatchObject({
      file: 'phones.csv',
      line: 3,
      message: expect.stringMatching(/^phones\.csv, line 3: /),
    });
  });

  it('a row with a cell too many', () => {
    const read = fromTabular({ ...files, 'languages.csv': `${files['languages.csv']}a,b,c,d,e,f,g,h\r\n` });
    expect(read.ok || read.error).toMatchObject({
      file: 'languages.csv',
      reason: '8 cells where the header has 7',
    });
  });

  it('no services.csv', () => {
    const { 'services.csv': _, ...rest } = files;
    expect(fromTabular(rest)).toMatchObject({ ok: false, error: { file: 'services.csv' } });
  });

  it('no id column', () => {
    expect(fromTabular({ 'services.csv': 'name\r\nA\r\n' })).toMatchObject({ ok: false, error: { line: 1 } });
  });
});
