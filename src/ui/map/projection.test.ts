import { describe, expect, it } from 'vitest';
import { MAP_PAD, MAP_WIDTH, projector } from './projection';

const corners = [
  { lat: 45, lng: -85 },
  { lat: 53, lng: -78 },
];

describe('projector', () => {
  const p = projector(corners);
  it.each([
    ['the north-west corner', { lat: 53, lng: -85 }, { x: MAP_PAD, y: MAP_PAD }],
    ['the south-east corner', { lat: 45, lng: -78 }, { x: MAP_WIDTH - MAP_PAD, y: p.height - MAP_PAD }],
  ])('puts %s at the padded frame', (_, at, expected) => {
    const { x, y } = p.point(at);
    expect(x).toBeCloseTo(expected.x, 6);
    expect(y).toBeCloseTo(expected.y, 6);
  });

  it.each([[{ lat: 49, lng: -81.5 }], [{ lat: 54, lng: -90 }]])('inverts what it projects: %o', (at) => {
    const { x, y } = p.point(at);
    const back = p.invert(x, y);
    expect(back.lat).toBeCloseTo(at.lat, 9);
    expect(back.lng).toBeCloseTo(at.lng, 9);
  });

  it('keeps distances true at the middle latitude (a degree of longitude is shorter than one of latitude)', () => {
    const a = p.point({ lat: 49, lng: -81 });
    const east = p.point({ lat: 49, lng: -80 });
    const north = p.point({ lat: 50, lng: -81 });
    expect((east.x - a.x) / (a.y - north.y)).toBeCloseTo(Math.cos((49 * Math.PI) / 180), 6);
  });
});
