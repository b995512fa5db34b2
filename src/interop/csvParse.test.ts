import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { toCsv } from '../model/csv';
import { MAX_CELL_CHARS, parseCsv, parseCsvTable } from './csvParse';

describe('parseCsv reads RFC 4180', () => {
  it.each<[string, string, string[][]]>([
    ['empty text', '', []],
    ['one row, CRLF', 'a,b\r\n', [['a', 'b']]],
    [
      'no final line end',
      'a,b\r\nc,d',
      [
        ['a', 'b'],
        ['c', 'd'],
      ],
    ],
    [
      'LF line ends',
      'a,b\nc,d\n',
      [
        ['a', 'b'],
        ['c', 'd'],
      ],
    ],
    ['a BOM at the start', '\uFEFFid,name\r\n', [['id', 'name']]],
    ['a comma inside quotes', '"a, b",c\r\n', [['a, b', 'c']]],
    ['doubled quotes', '"say ""hi""",x\r\n', [['say "hi"', 'x']]],
    ['only a doubled quote', '""""\r\n', [['"']]],
    ['CRLF inside quotes', '"two\r\nlines",x\r\n', [['two\r\nlines', 'x']]],
    ['LF inside quotes', '"two\nlines"', [['two\nlines']]],
    ['empty cells', ',,\r\n', [['', '', '']]],
    ['an empty quoted cell', '"",a', [['', 'a']]],
    ['a trailing comma at the end', 'a,', [['a', '']]],
    ['an empty line is a row of one empty cell', 'a\r\n\r\nb\r\n', [['a'], [''], ['b']]],
    ['spaces are kept', ' a , b ', [[' a ', ' b ']]],
    ['accents and syllabics', 'é,ᐊᓂᔑᓈᐯ\r\n', [['é', 'ᐊᓂᔑᓈᐯ']]],
  ])('%s', (_, text, rows) => {
    expect(parseCsv(text)).toEqual({ ok: true, value: rows });
  });

  it.each<[string, string, number, string]>([
    ['a quote inside an unquoted field', 'id,name\r\n1,Sa"m\r\n', 2, 'a quote inside an unquoted field'],
    ['text after a closing quote', 'id,name\r\n1,"Sam"x\r\n', 2, 'text after a closing quote'],
    ['a field never closed', 'id,name\r\n1,ok\r\n2,"Sam\r\n3,x\r\n', 3, 'a quoted field is never closed'],
    ['after a multi-line cell', 'a\r\n"1\r\n2\r\n3"x\r\n', 4, 'text after a closing quote'],
    ['a lone carriage return', 'a\rb\r\n', 1, 'a carriage return without a line feed'],
  ])('%s is an error naming the line', (_, text, line, reason) => {
    expect(parseCsv(text)).toEqual({ ok: false, error: { line, reason } });
  });

  it('refuses a cell over the limit', () => {
    const result = parseCsv(`a\r\n${'x'.repeat(MAX_CELL_CHARS + 1)}\r\n`);
    expect(result.ok || result.error).toMatchObject({ line: 2, reason: expect.stringContaining('longer') });
    expect(parseCsv(`"${'x'.repeat(MAX_CELL_CHARS)}"`).ok).toBe(true);
  });

  it('gives back what toCsv wrote, for any text', () => {
    const rows = fc.array(fc.array(fc.string({ unit: 'grapheme' }), { minLength: 1, maxLength: 5 }), {
      minLength: 1,
      maxLength: 8,
    });
    // toCsv marks formula-like cells with `'` (model/csv.ts): the parser itself gives the cells as
    // written, so compare only text that no mark touches, and leave the marks to restoreCell's tests.
    const noFormula = (row: string[]) => row.map((cell) => cell.replace(/^['=+\-@\t\r]+/, ''));
    fc.assert(
      fc.property(rows, (generated) => {
        const plain = generated.map(noFormula);
        expect(parseCsv(toCsv(plain))).toEqual({ ok: true, value: plain });
      }),
      { numRuns: 500 },
    );
  });

  it('gives back any text with quotes, commas and line breaks', () => {
    const tricky = fc
      .array(fc.constantFrom('a', '"', ',', '\r', '\n', '\r\n', ' ', 'é'), { maxLength: 10 })
      .map((parts) => `x${parts.join('')}`);
    const rows = fc.array(fc.array(tricky, { minLength: 1, maxLength: 4 }), { minLength: 1, maxLength: 5 });
    fc.assert(
      fc.property(rows, (generated) => {
        expect(parseCsv(toCsv(generated))).toEqual({ ok: true, value: generated });
      }),
    );
  });
});

describe('parseCsvTable', () => {
  it('turns rows into objects by the header', () => {
    expect(parseCsvTable('id,name\r\n1,Sam\r\n2,"Lee, J."\r\n')).toEqual({
      ok: true,
      value: [
        { id: '1', name: 'Sam' },
        { id: '2', name: 'Lee, J.' },
      ],
    });
  });

  it.each<[string, string, number, string]>([
    ['a short row', 'id,name\r\n1,Sam\r\n2\r\n', 3, '1 cells where the header has 2'],
    ['a long row', 'id,name\r\n1,Sam,extra\r\n', 2, '3 cells where the header has 2'],
    ['a row after a multi-line cell', 'id,name\r\n1,"a\r\nb"\r\n2\r\n', 4, '1 cells where the header has 2'],
    ['no header', '', 1, 'no header row'],
    ['a column twice', 'id,id\r\n', 1, 'the column "id" appears twice'],
  ])('%s is an error naming the line', (_, text, line, reason) => {
    expect(parseCsvTable(text)).toEqual({ ok: false, error: { line, reason } });
  });

  it('parses 20,000 rows of 25 columns quickly (figure printed, not asserted)', () => {
    const header = Array.from({ length: 25 }, (_, c) => `column_${c}`);
    const row = header.map((_, c) => (c % 5 === 0 ? `"quoted, ${c}"` : `value ${c} ᐊᓂᔑᓈᐯ`));
    const text = [header.join(','), ...Array.from({ length: 20_000 }, () => row.join(','))].join('\r\n');
    const started = performance.now();
    const result = parseCsvTable(text);
    const ms = performance.now() - started;
    expect(result.ok && result.value.length).toBe(20_000);
    console.warn(
      `parseCsvTable: 20,000 rows × 25 columns (${(text.length / 1e6).toFixed(1)} MB) in ${ms.toFixed(0)} ms`,
    );
  });
});
