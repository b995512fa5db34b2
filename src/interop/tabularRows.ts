// Reading one CSV of the HSDS datapackage into flat rows: cells typed as the official
// datapackage.json declares (number, integer, boolean; dates and times stay text), an empty cell an
// absent field, a cell that is not what its type says kept as text for the schema check to name.
// Extra columns take the type the file's own datapackage.json gives them. Every cell and column name
// first loses its spreadsheet-safety mark (model/csv.ts `restoreCell`).
import { restoreCell } from '../model/csv';
import { err, ok, type Result } from '../model/result';
import { readCsvTable } from './csvParse';
import { FIELDS, type Json, type Resource } from './tabularTables';

export interface TabularError {
  /** The file at fault (`services.csv`…). */
  file: string;
  line?: number;
  reason: string;
  /** file, line and reason in one English sentence. */
  message: string;
}

export function failure(file: string, reason: string, line?: number): Result<never, TabularError> {
  const where = line === undefined ? file : `${file}, line ${line}`;
  return err({ file, reason, message: `${where}: ${reason}`, ...(line === undefined ? {} : { line }) });
}

const NUMBER = /^[+-]?(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?$/;
const INTEGER = /^[+-]?\d+$/;
// Table Schema's default true and false values.
const TRUE = new Set(['true', 'True', 'TRUE', '1']);
const FALSE = new Set(['false', 'False', 'FALSE', '0']);

function typed(type: string, text: string): unknown {
  switch (type) {
    case 'number':
    case 'integer': {
      const value = (type === 'number' ? NUMBER : INTEGER).test(text) ? Number(text) : Number.NaN;
      return Number.isFinite(value) && (type === 'number' || Number.isSafeInteger(value)) ? value : text;
    }
    case 'boolean':
      return TRUE.has(text) ? true : FALSE.has(text) ? false : text;
    case 'object':
    case 'array':
      try {
        const value: unknown = JSON.parse(text);
        const isArray = Array.isArray(value);
        return typeof value === 'object' && value !== null && isArray === (type === 'array') ? value : text;
      } catch {
        return text;
      }
    default:
      return text;
  }
}

/** Extra columns' types, by file and column, from the package's own datapackage.json. */
export type DeclaredTypes = Map<string, Map<string, string>>;

/**
 * Only extra columns take their type from here (official ones have theirs), so a descriptor that does
 * not parse is passed over: extra columns then stay text. (The standard's own examples/csv folder
 * holds a datapackage.json that is a symbolic link saved as text.)
 */
export function declaredTypes(text: string | undefined): DeclaredTypes {
  const types: DeclaredTypes = new Map();
  let descriptor: unknown;
  try {
    descriptor = JSON.parse(text ?? 'null');
  } catch {
    return types;
  }
  const resources = (descriptor as { resources?: unknown } | null)?.resources;
  for (const resource of Array.isArray(resources) ? resources : []) {
    const { path, schema } = (resource ?? {}) as { path?: unknown; schema?: { fields?: unknown } };
    const fields = Array.isArray(schema?.fields)
      ? (schema.fields as Array<{ name?: unknown; type?: unknown }>)
      : [];
    if (typeof path !== 'string') continue;
    types.set(
      path,
      new Map(
        fields.flatMap((f) =>
          typeof f?.name === 'string' && typeof f.type === 'string' ? [[f.name, f.type]] : [],
        ),
      ),
    );
  }
  return types;
}

interface Column {
  field: string;
  type: string;
}

function columnsOf(
  resource: Resource,
  header: string[],
  declared: Map<string, string> | undefined,
): Column[] {
  const official = FIELDS.get(resource.name);
  return header.map((name) => {
    const field = restoreCell(name);
    return { field, type: official?.get(field)?.type ?? declared?.get(field) ?? 'string' };
  });
}

function typedRow(columns: Column[], cells: string[]): Json {
  const row: Json = {};
  for (let c = 0; c < columns.length; c++) {
    const { field, type } = columns[c] as Column;
    const text = restoreCell(cells[c] as string);
    // A column named __proto__ would set the row's prototype: never anyone's field.
    if (text !== '' && field !== '__proto__') row[field] = typed(type, text);
  }
  return row;
}

export function readTable(
  resource: Resource,
  text: string,
  declared: Map<string, string> | undefined,
): Result<Json[], TabularError> {
  let columns: Column[] | undefined;
  const parsed = readCsvTable(text, (cells, header) => {
    columns ??= columnsOf(resource, header, declared);
    return typedRow(columns, cells);
  });
  if (!parsed.ok) return failure(resource.path, parsed.error.reason, parsed.error.line);
  const { header, rows } = parsed.value;
  if (rows.length > 0 && !header.map(restoreCell).includes('id'))
    return failure(resource.path, 'no id column', 1);
  return ok(rows);
}
