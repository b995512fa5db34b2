// A small QR code encoder (ISO/IEC 18004): byte mode, error correction level M, versions 1–10 (up to
// 213 bytes, plenty for `https://HUB/#join=CODE`), Reed–Solomon over GF(256), the eight masks scored
// by the four penalty rules, format and version information. It returns the module matrix; the
// screen draws it as one SVG path (no library, no data: URL, nothing the CSP refuses).

export const MAX_VERSION = 10;
/** Error correction level M: its two format bits, and per version the EC codewords per block. */
const ECL_M_FORMAT_BITS = 0b00;
const EC_CODEWORDS_PER_BLOCK = [0, 10, 16, 26, 18, 24, 16, 18, 22, 22, 26];
const EC_BLOCKS = [0, 1, 1, 1, 2, 2, 4, 4, 4, 5, 5];

export interface QrMatrix {
  version: number;
  mask: number;
  /** Modules per side (21 for version 1, 4 more per version). */
  size: number;
  /** `modules[y][x]`: true for dark. */
  modules: boolean[][];
}

// --- GF(256) and Reed–Solomon ---

/** Product in GF(2^8) modulo x^8 + x^4 + x^3 + x^2 + 1 (0x11D). */
export function gfMultiply(x: number, y: number): number {
  let z = 0;
  for (let i = 7; i >= 0; i--) {
    z = (z << 1) ^ ((z >>> 7) * 0x11d);
    z ^= ((y >>> i) & 1) * x;
  }
  return z & 0xff;
}

/** The generator polynomial (x − α^0)(x − α^1)…(x − α^(degree−1)), highest power first, leading 1 left out. */
export function reedSolomonDivisor(degree: number): number[] {
  const result = new Array<number>(degree).fill(0);
  result[degree - 1] = 1;
  let root = 1;
  for (let i = 0; i < degree; i++) {
    for (let j = 0; j < degree; j++) {
      result[j] = gfMultiply(result[j] as number, root);
      if (j + 1 < degree) result[j] = (result[j] as number) ^ (result[j + 1] as number);
    }
    root = gfMultiply(root, 0x02);
  }
  return result;
}

/** The error correction codewords of `data`: the remainder of data·x^degree divided by the generator. */
export function reedSolomonRemainder(data: readonly number[], degree: number): number[] {
  const divisor = reedSolomonDivisor(degree);
  const result = new Array<number>(degree).fill(0);
  for (const byte of data) {
    const factor = byte ^ (result.shift() as number);
    result.push(0);
    divisor.forEach((coefficient, i) => {
      result[i] = (result[i] as number) ^ gfMultiply(coefficient, factor);
    });
  }
  return result;
}

// --- Sizes ---

/** Modules left for data and error correction once the function patterns are drawn. */
function rawDataModules(version: number): number {
  let result = (16 * version + 128) * version + 64;
  if (version >= 2) {
    const align = Math.floor(version / 7) + 2;
    result -= (25 * align - 10) * align - 55;
    if (version >= 7) result -= 36;
  }
  return result;
}

export function dataCodewords(version: number): number {
  return (
    Math.floor(rawDataModules(version) / 8) -
    (EC_CODEWORDS_PER_BLOCK[version] as number) * (EC_BLOCKS[version] as number)
  );
}

/** Centres of the alignment patterns along one axis. */
export function alignmentPositions(version: number): number[] {
  if (version === 1) return [];
  const count = Math.floor(version / 7) + 2;
  const size = version * 4 + 17;
  const step = Math.floor((version * 8 + count * 3 + 5) / (count * 4 - 4)) * 2;
  const result = [6];
  for (let pos = size - 7; result.length < count; pos -= step) result.splice(1, 0, pos);
  return result;
}

// --- Format and version information ---

const bit = (value: number, i: number) => ((value >>> i) & 1) !== 0;

/** The 15 format bits for level M and `mask`: BCH(15,5) code, XORed with 101010000010010. */
export function formatBits(mask: number): number {
  const data = (ECL_M_FORMAT_BITS << 3) | mask;
  let rem = data;
  for (let i = 0; i < 10; i++) rem = (rem << 1) ^ ((rem >>> 9) * 0x537);
  return ((data << 10) | rem) ^ 0x5412;
}

/** The 18 version bits (versions 7 and up): BCH(18,6) code. */
export function versionBits(version: number): number {
  let rem = version;
  for (let i = 0; i < 12; i++) rem = (rem << 1) ^ ((rem >>> 11) * 0x1f25);
  return (version << 12) | rem;
}

// --- The matrix ---

class Grid {
  readonly modules: boolean[][];
  readonly reserved: boolean[][];
  constructor(readonly size: number) {
    this.modules = Array.from({ length: size }, () => new Array<boolean>(size).fill(false));
    this.reserved = Array.from({ length: size }, () => new Array<boolean>(size).fill(false));
  }
  /** A function-pattern module: drawn, and never used for data or masked. */
  fix(x: number, y: number, dark: boolean): void {
    (this.modules[y] as boolean[])[x] = dark;
    (this.reserved[y] as boolean[])[x] = true;
  }
  isReserved(x: number, y: number): boolean {
    return (this.reserved[y] as boolean[])[x] as boolean;
  }
}

function drawFinder(grid: Grid, cx: number, cy: number): void {
  for (let dy = -4; dy <= 4; dy++) {
    for (let dx = -4; dx <= 4; dx++) {
      const x = cx + dx;
      const y = cy + dy;
      if (x < 0 || y < 0 || x >= grid.size || y >= grid.size) continue;
      const ring = Math.max(Math.abs(dx), Math.abs(dy));
      grid.fix(x, y, ring !== 2 && ring !== 4);
    }
  }
}

function drawAlignment(grid: Grid, cx: number, cy: number): void {
  for (let dy = -2; dy <= 2; dy++) {
    for (let dx = -2; dx <= 2; dx++) grid.fix(cx + dx, cy + dy, Math.max(Math.abs(dx), Math.abs(dy)) !== 1);
  }
}

function drawFormat(grid: Grid, mask: number): void {
  const bits = formatBits(mask);
  const size = grid.size;
  for (let i = 0; i <= 5; i++) grid.fix(8, i, bit(bits, i));
  grid.fix(8, 7, bit(bits, 6));
  grid.fix(8, 8, bit(bits, 7));
  grid.fix(7, 8, bit(bits, 8));
  for (let i = 9; i < 15; i++) grid.fix(14 - i, 8, bit(bits, i));
  for (let i = 0; i < 8; i++) grid.fix(size - 1 - i, 8, bit(bits, i));
  for (let i = 8; i < 15; i++) grid.fix(8, size - 15 + i, bit(bits, i));
  grid.fix(8, size - 8, true); // the dark module
}

function drawFunctionPatterns(grid: Grid, version: number): void {
  const size = grid.size;
  for (let i = 0; i < size; i++) {
    grid.fix(6, i, i % 2 === 0);
    grid.fix(i, 6, i % 2 === 0);
  }
  drawFinder(grid, 3, 3);
  drawFinder(grid, size - 4, 3);
  drawFinder(grid, 3, size - 4);
  const positions = alignmentPositions(version);
  const last = positions.length - 1;
  positions.forEach((x, i) => {
    positions.forEach((y, j) => {
      const onFinder = (i === 0 && j === 0) || (i === 0 && j === last) || (i === last && j === 0);
      if (!onFinder) drawAlignment(grid, x, y);
    });
  });
  drawFormat(grid, 0); // reserves the format areas; drawn again with the chosen mask
  if (version >= 7) {
    const bits = versionBits(version);
    for (let i = 0; i < 18; i++) {
      const a = size - 11 + (i % 3);
      const b = Math.floor(i / 3);
      grid.fix(a, b, bit(bits, i));
      grid.fix(b, a, bit(bits, i));
    }
  }
}

/** Data codewords split into blocks, each followed by its EC codewords, then interleaved. */
export function interleave(data: readonly number[], version: number): number[] {
  const blocks = EC_BLOCKS[version] as number;
  const ecLength = EC_CODEWORDS_PER_BLOCK[version] as number;
  const raw = Math.floor(rawDataModules(version) / 8);
  const shortBlocks = blocks - (raw % blocks);
  const shortLength = Math.floor(raw / blocks);
  const all: number[][] = [];
  for (let i = 0, k = 0; i < blocks; i++) {
    const chunk = data.slice(k, k + shortLength - ecLength + (i < shortBlocks ? 0 : 1));
    k += chunk.length;
    const ec = reedSolomonRemainder(chunk, ecLength);
    if (i < shortBlocks) chunk.push(-1); // a gap, so that every block has the same length
    all.push([...chunk, ...ec]);
  }
  const result: number[] = [];
  for (let i = 0; i < (all[0] as number[]).length; i++) {
    for (const block of all) if (block[i] !== -1) result.push(block[i] as number);
  }
  return result;
}

function drawCodewords(grid: Grid, codewords: readonly number[]): void {
  const size = grid.size;
  let i = 0;
  for (let right = size - 1; right >= 1; right -= 2) {
    if (right === 6) right = 5; // the vertical timing pattern
    const upward = ((right + 1) & 2) === 0;
    for (let vert = 0; vert < size; vert++) {
      const y = upward ? size - 1 - vert : vert;
      for (let j = 0; j < 2; j++) {
        const x = right - j;
        if (grid.isReserved(x, y) || i >= codewords.length * 8) continue;
        (grid.modules[y] as boolean[])[x] = bit(codewords[i >>> 3] as number, 7 - (i & 7));
        i++;
      }
    }
  }
}

/** Whether mask `mask` inverts the module at column x, row y. */
export function maskInverts(mask: number, x: number, y: number): boolean {
  switch (mask) {
    case 0:
      return (x + y) % 2 === 0;
    case 1:
      return y % 2 === 0;
    case 2:
      return x % 3 === 0;
    case 3:
      return (x + y) % 3 === 0;
    case 4:
      return (Math.floor(x / 3) + Math.floor(y / 2)) % 2 === 0;
    case 5:
      return ((x * y) % 2) + ((x * y) % 3) === 0;
    case 6:
      return (((x * y) % 2) + ((x * y) % 3)) % 2 === 0;
    default:
      return (((x + y) % 2) + ((x * y) % 3)) % 2 === 0;
  }
}

function applyMask(grid: Grid, mask: number): void {
  for (let y = 0; y < grid.size; y++) {
    const row = grid.modules[y] as boolean[];
    for (let x = 0; x < grid.size; x++) {
      if (!grid.isReserved(x, y) && maskInverts(mask, x, y)) row[x] = !row[x];
    }
  }
}

// --- Penalty (the four rules of ISO/IEC 18004 §7.8.3) ---

const FINDER_LIKE = [
  [true, false, true, true, true, false, true, false, false, false, false],
  [false, false, false, false, true, false, true, true, true, false, true],
];

function lineScore(line: readonly boolean[]): number {
  let score = 0;
  let run = 1;
  for (let i = 1; i <= line.length; i++) {
    if (i < line.length && line[i] === line[i - 1]) run++;
    else {
      if (run >= 5) score += 3 + (run - 5);
      run = 1;
    }
  }
  for (let i = 0; i + 11 <= line.length; i++) {
    for (const pattern of FINDER_LIKE) if (pattern.every((dark, k) => line[i + k] === dark)) score += 40;
  }
  return score;
}

export function penalty(modules: readonly boolean[][]): number {
  const size = modules.length;
  let score = 0;
  let dark = 0;
  for (let y = 0; y < size; y++) {
    const row = modules[y] as boolean[];
    score += lineScore(row);
    score += lineScore(modules.map((r) => r[y] as boolean));
    for (let x = 0; x < size; x++) {
      if (row[x]) dark++;
      if (x + 1 < size && y + 1 < size) {
        const c = row[x];
        const below = modules[y + 1] as boolean[];
        if (row[x + 1] === c && below[x] === c && below[x + 1] === c) score += 3;
      }
    }
  }
  const total = size * size;
  score += Math.floor(Math.abs(dark * 20 - total * 10) / total) * 10;
  return score;
}

// --- Encoding ---

/** Mode, count, bytes, terminator and padding, as codewords for `version`. */
export function dataCodewordsFor(bytes: Uint8Array, version: number): number[] | null {
  const capacity = dataCodewords(version) * 8;
  const countBits = version <= 9 ? 8 : 16;
  if (4 + countBits + bytes.length * 8 > capacity) return null;
  const bits: number[] = [];
  const put = (value: number, length: number) => {
    for (let i = length - 1; i >= 0; i--) bits.push((value >>> i) & 1);
  };
  put(0b0100, 4);
  put(bytes.length, countBits);
  for (const b of bytes) put(b, 8);
  put(0, Math.min(4, capacity - bits.length));
  put(0, (8 - (bits.length % 8)) % 8);
  const codewords: number[] = [];
  for (let i = 0; i < bits.length; i += 8) {
    codewords.push(bits.slice(i, i + 8).reduce((byte, b) => (byte << 1) | b, 0));
  }
  for (let pad = 0xec; codewords.length < capacity / 8; pad ^= 0xec ^ 0x11) codewords.push(pad);
  return codewords;
}

/**
 * The QR code of `text` (UTF-8, byte mode, level M) in the smallest version that holds it, with the
 * mask of lowest penalty unless one is asked for; null when it needs more than version 10.
 */
export function encodeQr(text: string, options: { mask?: number } = {}): QrMatrix | null {
  const bytes = new TextEncoder().encode(text);
  for (let version = 1; version <= MAX_VERSION; version++) {
    const data = dataCodewordsFor(bytes, version);
    if (!data) continue;
    const codewords = interleave(data, version);
    const build = (mask: number) => {
      const grid = new Grid(version * 4 + 17);
      drawFunctionPatterns(grid, version);
      drawCodewords(grid, codewords);
      applyMask(grid, mask);
      drawFormat(grid, mask);
      return grid;
    };
    let mask = options.mask ?? 0;
    if (options.mask === undefined) {
      let best = Number.POSITIVE_INFINITY;
      for (let m = 0; m < 8; m++) {
        const score = penalty(build(m).modules);
        if (score < best) {
          best = score;
          mask = m;
        }
      }
    }
    const grid = build(mask);
    return { version, mask, size: grid.size, modules: grid.modules };
  }
  return null;
}

/** SVG path data drawing every dark module as a unit square, offset by a quiet zone. */
export function qrPath(matrix: QrMatrix, quiet = 4): string {
  const parts: string[] = [];
  matrix.modules.forEach((row, y) => {
    row.forEach((dark, x) => {
      if (dark) parts.push(`M${x + quiet} ${y + quiet}h1v1h-1z`);
    });
  });
  return parts.join('');
}
