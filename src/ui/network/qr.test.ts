import { describe, expect, it } from 'vitest';
import {
  alignmentPositions,
  dataCodewords,
  dataCodewordsFor,
  encodeQr,
  formatBits,
  gfMultiply,
  maskInverts,
  type QrMatrix,
  qrPath,
  reedSolomonRemainder,
  versionBits,
} from './qr';

// Level M per version, from the standard's table 9: total codewords, EC blocks, EC codewords per block.
const TABLE_M: Record<number, [total: number, blocks: number, ecPerBlock: number]> = {
  1: [26, 1, 10],
  2: [44, 1, 16],
  3: [70, 1, 26],
  4: [100, 2, 18],
  5: [134, 2, 24],
  6: [172, 4, 16],
  7: [196, 4, 18],
  8: [242, 4, 22],
  9: [292, 5, 22],
  10: [346, 5, 26],
};

/**
 * A minimal reader of our own output, written from the standard and not from the encoder: finds the
 * format information (both copies), unmasks, reads the codewords in the zigzag order, undoes the
 * interleaving, checks each block's Reed–Solomon codewords, and parses byte mode.
 */
function decode(qr: QrMatrix): { text: string; mask: number; ecl: number } {
  const { size, modules } = qr;
  const version = (size - 17) / 4;
  const at = (x: number, y: number) => (modules[y] as boolean[])[x] as boolean;
  const read = (cells: Array<[number, number]>) =>
    cells.reduce((value, [x, y], i) => value | (Number(at(x, y)) << i), 0);
  const first: Array<[number, number]> = [
    [8, 0],
    [8, 1],
    [8, 2],
    [8, 3],
    [8, 4],
    [8, 5],
    [8, 7],
    [8, 8],
    [7, 8],
    [5, 8],
    [4, 8],
    [3, 8],
    [2, 8],
    [1, 8],
    [0, 8],
  ];
  const second: Array<[number, number]> = [];
  for (let i = 0; i < 8; i++) second.push([size - 1 - i, 8]);
  for (let i = 8; i < 15; i++) second.push([8, size - 15 + i]);
  const format = read(first);
  expect(read(second)).toBe(format);
  const info = format ^ 0x5412;
  const ecl = info >>> 13;
  const mask = (info >>> 10) & 7;
  expect(at(8, size - 8)).toBe(true); // the dark module

  const align = alignmentPositions(version);
  const reserved = (x: number, y: number) => {
    if (x === 6 || y === 6) return true;
    if ((x < 9 && y < 9) || (x >= size - 8 && y < 9) || (x < 9 && y >= size - 8)) return true;
    if (
      version >= 7 &&
      ((x >= size - 11 && x < size - 8 && y < 6) || (y >= size - 11 && y < size - 8 && x < 6))
    )
      return true;
    for (const ax of align)
      for (const ay of align) {
        const onFinder =
          (ax === 6 && ay === 6) || (ax === 6 && ay === size - 7) || (ax === size - 7 && ay === 6);
        if (!onFinder && Math.abs(x - ax) <= 2 && Math.abs(y - ay) <= 2) return true;
      }
    return false;
  };

  const bits: number[] = [];
  for (let right = size - 1; right >= 1; right -= 2) {
    if (right === 6) right = 5;
    const upward = ((right + 1) & 2) === 0;
    for (let vert = 0; vert < size; vert++) {
      const y = upward ? size - 1 - vert : vert;
      for (const x of [right, right - 1]) {
        if (!reserved(x, y)) bits.push(Number(at(x, y) !== maskInverts(mask, x, y)));
      }
    }
  }
  const [total, blocks, ecPerBlock] = TABLE_M[version] as [number, number, number];
  const codewords: number[] = [];
  for (let i = 0; i < total; i++) codewords.push(Number.parseInt(bits.slice(i * 8, i * 8 + 8).join(''), 2));

  const shortBlocks = blocks - (total % blocks);
  const shortData = Math.floor(total / blocks) - ecPerBlock;
  const dataLength = (b: number) => shortData + (b < shortBlocks ? 0 : 1);
  const data: number[][] = Array.from({ length: blocks }, () => []);
  const ec: number[][] = Array.from({ length: blocks }, () => []);
  let k = 0;
  for (let i = 0; i < shortData + 1; i++)
    for (let b = 0; b < blocks; b++)
      if (i < dataLength(b)) (data[b] as number[]).push(codewords[k++] as number);
  for (let i = 0; i < ecPerBlock; i++)
    for (let b = 0; b < blocks; b++) (ec[b] as number[]).push(codewords[k++] as number);
  data.forEach((block, b) => {
    expect(reedSolomonRemainder(block, ecPerBlock)).toEqual(ec[b]);
  });

  const stream = data.flat().flatMap((byte) => [7, 6, 5, 4, 3, 2, 1, 0].map((i) => (byte >>> i) & 1));
  const take = (n: number) => Number.parseInt(stream.splice(0, n).join(''), 2);
  expect(take(4)).toBe(0b0100);
  const count = take(version <= 9 ? 8 : 16);
  const bytes = Uint8Array.from({ length: count }, () => take(8));
  return { text: new TextDecoder().decode(bytes), mask, ecl };
}

describe('Reed–Solomon over GF(256)', () => {
  it('multiplies in the field of 0x11D', () => {
    expect(gfMultiply(0x02, 0x80)).toBe(0x1d);
    expect(gfMultiply(0x53, 0xca)).toBe(gfMultiply(0xca, 0x53));
    expect(gfMultiply(0xff, 1)).toBe(0xff);
  });

  it('gives the standard’s example: "01234567", version 1-M (ISO/IEC 18004 annex I)', () => {
    const data = [16, 32, 12, 86, 97, 128, 236, 17, 236, 17, 236, 17, 236, 17, 236, 17];
    expect(reedSolomonRemainder(data, 10)).toEqual([165, 36, 212, 193, 237, 54, 199, 135, 44, 85]);
  });

  it('gives the well-known "HELLO WORLD", version 1-M', () => {
    const data = [32, 91, 11, 120, 209, 114, 220, 77, 67, 64, 236, 17, 236, 17, 236, 17];
    expect(reedSolomonRemainder(data, 10)).toEqual([196, 35, 39, 119, 235, 215, 231, 226, 93, 23]);
  });
});

describe('format and version information', () => {
  it.each([
    [0, '101010000010010'],
    [1, '101000100100101'],
    [2, '101111001111100'],
    [3, '101101101001011'],
    [4, '100010111111001'],
    [5, '100000011001110'],
    [6, '100111110010111'],
    [7, '100101010100000'],
  ])('level M, mask %i: %s', (mask, bits) => {
    expect(formatBits(mask).toString(2).padStart(15, '0')).toBe(bits);
  });

  it.each([
    [7, '000111110010010100'],
    [8, '001000010110111100'],
    [9, '001001101010011001'],
    [10, '001010010011010011'],
  ])('version %i: %s', (version, bits) => {
    expect(versionBits(version).toString(2).padStart(18, '0')).toBe(bits);
  });

  it('places alignment patterns where the standard’s table puts them', () => {
    expect(alignmentPositions(1)).toEqual([]);
    expect(alignmentPositions(2)).toEqual([6, 18]);
    expect(alignmentPositions(6)).toEqual([6, 34]);
    expect(alignmentPositions(7)).toEqual([6, 22, 38]);
    expect(alignmentPositions(10)).toEqual([6, 28, 50]);
  });
});

describe('data codewords', () => {
  it('holds the standard’s level M capacities', () => {
    expect([1, 2, 3, 4, 5, 6, 7, 8, 9, 10].map(dataCodewords)).toEqual([
      16, 28, 44, 64, 86, 108, 124, 154, 182, 216,
    ]);
  });

  it('encodes byte mode with its count, terminator and the 0xEC 0x11 padding', () => {
    expect(dataCodewordsFor(new TextEncoder().encode('A'), 1)).toEqual([
      0x40, 0x14, 0x10, 0xec, 0x11, 0xec, 0x11, 0xec, 0x11, 0xec, 0x11, 0xec, 0x11, 0xec, 0x11, 0xec,
    ]);
    expect(dataCodewordsFor(new Uint8Array(15), 1)).toBeNull();
  });
});

describe('the QR code', () => {
  it('draws the finder, timing and dark modules of version 1', () => {
    const qr = encodeQr('A') as QrMatrix;
    expect(qr.size).toBe(21);
    const row = (y: number) => (qr.modules[y] as boolean[]).map((d) => (d ? '#' : '.')).join('');
    expect(row(0).slice(0, 8)).toBe('#######.');
    expect(row(2).slice(0, 8)).toBe('#.###.#.');
    expect(row(0).slice(13)).toBe('.#######');
    expect(row(6).slice(8, 13)).toBe('#.#.#');
    expect((qr.modules[13] as boolean[])[8]).toBe(true);
  });

  it.each([
    ['https://hub.example.org/#join=K7M2P9QX4R', 3],
    ['http://localhost:8080/#join=0123456789', 3],
    ['a', 1],
    ['Répertoire — Circle of Care', 3],
    [`https://${'very-long-hub-name.'.repeat(5)}example.org/#join=K7M2P9QX4R`, 8],
    ['x'.repeat(180), 9],
    ['y'.repeat(213), 10],
  ])('reads back %j (version %i) with every mask', (text, version) => {
    for (let mask = 0; mask < 8; mask++) {
      const qr = encodeQr(text, { mask }) as QrMatrix;
      expect(qr.version).toBe(version);
      expect(decode(qr)).toEqual({ text, mask, ecl: 0b00 });
    }
  });

  it('chooses the mask of lowest penalty, and refuses what needs more than version 10', () => {
    const qr = encodeQr('https://hub.example.org/#join=K7M2P9QX4R') as QrMatrix;
    expect(decode(qr).text).toBe('https://hub.example.org/#join=K7M2P9QX4R');
    expect(encodeQr('z'.repeat(214))).toBeNull();
  });

  it('draws each dark module once, inside a quiet zone of four', () => {
    const qr = encodeQr('a') as QrMatrix;
    const path = qrPath(qr);
    const dark = qr.modules.flat().filter(Boolean).length;
    expect(path.match(/M/g)).toHaveLength(dark);
    expect(path.startsWith('M4 4h1v1h-1z')).toBe(true);
  });
});
