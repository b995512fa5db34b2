import { describe, expect, it } from 'vitest';
import { COMMUNITIES } from '../../data/reference';
import { HIT_RADIUS, mapLabels, mapLayout } from './layout';
import { type Direction, pointInDirection } from './nav';

describe('the region as drawn', () => {
  const layout = mapLayout(COMMUNITIES);
  const pts = layout.points;

  it('gives every community a hit area that no other overlaps', () => {
    for (const [i, a] of pts.entries())
      for (const b of pts.slice(i + 1))
        expect(
          Math.hypot(a.x - b.x, a.y - b.y),
          `${a.community.id}–${b.community.id}`,
        ).toBeGreaterThanOrEqual(2 * HIT_RADIUS);
  });

  it('moves no community far from where it is (under 20 units, a quarter of a degree)', () => {
    for (const p of pts) expect(Math.hypot(p.x - p.trueX, p.y - p.trueY)).toBeLessThan(20);
  });

  it('reaches every community from every other by arrows pointing its way', () => {
    for (const [start] of pts.entries()) {
      for (const [target, t] of pts.entries()) {
        let at = start;
        for (let step = 0; step < 30 && at !== target; step++) {
          const here = pts[at] as (typeof pts)[number];
          const [dx, dy] = [t.x - here.x, t.y - here.y];
          const dir: Direction =
            Math.abs(dx) > Math.abs(dy) ? (dx > 0 ? 'right' : 'left') : dy > 0 ? 'down' : 'up';
          at = pointInDirection(pts, at, dir) ?? at;
        }
        expect(at, `${pts[start]?.community.id} → ${t.community.id}`).toBe(target);
      }
    }
  });

  it.each(['moosonee', 'dokis', 'little-current', 'greater-sudbury'])(
    'names the selected community (%s), every fly-in community and the cities',
    (selected) => {
      const labels = mapLabels(layout, selected, (c) => c.name);
      const named = new Set(labels.map((l) => l.id));
      expect(named.has(selected)).toBe(true);
      for (const p of pts) if (p.community.access === 'fly-in') expect(named.has(p.community.id)).toBe(true);
      // North Bay sits among three close neighbours: it is named when selected (as on opening).
      for (const city of ['greater-sudbury', 'sault-ste-marie', 'timmins'])
        expect(named.has(city), city).toBe(true);
    },
  );
});
