// Nested HSDS 3.0 services (as toHsdsService makes them) flattened into the HSDS Tabular Data
// Package: one CSV per table, columns in the official datapackage.json's order, each row once (an
// organization shared by ten services is one row; a phone met under a service and under its location
// is one row holding both links), and the datapackage.json itself. fromTabular (tabularImport.ts)
// does the reverse. Cells are written by model/csv.ts, so they are spreadsheet-safe; the importer
// undoes the safety mark.
//
// Fields a table does not have are kept as extra columns after the official ones, declared in the
// exported datapackage.json with the type their values had (string, number, boolean, or object/array
// as JSON), so that fromTabular types them back. Our own fields all have a column (our extensions
// travel as attributes), so nothing of ours depends on that; the JSON export stays the lossless one.
import { toCsv } from '../model/csv';
import {
  CORE_TABLES,
  DATAPACKAGE,
  type Descriptor,
  FIELDS,
  type Json,
  NESTING,
  type Nested,
  type Resource,
  TABLES,
  type Table,
} from './tabularTables';

export { fromTabular, type TabularError, type TabularOptions, type TabularRead } from './tabularImport';

export interface TabularInput {
  services: Json[];
  taxonomies: Json[];
  taxonomyTerms: Json[];
  /** Organizations and locations that no service carries (those a service carries need not be here). */
  organizations?: Json[];
  locations?: Json[];
}

type Cell = string | number;
type Row = Record<string, Cell>;
type ValueKind = 'string' | 'number' | 'boolean' | 'object' | 'array';

interface Collected {
  rows: Map<Table, Row[]>;
  byId: Map<Table, Map<string, Row>>;
  /** Columns a table does not have, with the kinds of value seen in each. */
  extras: Map<Table, Map<string, Set<ValueKind>>>;
  /** Nested single objects already written: one term object shared by many attributes is one row. */
  seen: WeakSet<Json>;
}

const isObject = (value: unknown): value is Json =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

const kindOf = (value: unknown): ValueKind => (Array.isArray(value) ? 'array' : (typeof value as ValueKind));

function cellOf(value: unknown): Cell {
  if (typeof value === 'string') return value;
  if (typeof value === 'number') return Number.isFinite(value) ? value : String(value);
  return typeof value === 'object' ? JSON.stringify(value) : String(value);
}

/** The map's value for `key`, made and stored first when missing. */
function entry<K, V>(map: Map<K, V>, key: K, make: () => V): V {
  const found = map.get(key);
  if (found !== undefined) return found;
  const made = make();
  map.set(key, made);
  return made;
}

function noteExtra(collected: Collected, table: Table, column: string, value: unknown) {
  const columns = entry(collected.extras, table, () => new Map<string, Set<ValueKind>>());
  entry(columns, column, () => new Set<ValueKind>()).add(kindOf(value));
}

/** A row met again (the same id) fills the cells it lacked: the links of its other parents. */
function store(collected: Collected, table: Table, row: Row) {
  const id = row.id;
  const rows = collected.rows.get(table) ?? entry(collected.rows, table, () => []);
  if (typeof id !== 'string' || id === '') {
    rows.push(row);
    return;
  }
  const byId = collected.byId.get(table) ?? entry(collected.byId, table, () => new Map<string, Row>());
  const known = byId.get(id);
  if (!known) {
    byId.set(id, row);
    rows.push(row);
    return;
  }
  for (const column in row) if (known[column] === undefined) known[column] = row[column] as Cell;
}

const holds = (nested: Nested, value: unknown) =>
  nested.kind === 'many' ? Array.isArray(value) : isObject(value);

/** The column of a row that names its parent, and the parent's id. */
interface Link {
  column: string;
  id: Cell;
}

/** The object's own cells; its nested objects are returned for `collect` to write in their tables. */
function ownCells(collected: Collected, table: Table, object: Json, row: Row): Array<[Nested, unknown]> {
  const nesting = NESTING.get(table) ?? {};
  const fields = FIELDS.get(table);
  const children: Array<[Nested, unknown]> = [];
  for (const key in object) {
    const value = object[key];
    if (value === undefined || value === null) continue;
    const nested = nesting[key];
    if (nested && holds(nested, value)) children.push([nested, value]);
    else {
      row[key] = cellOf(value);
      if (!fields?.has(key)) noteExtra(collected, table, key, value);
    }
  }
  return children;
}

/** One object into its table's row, its nested objects into theirs; `link` names its parent. */
function collect(collected: Collected, table: Table, object: Json, link?: Link) {
  const row: Row = {};
  const children = ownCells(collected, table, object, row);
  if (link && row[link.column] === undefined) row[link.column] = link.id;
  for (const [nested, value] of children) {
    const childId = (value as Json).id;
    if (nested.kind === 'one' && row[nested.link] === undefined && typeof childId === 'string')
      row[nested.link] = childId;
  }
  store(collected, table, row);
  for (const [nested, value] of children) {
    if (nested.kind === 'many') {
      const parent = typeof row.id === 'string' ? { column: nested.link, id: row.id } : undefined;
      for (const child of value as unknown[])
        if (isObject(child)) collect(collected, nested.table, child, parent);
      continue;
    }
    const inherited = nested.inherits ? row[nested.inherits] : undefined;
    if (inherited === undefined && collected.seen.has(value as Json)) continue;
    collected.seen.add(value as Json);
    const parent = inherited === undefined ? undefined : { column: nested.inherits as string, id: inherited };
    collect(collected, nested.table, value as Json, parent);
  }
}

function extraType(kinds: Set<ValueKind>): string {
  const [only] = kinds;
  return kinds.size === 1 && only !== undefined ? only : 'string';
}

function tableCsv(resource: Resource, rows: Row[], extras: Map<string, Set<ValueKind>> | undefined): string {
  const columns = [...resource.schema.fields.map((f) => f.name), ...(extras?.keys() ?? [])];
  return toCsv([columns, ...rows.map((row) => columns.map((column) => row[column]))]);
}

/** The official descriptor with only the tables written, and the extra columns declared. */
function descriptorFor(collected: Collected, written: Table[]): Descriptor {
  const resources = DATAPACKAGE.resources
    .filter((r) => written.includes(r.name))
    .map((r) => {
      const extras = [...(collected.extras.get(r.name) ?? [])].map(([name, kinds]) => ({
        name,
        type: extraType(kinds),
      }));
      return extras.length === 0
        ? r
        : { ...r, schema: { ...r.schema, fields: [...r.schema.fields, ...extras] } };
    });
  return { ...DATAPACKAGE, resources };
}

/** Every CSV of the datapackage by file name (`services.csv`…), and `datapackage.json`. */
export function toTabular(input: TabularInput): Record<string, string> {
  const collected: Collected = { rows: new Map(), byId: new Map(), extras: new Map(), seen: new WeakSet() };
  const lists: Array<[Table, Json[] | undefined]> = [
    ['taxonomy', input.taxonomies],
    ['taxonomy_term', input.taxonomyTerms],
    ['organization', input.organizations],
    ['location', input.locations],
    ['service', input.services],
  ];
  for (const [table, objects] of lists) for (const object of objects ?? []) collect(collected, table, object);
  const written = [...TABLES.keys()].filter((t) => CORE_TABLES.includes(t) || collected.rows.has(t));
  const files: Record<string, string> = {};
  for (const table of written) {
    const resource = TABLES.get(table) as Resource;
    files[resource.path] = tableCsv(resource, collected.rows.get(table) ?? [], collected.extras.get(table));
  }
  files['datapackage.json'] = `${JSON.stringify(descriptorFor(collected, written), null, 2)}\n`;
  return files;
}
