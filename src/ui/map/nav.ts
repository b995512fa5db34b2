// Arrow keys on the map: from the focused point to the nearest one in the arrow's direction.
import type { XY } from './spread';

export type Direction = 'left' | 'right' | 'up' | 'down';

const UNIT: Record<Direction, XY> = {
  left: { x: -1, y: 0 },
  right: { x: 1, y: 0 },
  up: { x: 0, y: -1 },
  down: { x: 0, y: 1 },
};

export const ARROWS: Record<string, Direction> = {
  ArrowLeft: 'left',
  ArrowRight: 'right',
  ArrowUp: 'up',
  ArrowDown: 'down',
};

/**
 * The index of the point the arrow leads to from `from`, or undefined when none lies that way.
 * The nearest point within 45° of the arrow wins; when there is none, the nearest in that half of
 * the map, sideways distance counting double.
 */
export function pointInDirection(
  points: readonly XY[],
  from: number,
  direction: Direction,
): number | undefined {
  const origin = points[from];
  if (!origin) return undefined;
  const u = UNIT[direction];
  let inCone: number | undefined;
  let inConeDistance = Number.POSITIVE_INFINITY;
  let inHalf: number | undefined;
  let inHalfScore = Number.POSITIVE_INFINITY;
  points.forEach((p, i) => {
    if (i === from) return;
    const dx = p.x - origin.x;
    const dy = p.y - origin.y;
    const ahead = dx * u.x + dy * u.y;
    if (ahead <= 0) return;
    const aside = Math.abs(dx * u.y - dy * u.x);
    if (aside <= ahead && Math.hypot(dx, dy) < inConeDistance)
      [inCone, inConeDistance] = [i, Math.hypot(dx, dy)];
    if (ahead + 2 * aside < inHalfScore) [inHalf, inHalfScore] = [i, ahead + 2 * aside];
  });
  return inCone ?? inHalf;
}
