import { describe, expect, it } from 'vitest';
import { toCsv } from './csv';

describe('toCsv', () => {
  it.each<[Array<Array<string | number | null>>, string]>([
    [[['a', 'b']], 'a,b\r\n'],
    [[['with, comma', 'plain']], '"with, comma",plain\r\n'],
    [[['say "hi"']], '"say ""hi"""\r\n'],
    [[['two\nlines']], '"two\nlines"\r\n'],
    [[[null, 3, '']], ',3,\r\n'],
    [[[' padded ']], '" padded "\r\n'],
    [[['é', 'œ']], 'é,œ\r\n'],
  ])('%j', (rows, csv) => {
    expect(toCsv(rows)).toBe(csv);
  });
});
