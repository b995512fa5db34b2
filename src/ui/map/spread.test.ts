import { describe, expect, it } from 'vitest';
import { spreadPoints, type XY } from './spread';

const frame = { width: 200, height: 200, margin: 10 };
const gaps = (ps: XY[]) => ps.flatMap((a, i) => ps.slice(i + 1).map((b) => Math.hypot(a.x - b.x, a.y - b.y)));

describe('spreadPoints', () => {
  it.each<[string, XY[]]>([
    [
      'two in the same place',
      [
        { x: 100, y: 100 },
        { x: 100, y: 100 },
      ],
    ],
    [
      'two a pixel apart (Moosonee, Moose Factory)',
      [
        { x: 100, y: 100 },
        { x: 101, y: 100.5 },
      ],
    ],
    [
      'three in a row',
      [
        { x: 90, y: 100 },
        { x: 100, y: 100 },
        { x: 110, y: 100 },
      ],
    ],
    [
      'two against the edge',
      [
        { x: 10, y: 10 },
        { x: 12, y: 10 },
      ],
    ],
  ])('keeps every two at least the distance apart: %s', (_, points) => {
    const out = spreadPoints(points, 32, frame);
    expect(Math.min(...gaps(out))).toBeGreaterThanOrEqual(32);
    for (const p of out) {
      expect(p.x).toBeGreaterThanOrEqual(10);
      expect(p.y).toBeLessThanOrEqual(190);
    }
  });

  it('leaves points that are already apart where they are', () => {
    const points = [
      { x: 20, y: 20 },
      { x: 100, y: 20 },
      { x: 20, y: 150 },
    ];
    expect(spreadPoints(points, 32, frame)).toEqual(points);
  });

  it('keeps the direction between two close points (east stays east)', () => {
    const [a, b] = spreadPoints(
      [
        { x: 100, y: 100 },
        { x: 101, y: 100.5 },
      ],
      32,
      frame,
    ) as [XY, XY];
    expect(b.x).toBeGreaterThan(a.x);
    expect(b.y).toBeGreaterThan(a.y);
  });

  it('does not change its input', () => {
    const points = [
      { x: 100, y: 100 },
      { x: 100, y: 100 },
    ];
    spreadPoints(points, 32, frame);
    expect(points).toEqual([
      { x: 100, y: 100 },
      { x: 100, y: 100 },
    ]);
  });
});
