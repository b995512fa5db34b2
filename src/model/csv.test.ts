import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { neutraliseCell, restoreCell, toCsv } from './csv';

describe('toCsv', () => {
  it.each<[Array<Array<string | number | null>>, string]>([
    [[['a', 'b']], 'a,b\r\n'],
    [[['with, comma', 'plain']], '"with, comma",plain\r\n'],
    [[['say "hi"']], '"say ""hi"""\r\n'],
    [[['two\nlines']], '"two\nlines"\r\n'],
    [[[null, 3, '']], ',3,\r\n'],
    [[[' padded ']], '" padded "\r\n'],
    [[['\u00a0no-break', 'ideographic\u3000', 'tab\t']], '"\u00a0no-break","ideographic\u3000","tab\t"\r\n'],
    [[['é', 'œ']], 'é,œ\r\n'],
  ])('%j', (rows, csv) => {
    expect(toCsv(rows)).toBe(csv);
  });
});

describe('toCsv is safe to open in a spreadsheet', () => {
  it.each<[string | number, string]>([
    // A formula start gets one `'`.
    ['=1+1', "'=1+1"],
    ['=HYPERLINK("http://x","y")', `"'=HYPERLINK(""http://x"",""y"")"`],
    ['+1 705 555 0100', "'+1 705 555 0100"],
    ['-2+3', "'-2+3"],
    ['@SUM(A1)', "'@SUM(A1)"],
    ['\t=1', "'\t=1"],
    ['\r=1', `"'\r=1"`],
    ['-', "'-"],
    // Already marked by someone: one more `'`, so that the import gives it back as it was.
    ["'=1", "''=1"],
    ["''+x", "'''+x"],
    // Numbers stay numbers: a JS number, and a string that is a plain decimal number.
    [-3, '-3'],
    [-79.46406, '-79.46406'],
    ['-3', '-3'],
    ['+1.5', '+1.5'],
    ['-2e3', '-2e3'],
    // Not a number: a JS NaN or -Infinity is text, and "-Infinity" would be a formula.
    [Number.NEGATIVE_INFINITY, "'-Infinity"],
    // Nothing to do.
    ["'quoted'", "'quoted'"],
    ['a=b', 'a=b'],
    ['', ''],
  ])('%j → %j', (value, csv) => {
    expect(toCsv([[value]])).toBe(`${csv}\r\n`);
  });

  it.each<[string, string]>([
    ["'=1", '=1'],
    ["''=1", "'=1"],
    ["'+1 705 555 0100", '+1 705 555 0100'],
    ["'\t", '\t'],
    ["'plain", "'plain"],
    ["'", "'"],
    ['-3', '-3'],
  ])('restoreCell(%j) = %j', (cell, value) => {
    expect(restoreCell(cell)).toBe(value);
  });

  it('restoreCell undoes neutraliseCell for any text', () => {
    const formulaish = fc.constantFrom('=', '+', '-', '@', '\t', '\r', "'", '1', 'a');
    const text = fc.oneof(
      fc.string(),
      fc.array(formulaish, { maxLength: 6 }).map((cs) => cs.join('')),
    );
    fc.assert(fc.property(text, (value) => restoreCell(neutraliseCell(value)) === value));
  });
});
