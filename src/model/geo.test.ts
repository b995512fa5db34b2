import { describe, expect, it } from 'vitest';
import { greatCircleKm } from './geo';

describe('greatCircleKm', () => {
  it.each([
    ['same point', { lat: 46.3, lng: -79.4 }, { lat: 46.3, lng: -79.4 }, 0, 0.001],
    ['one degree of latitude', { lat: 46, lng: -80 }, { lat: 47, lng: -80 }, 111.195, 0.01],
    ['a quarter of the equator', { lat: 0, lng: 0 }, { lat: 0, lng: 90 }, 10007.557, 0.01],
    ['antipodes', { lat: 0, lng: 0 }, { lat: 0, lng: 180 }, 20015.115, 0.01],
    ['North Bay to Greater Sudbury', { lat: 46.3168, lng: -79.4663 }, { lat: 46.49, lng: -80.99 }, 118.4, 1],
    [
      'Moosonee to Moose Factory (across the river)',
      { lat: 51.2793, lng: -80.6345 },
      { lat: 51.2669, lng: -80.6162 },
      1.88,
      0.05,
    ],
  ])('%s', (_name, a, b, km, tolerance) => {
    expect(Math.abs(greatCircleKm(a, b) - km)).toBeLessThanOrEqual(tolerance);
    expect(greatCircleKm(a, b)).toBeCloseTo(greatCircleKm(b, a), 9);
  });
});
