import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  auditBruteForce,
  auditLp,
  type Extended,
  type Intervals,
  withTotals,
} from '../../tests/fixtures/tableAuditor';
import { SUPPRESSION_THRESHOLD, type SuppressionMask, suppressSmallCounts } from './suppression';

/** The published table in extended coordinates: hidden figures are null. */
function publish(counts: number[][], columns: number, mask: SuppressionMask): Extended {
  const full = withTotals(counts, columns);
  const hidden = [
    ...mask.cells.map((row, i) => [...row, mask.rowTotals[i] ?? false]),
    [...mask.columnTotals, mask.total],
  ];
  return full.map((row, i) => row.map((v, j) => (hidden[i]?.[j] ? null : v)));
}

/** Hides the listed figures (extended coordinates) and nothing else: the naive suppressions. */
function hide(counts: number[][], columns: number, cells: Array<[number, number]>): Extended {
  const out: Extended = withTotals(counts, columns);
  for (const [i, j] of cells) (out[i] as Array<number | null>)[j] = null;
  return out;
}

const isSmall = (v: number) => v > 0 && v < SUPPRESSION_THRESHOLD;

/** Every way the protection can fail, as readable strings (empty when the table is safe). */
function failures(counts: number[][], columns: number, mask: SuppressionMask): string[] {
  const full = withTotals(counts, columns);
  const published = publish(counts, columns, mask);
  const intervals = auditLp(published);
  const out: string[] = [];
  full.forEach((row, i) => {
    row.forEach((v, j) => {
      const shown = published[i]?.[j] ?? null;
      const range = intervals[i]?.[j];
      if (shown !== null && isSmall(shown)) out.push(`[${i}][${j}] = ${shown} published`);
      if (shown === null && v === 0) out.push(`[${i}][${j}] is a hidden zero`);
      if (range && (v < range.min || v > range.max))
        out.push(`[${i}][${j}] = ${v} outside ${range.min}…${range.max}`);
      if (isSmall(v) && range && range.max < SUPPRESSION_THRESHOLD)
        out.push(`[${i}][${j}] = ${v} shown under 5: ${range.min}…${range.max}`);
    });
  });
  return out;
}

const hiddenCount = (published: Extended) => published.flat().filter((f) => f === null).length;
const at = (intervals: Intervals, i: number, j: number) => intervals[i]?.[j];

describe('the auditor', () => {
  it('agrees with a brute force over integer completions on tiny tables', () => {
    const tiny = fc
      .tuple(fc.integer({ min: 1, max: 3 }), fc.integer({ min: 1, max: 3 }))
      .filter(([m, n]) => m * n <= 6)
      .chain(([m, n]) =>
        fc.tuple(
          fc.array(fc.array(fc.integer({ min: 0, max: 6 }), { minLength: n, maxLength: n }), {
            minLength: m,
            maxLength: m,
          }),
          fc.array(fc.boolean(), { minLength: (m + 1) * (n + 1), maxLength: (m + 1) * (n + 1) }),
          fc.constant(n),
        ),
      );
    fc.assert(
      fc.property(tiny, ([counts, coin, n]) => {
        const full = withTotals(counts, n);
        // Hide non-zero figures only (zeros are published), never the grand total (the brute force
        // needs its bound).
        const table = full.map((row, i) =>
          row.map((v, j) => (v > 0 && coin[i * (n + 1) + j] && !(i === counts.length && j === n) ? null : v)),
        );
        expect(auditLp(table)).toEqual(auditBruteForce(table));
        expect(auditLp(table, 0)).toEqual(auditBruteForce(table, 0));
      }),
      { numRuns: 100 },
    );
  });

  const grid = [
    [3, 10, 12],
    [8, 9, 15],
    [7, 11, 6],
  ];

  it('recovers a small cell hidden alone, by subtraction from its row total', () => {
    expect(at(auditLp(hide(grid, 3, [[0, 0]])), 0, 0)).toEqual({ min: 3, max: 3 });
  });

  it('pins two cells hidden in one row through their column totals', () => {
    const intervals = auditLp(
      hide(grid, 3, [
        [0, 0],
        [0, 1],
      ]),
    );
    expect(at(intervals, 0, 0)).toEqual({ min: 3, max: 3 });
    expect(at(intervals, 0, 1)).toEqual({ min: 10, max: 10 });
  });

  it('tells that a cell is under 5 when its rectangle partners are small', () => {
    const small = [
      [2, 3, 20],
      [4, 9, 15],
      [10, 11, 6],
    ];
    // 2 can rise only as far as 3 and 4 can fall to 1: to 4, never to 5.
    const rectangle: Array<[number, number]> = [
      [0, 0],
      [0, 1],
      [1, 0],
      [1, 1],
    ];
    expect(at(auditLp(hide(small, 3, rectangle)), 0, 0)).toEqual({ min: 1, max: 4 });
  });

  it('uses that zeros are published: hidden figures are at least 1', () => {
    // easySdcTable's example: both hidden cells of a row that adds to 2 must be 1.
    const counts = [
      [0, 1, 7, 1, 0],
      [2, 0, 0, 2, 8],
    ];
    const table = hide(counts, 5, [
      [0, 1],
      [0, 3],
      [1, 0],
      [1, 3],
      [2, 0],
      [2, 1],
      [2, 3],
    ]);
    expect(at(auditLp(table, 0), 0, 1)).toEqual({ min: 0, max: 2 });
    expect(at(auditLp(table), 0, 1)).toEqual({ min: 1, max: 1 });
  });

  it('finds a figure unbounded when the grand total and the margins around it are hidden', () => {
    const all = grid.flatMap((r, i) => r.map((_, j): [number, number] => [i, j]));
    const margins: Array<[number, number]> = [
      [0, 3],
      [3, 0],
      [3, 3],
    ];
    expect(at(auditLp(hide(grid, 3, [...all, ...margins])), 0, 0)).toEqual({ min: 1, max: Infinity });
  });
});

/** The published table as text: a row per community with its total, then the totals; x is hidden. */
function shown(counts: number[][], columns: number, mask: SuppressionMask): string[] {
  return publish(counts, columns, mask).map((row) =>
    row.map((f) => (f === null ? 'x' : String(f))).join(' '),
  );
}

describe('suppressSmallCounts', () => {
  // Each case: the counts, then what is published (the last column and the last row are the totals).
  it.each<[string, number[][], string[]]>([
    [
      'a single small cell in a row: the rectangle hiding the fewest people (7 + 6 + 12)',
      [
        [3, 10, 12],
        [8, 9, 15],
        [7, 11, 6],
      ],
      ['x 10 x 25', '8 9 15 32', 'x 11 x 24', '18 30 33 81'],
    ],
    [
      'two small cells in one row and one column: 2 can rise only by 2 through the 3, so 20 joins',
      [
        [2, 3, 20],
        [4, 9, 15],
        [10, 11, 6],
      ],
      ['x x x 25', 'x x x 28', '10 11 6 27', '16 23 41 80'],
    ],
    [
      'a small community total (3): hidden with its cells, and two other totals with it',
      [
        [1, 2, 0],
        [8, 9, 15],
        [7, 11, 6],
      ],
      ['x x 0 x', 'x x 15 32', 'x 11 6 x', '16 22 21 59'],
    ],
    [
      'a table that is all small: even the grand total (7) goes, as it caps every cell at 3',
      [
        [1, 0, 2],
        [0, 1, 0],
        [2, 0, 1],
      ],
      ['x 0 x x', '0 x 0 x', 'x 0 x x', 'x x x x'],
    ],
    [
      'one community: a cell equals its column total, so both go, with a partner pair',
      [[3, 7, 9, 0]],
      ['x x 9 0 19', 'x x 9 0 19'],
    ],
    ['one community, all small: even the grand total (4) is hidden', [[1, 2, 1]], ['x x x x', 'x x x x']],
    ['one need: each cell equals its community total', [[2], [9], [12]], ['x x', 'x x', '12 12', '23 23']],
    [
      'a small grand total',
      [
        [1, 0],
        [0, 2],
      ],
      ['x 0 x', '0 x x', 'x x x'],
    ],
    [
      'four 1s together: they cannot cover one another (a hidden 1 cannot fall), five partners',
      [
        [1, 1, 40, 50],
        [1, 1, 60, 70],
        [30, 20, 10, 9],
      ],
      ['x x x 50 92', 'x x x 70 132', 'x x x 9 69', '32 22 110 129 293'],
    ],
  ])('%s', (_, counts, published) => {
    const columns = counts[0]?.length ?? 0;
    const mask = suppressSmallCounts(counts, columns);
    expect(shown(counts, columns, mask)).toEqual(published);
    expect(failures(counts, columns, mask)).toEqual([]);
  });

  it('hides nothing in a table without small figures, zeros included', () => {
    const counts = [
      [0, 10, 12],
      [8, 0, 15],
    ];
    const mask = suppressSmallCounts(counts, 3);
    expect(hiddenCount(publish(counts, 3, mask))).toBe(0);
  });

  it('publishes a table with no community as its zeros', () => {
    expect(suppressSmallCounts([], 2)).toEqual({
      cells: [],
      rowTotals: [],
      columnTotals: [false, false],
      total: false,
    });
  });

  it('leaves no small figure recoverable in random tables up to 6 × 6 (LP auditor)', () => {
    // Skewed small, as a month of referrals in small communities is: many zeros, many under 5.
    const count = fc.oneof(
      { arbitrary: fc.constant(0), weight: 4 },
      { arbitrary: fc.integer({ min: 1, max: 4 }), weight: 4 },
      { arbitrary: fc.integer({ min: 5, max: 30 }), weight: 2 },
    );
    const table = fc
      .tuple(fc.integer({ min: 1, max: 6 }), fc.integer({ min: 1, max: 6 }))
      .chain(([m, n]) =>
        fc.tuple(
          fc.array(fc.array(count, { minLength: n, maxLength: n }), { minLength: m, maxLength: m }),
          fc.constant(n),
        ),
      );
    fc.assert(
      fc.property(table, ([counts, n]) => {
        expect(failures(counts, n, suppressSmallCounts(counts, n))).toEqual([]);
      }),
      { numRuns: 300 },
    );
  });
});
