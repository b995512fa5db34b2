import { LAKES, LAND, OUTLINE_HEIGHT, OUTLINE_WIDTH } from 'virtual:region-outline';
import { describe, expect, it } from 'vitest';
import { COMMUNITIES } from '../../data/reference';
import { mapLayout } from './layout';
import {
  clipRing,
  outlinePath,
  pathData,
  type Ring,
  ringArea,
  simplifyLine,
  simplifyRing,
  type Topology,
  topologyRings,
} from './outline';

const square: Ring = [
  [0, 0],
  [10, 0],
  [10, 10],
  [0, 10],
];

describe('topologyRings', () => {
  // Two arcs: the square's bottom-right half and its top-left half (reversed by ~1), delta-encoded.
  const topology: Topology = {
    transform: { scale: [1, 1], translate: [100, 50] },
    arcs: [
      [
        [0, 0],
        [10, 0],
        [0, 10],
      ],
      [
        [0, 0],
        [0, 10],
        [10, 0],
      ],
    ],
    objects: { land: { type: 'GeometryCollection', geometries: [{ type: 'Polygon', arcs: [[0, ~1]] }] } },
  };
  it('decodes quantized arcs and joins them, reversing a negative index', () => {
    expect(topologyRings(topology, 'land')).toEqual([
      [
        [100, 50],
        [110, 50],
        [110, 60],
        [100, 60],
        [100, 50],
      ],
    ]);
  });
  it('gives nothing for an object the topology lacks', () => {
    expect(topologyRings(topology, 'lakes')).toEqual([]);
  });
});

describe('clipRing', () => {
  it.each<[string, { x0: number; y0: number; x1: number; y1: number }, number]>([
    ['inside: unchanged', { x0: -5, y0: -5, x1: 20, y1: 20 }, 100],
    ['half cut away', { x0: 5, y0: -5, x1: 20, y1: 20 }, 50],
    ['a corner kept', { x0: 5, y0: 5, x1: 20, y1: 20 }, 25],
    ['outside: nothing', { x0: 50, y0: 50, x1: 60, y1: 60 }, 0],
  ])('%s', (_, rect, area) => {
    expect(ringArea(clipRing(square, rect))).toBeCloseTo(area, 6);
  });
});

describe('simplify', () => {
  it.each<[string, Ring, number, number]>([
    [
      'a straight line keeps its ends',
      [
        [0, 0],
        [1, 0.01],
        [2, 0],
        [3, 0.01],
      ],
      0.5,
      2,
    ],
    [
      'a corner stays',
      [
        [0, 0],
        [5, 0],
        [5, 5],
      ],
      0.5,
      3,
    ],
  ])('simplifyLine: %s', (_, line, tolerance, kept) => {
    expect(simplifyLine(line, tolerance)).toHaveLength(kept);
  });

  it('keeps a square a square and drops the points along its sides', () => {
    const dense: Ring = [
      [0, 0],
      [5, 0.1],
      [10, 0],
      [10, 5],
      [10, 10],
      [5, 10],
      [0, 10],
      [0, 5],
    ];
    expect(simplifyRing(dense, 0.5)).toEqual(square);
  });
});

describe('pathData', () => {
  it('writes one decimal, relative after the first point', () => {
    expect(
      pathData([
        [
          [0.25, 10],
          [10, 10],
          [10, 0.04],
        ],
      ]),
    ).toBe('M.3 10l9.7 0l0-10z');
  });
});

describe('outlinePath', () => {
  it('drops rings smaller than the least area, and cuts the rest to the frame', () => {
    const big: Ring = square.map(([x, y]) => [x * 10, y * 10]);
    const tiny: Ring = square.map(([x, y]) => [x / 10 + 50, y / 10 + 50]);
    const d = outlinePath([big, tiny], {
      project: (lng, lat) => [lng, lat],
      width: 50,
      height: 50,
      tolerance: 0.5,
      minArea: 4,
    });
    // The big square cut at the frame and its margin (4 units), the tiny one gone.
    expect(d).toBe('M0 54l0-54l54 0l0 54z');
  });
});

describe('the outline built into the map', () => {
  it('is drawn in the frame of the points, and small', () => {
    const layout = mapLayout(COMMUNITIES);
    expect(OUTLINE_WIDTH).toBe(layout.width);
    expect(OUTLINE_HEIGHT).toBeCloseTo(layout.height, 9);
    expect(LAND).toMatch(/^M[-.\d]+ [-.\d]+l/);
    expect(LAKES.match(/M/g)?.length).toBeGreaterThanOrEqual(3);
    expect(LAND.length + LAKES.length).toBeLessThan(6000);
  });
});
