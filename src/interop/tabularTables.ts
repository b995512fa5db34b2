// The HSDS 3.0 Tabular Data Package as data: each table's file and typed columns (from the official
// descriptor in datapackage.ts), and how the nested JSON objects sit in the tables: which key of an
// object holds which table's rows, and which column links them. toTabular and fromTabular both read
// this one description, so export and import cannot drift apart.
import { OFFICIAL_DATAPACKAGE } from './datapackage';

export type Json = Record<string, unknown>;

/** A table, by its resource name in the datapackage (`service`, `phone`, `taxonomy_term`…). */
export type Table = string;

export interface Field {
  name: string;
  type: string;
}

export interface Resource {
  name: Table;
  path: string;
  schema: { fields: Field[] };
}

export interface Descriptor {
  resources: Resource[];
}

export const DATAPACKAGE: Descriptor = OFFICIAL_DATAPACKAGE;

export const TABLES: Map<Table, Resource> = new Map(DATAPACKAGE.resources.map((r) => [r.name, r]));

/** How a key of an object holds rows of another table. */
export interface Nested {
  table: Table;
  /**
   * `many`: a list of child rows, each pointing to the parent's id with `link`;
   * `one`: a single object, the parent's `link` column holding its id.
   */
  kind: 'many' | 'one';
  link: string;
  /** Written out by toTabular but not nested again by fromTabular (see tabularImport.ts). */
  exportOnly?: true;
  /** For `one`: a column the nested row takes from its parent when it has none. */
  inherits?: string;
}

const many = (table: Table, link: string): Nested => ({ table, kind: 'many', link });
const one = (table: Table, link: string): Nested => ({ table, kind: 'one', link });

/** The nesting of HSDS 3.0's JSON schemas (schema/*.json): object keys that hold other tables' rows. */
const OWN_NESTING: Record<Table, Record<string, Nested>> = {
  service: {
    organization: one('organization', 'organization_id'),
    // service_full.json's program has no organization_id, which programs.csv requires.
    program: { ...one('program', 'program_id'), inherits: 'organization_id' },
    phones: many('phone', 'service_id'),
    schedules: many('schedule', 'service_id'),
    service_areas: many('service_area', 'service_id'),
    service_at_locations: many('service_at_location', 'service_id'),
    languages: many('language', 'service_id'),
    funding: many('funding', 'service_id'),
    cost_options: many('cost_option', 'service_id'),
    required_documents: many('required_document', 'service_id'),
    contacts: many('contact', 'service_id'),
  },
  organization: {
    funding: many('funding', 'organization_id'),
    contacts: many('contact', 'organization_id'),
    phones: many('phone', 'organization_id'),
    // Every location of the organization in every service would be too much: they come back in
    // fromTabular's `locations`, and inside the services' service_at_locations.
    locations: { ...many('location', 'organization_id'), exportOnly: true },
    programs: many('program', 'organization_id'),
    organization_identifiers: many('organization_identifier', 'organization_id'),
  },
  service_at_location: {
    location: one('location', 'location_id'),
    contacts: many('contact', 'service_at_location_id'),
    phones: many('phone', 'service_at_location_id'),
    schedules: many('schedule', 'service_at_location_id'),
  },
  location: {
    languages: many('language', 'location_id'),
    addresses: many('address', 'location_id'),
    contacts: many('contact', 'location_id'),
    accessibility: many('accessibility', 'location_id'),
    phones: many('phone', 'location_id'),
    schedules: many('schedule', 'location_id'),
  },
  contact: { phones: many('phone', 'contact_id') },
  phone: { languages: many('language', 'phone_id') },
  attribute: { taxonomy_term: one('taxonomy_term', 'taxonomy_term_id') },
  // A term names its taxonomy by taxonomy_id; the taxonomies come back on their own.
  taxonomy_term: { taxonomy_detail: { ...one('taxonomy', 'taxonomy_id'), exportOnly: true } },
};

/** In HSDS every object may carry attributes, except these; and metadata, except metadata itself. */
const NO_ATTRIBUTES = new Set<Table>(['attribute', 'metadata', 'taxonomy', 'taxonomy_term']);

function nestingOf(table: Table): Record<string, Nested> {
  return {
    ...OWN_NESTING[table],
    ...(NO_ATTRIBUTES.has(table) ? {} : { attributes: many('attribute', 'link_id') }),
    ...(table === 'metadata' ? {} : { metadata: many('metadata', 'resource_id') }),
  };
}

/** Each table's nested keys (its own, then attributes and metadata). */
export const NESTING: Map<Table, Record<string, Nested>> = new Map(
  [...TABLES.keys()].map((table) => [table, nestingOf(table)]),
);
/** What fromTabular nests, as entries for its inner loop. */
export const NESTED_KEYS: Map<Table, Array<[string, Nested]>> = new Map(
  [...NESTING].map(([table, nesting]) => [table, Object.entries(nesting).filter(([, n]) => !n.exportOnly)]),
);

/**
 * The tables, each after every table it nests: fromTabular completes a table's rows before any
 * row that holds them. (The nesting has no cycle: HSDS nests downwards only.)
 */
export const BUILD_ORDER: Table[] = (() => {
  const order: Table[] = [];
  const visit = (table: Table) => {
    if (order.includes(table)) return;
    for (const [, nested] of NESTED_KEYS.get(table) ?? []) if (nested.table !== table) visit(nested.table);
    order.push(table);
  };
  for (const table of TABLES.keys()) visit(table);
  return order;
})();

/**
 * Lists that fromTabular writes even when empty, because toHsdsService always writes them: our own
 * export comes back exactly. Other lists appear only when they have rows (a CSV cannot tell an empty
 * list from an absent one).
 */
export const ALWAYS_LISTED: Record<Table, readonly string[]> = {
  service: ['phones', 'schedules', 'service_areas', 'languages', 'service_at_locations', 'attributes'],
  organization: ['phones', 'attributes'],
  location: ['addresses', 'attributes'],
};

/** The tables toTabular always writes, even with no rows. */
export const CORE_TABLES: readonly Table[] = [
  'organization',
  'service',
  'location',
  'address',
  'phone',
  'schedule',
  'service_area',
  'language',
  'service_at_location',
  'attribute',
  'taxonomy',
  'taxonomy_term',
];

/** Each table's datapackage fields, by name. */
export const FIELDS: Map<Table, Map<string, Field>> = new Map(
  DATAPACKAGE.resources.map((r) => [r.name, new Map(r.schema.fields.map((f) => [f.name, f]))]),
);
