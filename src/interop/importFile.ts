// One door for every file a person imports: HSDS JSON (a service, an array, an API page, the tabular
// JSON form), the HSDS CSV datapackage (a zip, a folder, or loose .csv files) and our bundles. Bytes in,
// candidate records out, or one clear error and nothing else: a file is read whole before anything is
// planned, so a broken one never writes half. Pure (no DOM, no database): runs in a worker or a test.
import { toCsv } from '../model/csv';
import type { Entity } from '../model/mutation';
import { err, ok, type Result } from '../model/result';
import { decodeBundle, looksLikeBundle } from './bundle';
import { type HsdsReadOptions, readHsdsJson, readHsdsTyped } from './hsdsImport';
import { fromTabular } from './tabular';
import { readZip } from './zip';

export interface ImportSource {
  /** The file's name (or its path inside a chosen folder). */
  name: string;
  bytes: Uint8Array;
}

export type ImportFormat = 'hsds-json' | 'hsds-csv' | 'bundle';

export interface ImportRead {
  format: ImportFormat;
  candidates: Array<{ entity: Entity; id: string; value: Record<string, unknown>; notes: string[] }>;
  /** Objects read that hold nothing for the directory (taxonomies, metadata). */
  skipped: number;
}

export type ImportFileErrorCode =
  | 'empty'
  | 'too-large'
  | 'not-text'
  | 'not-json'
  | 'not-hsds'
  | 'zip'
  | 'csv'
  | 'bundle-foreign'
  | 'bundle-newer'
  | 'bundle-corrupted'
  | 'mixed';

export interface ImportFileError {
  code: ImportFileErrorCode;
  /** English detail (a file name, a line); the screen says what the code means in both languages. */
  message: string;
}

/** The most a person may import at once (a 60,000-service region is about 120 MB of JSON). */
export const MAX_IMPORT_BYTES = 256 * 1024 * 1024;

const fail = (code: ImportFileErrorCode, message: string) => err<ImportFileError>({ code, message });
const baseName = (path: string) => path.split(/[\\/]/).pop() ?? path;
const extension = (name: string) => (name.toLowerCase().match(/\.([a-z0-9]+)$/)?.[1] ?? '').toLowerCase();

function decodeText(source: ImportSource): Result<string, ImportFileError> {
  try {
    // A BOM is dropped by the decoder; a byte that is not UTF-8 is an error, not a replacement.
    return ok(new TextDecoder('utf-8', { fatal: true }).decode(source.bytes));
  } catch {
    return fail('not-text', `${source.name} is not UTF-8 text.`);
  }
}

export async function readImportFiles(
  sources: readonly ImportSource[],
  options: HsdsReadOptions,
): Promise<Result<ImportRead, ImportFileError>> {
  const files = sources.filter((s) => !baseName(s.name).startsWith('.'));
  if (files.length === 0 || files.every((f) => f.bytes.length === 0))
    return fail('empty', 'The file is empty.');
  const total = files.reduce((sum, f) => sum + f.bytes.length, 0);
  if (total > MAX_IMPORT_BYTES)
    return fail(
      'too-large',
      `${Math.round(total / 1048576)} MB is more than the ${MAX_IMPORT_BYTES / 1048576} MB an import may hold.`,
    );
  const kinds = new Set(files.map((f) => extension(f.name)));
  const only = files[0] as ImportSource;
  if (files.length === 1 && kinds.has('zip')) return readZipped(only, options);
  if (files.length === 1 && kinds.has('json')) return readJson(only, options);
  // A chosen folder or several files: the CSV tables, beside which a datapackage.json may sit.
  const tables = files.filter((f) => extension(f.name) === 'csv');
  if (tables.length > 0) return readTables(tables, options);
  if (files.length === 1) return readJson(only, options); // no telling extension: try JSON
  return fail('mixed', 'Choose one JSON or zip file, or the CSV files of one datapackage.');
}

async function readJson(
  source: ImportSource,
  options: HsdsReadOptions,
): Promise<Result<ImportRead, ImportFileError>> {
  const text = decodeText(source);
  if (!text.ok) return text;
  let document: unknown;
  try {
    document = JSON.parse(text.value);
  } catch (error) {
    return fail(
      'not-json',
      `${source.name} is not valid JSON (${(error as Error).message}); it may have been cut short.`,
    );
  }
  if (looksLikeBundle(document)) return readBundle(document);
  if (isTabularJson(document)) {
    const tables = tabularJsonToHsds(document as Record<string, unknown[]>);
    if (!tables) return fail('not-hsds', `${source.name}: its tables cannot be read as HSDS.`);
    return ok({ format: 'hsds-json', ...readHsdsTyped(tables, options) });
  }
  return fromDocument('hsds-json', document, options);
}

function fromDocument(
  format: ImportFormat,
  document: unknown,
  options: HsdsReadOptions,
): Result<ImportRead, ImportFileError> {
  if (typeof document !== 'object' || document === null)
    return fail('not-hsds', 'The file holds no HSDS services, organizations or locations.');
  const { candidates, skipped } = readHsdsJson(document, options);
  if (candidates.length === 0 && skipped === 0)
    return fail('not-hsds', 'The file holds no HSDS services, organizations or locations.');
  return ok({ format, candidates, skipped });
}

async function readBundle(document: unknown): Promise<Result<ImportRead, ImportFileError>> {
  const bundle = await decodeBundle(document);
  if (!bundle.ok) return fail(`bundle-${bundle.error.code}` as ImportFileErrorCode, bundle.error.message);
  return ok({
    format: 'bundle',
    skipped: 0,
    candidates: bundle.value.records.map((r) => ({
      entity: r.entity,
      id: r.value.id,
      value: r.value,
      notes: [],
    })),
  });
}

async function readZipped(
  source: ImportSource,
  options: HsdsReadOptions,
): Promise<Result<ImportRead, ImportFileError>> {
  const unzipped = readZip(source.bytes);
  if (!unzipped.ok) {
    const { file, reason } = unzipped.error;
    return fail('zip', `${source.name}${file ? ` (${file})` : ''}: ${reason}`);
  }
  const inside = Object.entries(unzipped.value).map(([name, bytes]) => ({ name, bytes }));
  const tables = inside.filter((f) => extension(f.name) === 'csv');
  if (tables.length > 0) return readTables(tables, options);
  const json = inside.filter((f) => extension(f.name) === 'json' && baseName(f.name) !== 'datapackage.json');
  if (json.length === 1) return readJson(json[0] as ImportSource, options);
  return fail('not-hsds', `${source.name} holds no HSDS CSV tables (services.csv) and no single JSON file.`);
}

function readTables(
  tables: readonly ImportSource[],
  options: HsdsReadOptions,
): Result<ImportRead, ImportFileError> {
  const texts: Record<string, string> = {};
  for (const table of tables) {
    const text = decodeText(table);
    if (!text.ok) return text;
    texts[baseName(table.name)] = text.value;
  }
  if (!texts['services.csv'] && !texts['organizations.csv'] && !texts['locations.csv'])
    return fail('not-hsds', 'No services.csv, organizations.csv or locations.csv among the files.');
  const nested = fromTabular(texts);
  if (!nested.ok) return fail('csv', nested.error.message);
  const read = readHsdsTyped(nested.value, options);
  if (read.candidates.length === 0)
    return fail('not-hsds', 'The CSV tables hold no services, organizations or locations.');
  return ok({ format: 'hsds-csv', ...read });
}

/** The tabular example's JSON form: `{"services.csv": [rows], …}`. */
function isTabularJson(document: unknown): boolean {
  if (typeof document !== 'object' || document === null || Array.isArray(document)) return false;
  const keys = Object.keys(document);
  return keys.length > 0 && keys.every((k) => k.endsWith('.csv'));
}

/** Rows as CSV text again, so that one reader (the datapackage's) assembles them. */
function tabularJsonToHsds(
  document: Record<string, unknown[]>,
): { organizations: unknown[]; locations: unknown[]; services: unknown[] } | null {
  const texts: Record<string, string> = {};
  for (const [name, rows] of Object.entries(document)) {
    const objects = (Array.isArray(rows) ? rows : []).filter(
      (r): r is Record<string, unknown> => typeof r === 'object' && r !== null,
    );
    const columns = [...new Set(objects.flatMap((r) => Object.keys(r)))];
    const cell = (v: unknown) =>
      v === null || v === undefined
        ? ''
        : typeof v === 'object'
          ? JSON.stringify(v)
          : typeof v === 'number'
            ? v
            : String(v);
    // toCsv marks formula-like cells and fromTabular takes the mark off: the rows come back as they were.
    texts[name] = toCsv([columns, ...objects.map((r) => columns.map((c) => cell(r[c])))]);
  }
  const nested = fromTabular(texts);
  if (!nested.ok) return null;
  return nested.value;
}
