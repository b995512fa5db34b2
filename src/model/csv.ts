// RFC 4180 CSV: every field quoted when it must be, CRLF line ends, a BOM-free UTF-8 string.

function field(value: string | number | null | undefined): string {
  const text = value === null || value === undefined ? '' : String(value);
  return /[",\r\n]/.test(text) || /^\s|\s$/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

export function toCsv(rows: ReadonlyArray<ReadonlyArray<string | number | null | undefined>>): string {
  return `${rows.map((row) => row.map(field).join(',')).join('\r\n')}\r\n`;
}
