import { describe, expect, it } from 'vitest';
import { type Direction, pointInDirection } from './nav';

//      0
//  1   2   3
//      4       5
const points = [
  { x: 50, y: 0 },
  { x: 0, y: 50 },
  { x: 50, y: 50 },
  { x: 100, y: 50 },
  { x: 50, y: 100 },
  { x: 150, y: 110 },
];

describe('pointInDirection', () => {
  it.each<[number, Direction, number | undefined]>([
    [2, 'up', 0],
    [2, 'left', 1],
    [2, 'right', 3],
    [2, 'down', 4],
    [0, 'up', undefined],
    [1, 'left', undefined],
    [3, 'right', 5],
    [4, 'right', 3],
    [1, 'down', 4],
    [5, 'left', 4],
    [0, 'down', 2],
  ])('from %i, %s leads to %s', (from, direction, expected) => {
    expect(pointInDirection(points, from, direction)).toBe(expected);
  });
});
