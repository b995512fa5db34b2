// The HSDS 3.0 Tabular Data Package back into nested HSDS services, in the shape of the standard's
// examples/service_full.json: organization and program nested by their ids, phones, schedules,
// service areas, languages, funding, cost options, contacts, required documents and attributes (each
// with its taxonomy_term) by their links, service_at_locations with their location (its addresses,
// phones, languages, accessibility…). A row joins every parent its links name, so a phone linked to a
// service and to a location appears in both. Linking is by Maps, once per table and column.
//
// Each CSV is read into typed rows by tabularRows.ts.
//
// Not nested, by choice: an organization's `locations` (they come back in `locations` and inside the
// services), a term's `taxonomy_detail` (the taxonomies come back in `taxonomies`). Attributes and
// metadata whose link matches no row, and meta_table_descriptions.csv, are not read.
import { ok, type Result } from '../model/result';
import { declaredTypes, failure, readTable, type TabularError } from './tabularRows';
import { ALWAYS_LISTED, BUILD_ORDER, DATAPACKAGE, type Json, NESTED_KEYS, type Table } from './tabularTables';

export type { TabularError };

export interface TabularRead {
  services: Json[];
  /** Every organization of organizations.csv, whether a service uses it or not; the same for locations. */
  organizations: Json[];
  locations: Json[];
  taxonomies: Json[];
  taxonomyTerms: Json[];
}

/**
 * Rows by id and by link, each Map built once, when first asked for. Each row becomes its nested
 * object once, in place, tables in BUILD_ORDER, and that object is used wherever the row belongs: an
 * organization shared by ten services is one object in all ten, a taxonomy term one object in all its
 * attributes. That keeps 20,000 services fast and small; a caller that edits one should clone it.
 */
class Assembler {
  private readonly ids = new Map<Table, Map<string, Json>>();
  private readonly links = new Map<Table, Map<string, Map<string, Json[]>>>();

  constructor(
    private readonly rows: Map<Table, Json[]>,
    private readonly embedTerms: boolean,
  ) {
    for (const table of BUILD_ORDER) for (const row of rows.get(table) ?? []) this.nest(table, row);
  }

  private byId(table: Table): Map<string, Json> {
    let ids = this.ids.get(table);
    if (ids) return ids;
    ids = new Map();
    for (const row of this.rows.get(table) ?? [])
      if (typeof row.id === 'string' && !ids.has(row.id)) ids.set(row.id, row);
    this.ids.set(table, ids);
    return ids;
  }

  private linked(table: Table, column: string): Map<string, Json[]> {
    let byColumn = this.links.get(table);
    if (!byColumn) {
      byColumn = new Map();
      this.links.set(table, byColumn);
    }
    let links = byColumn.get(column);
    if (links) return links;
    links = new Map();
    for (const row of this.rows.get(table) ?? []) {
      const target = row[column];
      if (typeof target !== 'string') continue;
      const list = links.get(target);
      if (list) list.push(row);
      else links.set(target, [row]);
    }
    byColumn.set(column, links);
    return links;
  }

  /** Adds the row's nested keys; the rows it nests are complete already (BUILD_ORDER). */
  private nest(table: Table, row: Json) {
    const always = ALWAYS_LISTED[table];
    for (const [key, nested] of NESTED_KEYS.get(table) ?? []) {
      if (nested.table === 'taxonomy_term' && !this.embedTerms) continue;
      if (nested.kind === 'one') {
        const target = row[nested.link];
        const found = typeof target === 'string' ? this.byId(nested.table).get(target) : undefined;
        if (found) row[key] = found;
        continue;
      }
      const children =
        typeof row.id === 'string' ? this.linked(nested.table, nested.link).get(row.id) : undefined;
      if (children) row[key] = children.slice();
      else if (always?.includes(key)) row[key] = [];
    }
  }

  all(table: Table): Json[] {
    return this.rows.get(table) ?? [];
  }
}

export interface TabularOptions {
  /**
   * Embed each attribute's `taxonomy_term` object, as service_full.json does (the default). Without
   * it an attribute names its term by `taxonomy_term_id` only, as toHsdsService writes it.
   */
  embedTerms?: boolean;
}

/** `files` by name as in the package (`services.csv`…, `datapackage.json`); services.csv is required. */
export function fromTabular(
  files: Record<string, string>,
  options: TabularOptions = {},
): Result<TabularRead, TabularError> {
  if (typeof files['services.csv'] !== 'string')
    return failure('services.csv', 'the datapackage has no services.csv');
  const declared = declaredTypes(files['datapackage.json']);
  const rows = new Map<Table, Json[]>();
  for (const resource of DATAPACKAGE.resources) {
    const text = Object.hasOwn(files, resource.path) ? files[resource.path] : undefined;
    if (text === undefined) continue;
    const table = readTable(resource, text, declared.get(resource.path));
    if (!table.ok) return table;
    rows.set(resource.name, table.value);
  }
  const assembler = new Assembler(rows, options.embedTerms ?? true);
  return ok({
    services: assembler.all('service'),
    organizations: assembler.all('organization'),
    locations: assembler.all('location'),
    taxonomies: assembler.all('taxonomy'),
    taxonomyTerms: assembler.all('taxonomy_term'),
  });
}
