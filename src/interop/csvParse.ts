// A strict RFC 4180 CSV reader, the inverse of model/csv.ts `toCsv`. Broken quoting is an error that
// names the line and the reason, never a silent guess: a file that does not parse is refused whole.
// Accepts CRLF or LF line ends, a UTF-8 BOM, and a last line with or without its line end. Cells come
// back exactly as written: spreadsheet-safety marks (`restoreCell`) are the importer's business.
import { err, ok, type Result } from '../model/result';

export interface CsvError {
  /** 1-based line of the file where the problem is. */
  line: number;
  reason: string;
}

/** A cell longer than this is refused: no directory field comes near it. */
export const MAX_CELL_CHARS = 1_000_000;

const QUOTE = 34;
const COMMA = 44;
const LF = 10;
const CR = 13;

function countLineFeeds(text: string, from: number, to: number): number {
  let count = 0;
  for (let i = text.indexOf('\n', from); i !== -1 && i < to; i = text.indexOf('\n', i + 1)) count++;
  return count;
}

/** The quoted field starting at `start` (on its opening quote): its value and the index after it. */
function quotedField(text: string, start: number): { value: string; end: number } | null {
  let value = '';
  let chunk = start + 1;
  for (;;) {
    const quote = text.indexOf('"', chunk);
    if (quote === -1) return null;
    if (text.charCodeAt(quote + 1) !== QUOTE)
      return { value: value + text.slice(chunk, quote), end: quote + 1 };
    value += text.slice(chunk, quote + 1);
    chunk = quote + 2;
  }
}

/** The end of the unquoted field starting at `start`, or the index of a stray quote as `-1 - index`. */
function unquotedEnd(text: string, start: number): number {
  for (let i = start; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === COMMA || c === LF || c === CR) return i;
    if (c === QUOTE) return -1 - i;
  }
  return text.length;
}

/** True when `i` is a field's end: a comma, a line end, or the end of the text. */
function atFieldEnd(text: string, i: number): boolean {
  if (i >= text.length) return true;
  const c = text.charCodeAt(i);
  return c === COMMA || c === LF || (c === CR && text.charCodeAt(i + 1) === LF);
}

interface RowRead {
  cells: string[];
  /** The index just after the row's line end. */
  next: number;
  /** The line the next row starts on. */
  line: number;
}

function tooLong(cells: string[]): boolean {
  return cells.some((cell) => cell.length > MAX_CELL_CHARS);
}

/** A row with quotes in it, field by field (it may span lines). */
function readQuotedRow(text: string, start: number, startLine: number): Result<RowRead, CsvError> {
  const cells: string[] = [];
  let i = start;
  let line = startLine;
  for (;;) {
    if (text.charCodeAt(i) === QUOTE) {
      const field = quotedField(text, i);
      if (!field) return err({ line, reason: 'a quoted field is never closed' });
      line += countLineFeeds(text, i, field.end);
      if (!atFieldEnd(text, field.end)) return err({ line, reason: 'text after a closing quote' });
      cells.push(field.value);
      i = field.end;
    } else {
      const end = unquotedEnd(text, i);
      if (end < 0) return err({ line, reason: 'a quote inside an unquoted field' });
      if (!atFieldEnd(text, end)) return err({ line, reason: 'a carriage return without a line feed' });
      cells.push(text.slice(i, end));
      i = end;
    }
    if (i < text.length && text.charCodeAt(i) === COMMA) i++;
    else break;
  }
  if (tooLong(cells)) return err({ line, reason: `a cell longer than ${MAX_CELL_CHARS} characters` });
  const next = i >= text.length ? i : i + (text.charCodeAt(i) === CR ? 2 : 1);
  return ok({ cells, next, line: line + 1 });
}

/** A row without quotes: split natively, which is what makes large files fast. */
function readPlainRow(
  text: string,
  start: number,
  line: number,
  lineFeed: number,
): Result<RowRead, CsvError> {
  const end = lineFeed === -1 ? text.length : lineFeed;
  const body = text.slice(start, lineFeed !== -1 && text.charCodeAt(end - 1) === CR ? end - 1 : end);
  if (body.includes('\r')) return err({ line, reason: 'a carriage return without a line feed' });
  const cells = body.split(',');
  if (body.length > MAX_CELL_CHARS && tooLong(cells))
    return err({ line, reason: `a cell longer than ${MAX_CELL_CHARS} characters` });
  return ok({ cells, next: end + 1, line: line + 1 });
}

/** Calls `onRow` with each row's cells and the line it starts on; stops at the first error. */
function eachRow(
  text: string,
  onRow: (cells: string[], line: number) => CsvError | undefined,
): Result<true, CsvError> {
  let i = text.charCodeAt(0) === 0xfeff ? 1 : 0;
  let line = 1;
  let nextQuote = text.indexOf('"', i);
  while (i < text.length) {
    if (nextQuote !== -1 && nextQuote < i) nextQuote = text.indexOf('"', i);
    const lineFeed = text.indexOf('\n', i);
    const plain = nextQuote === -1 || (lineFeed !== -1 && nextQuote > lineFeed);
    const read = plain ? readPlainRow(text, i, line, lineFeed) : readQuotedRow(text, i, line);
    if (!read.ok) return read;
    const refused = onRow(read.value.cells, line);
    if (refused) return err(refused);
    i = read.value.next;
    line = read.value.line;
  }
  return ok(true);
}

/** Every row as its cells. An empty text has no rows; an empty line is a row of one empty cell. */
export function parseCsv(text: string): Result<string[][], CsvError> {
  const rows: string[][] = [];
  const read = eachRow(text, (cells) => {
    rows.push(cells);
    return undefined;
  });
  return read.ok ? ok(rows) : read;
}

export interface CsvTable<T> {
  header: string[];
  /** Every row after the header, as `toRow` made it. */
  rows: T[];
}

/**
 * The first row names the columns (each once); every other row must have as many cells, and
 * `toRow` turns it into what the caller keeps (the cells array is not kept: large files stay fast).
 */
export function readCsvTable<T>(
  text: string,
  toRow: (cells: string[], header: string[]) => T,
): Result<CsvTable<T>, CsvError> {
  let header: string[] | undefined;
  const rows: T[] = [];
  const read = eachRow(text, (cells, line) => {
    if (!header) {
      const seen = new Set<string>();
      const twice = cells.find((name) => seen.size === seen.add(name).size);
      if (twice !== undefined) return { line, reason: `the column "${twice}" appears twice` };
      header = cells;
      return undefined;
    }
    if (cells.length !== header.length)
      return { line, reason: `${cells.length} cells where the header has ${header.length}` };
    rows.push(toRow(cells, header));
    return undefined;
  });
  if (!read.ok) return read;
  return header ? ok({ header, rows }) : err({ line: 1, reason: 'no header row' });
}

/** The rows of `readCsvTable` as objects keyed by the header. */
export function parseCsvTable(text: string): Result<Array<Record<string, string>>, CsvError> {
  let blank: Record<string, string> | undefined;
  const table = readCsvTable(text, (cells, header) => {
    // Copying one object with every column keeps all rows of one shape: much faster for large files.
    blank ??= Object.fromEntries(header.map((name) => [name, '']));
    const object = { ...blank };
    for (let c = 0; c < header.length; c++) object[header[c] as string] = cells[c] as string;
    return object;
  });
  return table.ok ? ok(table.value.rows) : table;
}
