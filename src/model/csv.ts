// RFC 4180 CSV: every field quoted when it must be, CRLF line ends, a BOM-free UTF-8 string. Every
// export is safe to open in a spreadsheet: a text cell that a spreadsheet would run as a formula is
// neutralised with a leading `'` (OWASP's advice for CSV injection), and `restoreCell` undoes exactly
// that on import, so our own files round-trip unchanged.

type Cell = string | number | null | undefined;

/**
 * A spreadsheet runs a cell starting with `=`, `+`, `-` or `@` as a formula (a leading tab or CR
 * hides such a start). `neutraliseCell` prefixes those, possibly behind `'`s already: prefixing the
 * cells that already begin with `'`+formula start too is what makes `restoreCell` an exact inverse:
 * `'=x` (typed on purpose) exports as `''=x` and comes back as `'=x`.
 */
const NEEDS_MARK = /^'*[=+\-@\t\r]/;
const MARKED = /^'+[=+\-@\t\r]/;
const APOSTROPHE = 39;

/** Checked before the regular expressions: a large export has millions of cells, few start so. */
function mayNeedMark(text: string): boolean {
  const c = text.charCodeAt(0);
  // ' = + - @ tab CR
  return c === 39 || c === 61 || c === 43 || c === 45 || c === 64 || c === 9 || c === 13;
}

/**
 * A plain decimal number ("-3", "+1.5", "-2e3"). A spreadsheet reads it as a number, never as a
 * formula, so it is written as is: negative longitudes and amounts stay numbers in a spreadsheet.
 */
const PLAIN_NUMBER = /^[+-]?(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?$/;

/** The text as written to a CSV cell: `'` before what a spreadsheet would run as a formula. */
export function neutraliseCell(text: string): string {
  if (!mayNeedMark(text)) return text;
  return NEEDS_MARK.test(text) && !PLAIN_NUMBER.test(text) ? `'${text}` : text;
}

/**
 * The inverse of `neutraliseCell`, for importers: drops one leading `'` when `'`s are followed by one
 * of `= + - @`, tab or CR. A cell someone else wrote as `'+1…` therefore reads as `+1…`, which is also
 * what a spreadsheet shows for it.
 */
export function restoreCell(text: string): string {
  return text.charCodeAt(0) === APOSTROPHE && MARKED.test(text) ? text.slice(1) : text;
}

function cellText(value: Cell): string {
  if (value === null || value === undefined) return '';
  // A finite JS number is a number, even a negative one; NaN and -Infinity are text like any other.
  if (typeof value === 'number' && Number.isFinite(value)) return String(value);
  return neutraliseCell(String(value));
}

const QUOTE_CHARS = /[",\r\n]/;
const SPACE = /\s/;

/** `\s` for one character, by code: checking only the ends is much faster than `/\s$/`. */
function isSpace(code: number): boolean {
  if (code < 128) return code === 32 || (code >= 9 && code <= 13);
  return SPACE.test(String.fromCharCode(code));
}

/** A leading or trailing space is quoted so that no reader trims it. */
function mustQuote(text: string): boolean {
  if (text === '') return false;
  return QUOTE_CHARS.test(text) || isSpace(text.charCodeAt(0)) || isSpace(text.charCodeAt(text.length - 1));
}

function field(value: Cell): string {
  const text = cellText(value);
  return mustQuote(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

export function toCsv(rows: ReadonlyArray<ReadonlyArray<Cell>>): string {
  return `${rows.map((row) => row.map(field).join(',')).join('\r\n')}\r\n`;
}
