import { describe, expect, it } from 'vitest';
import { type LabelRequest, placeLabels, shortName } from './labels';

const options = (markers: { x: number; y: number }[]) => ({
  width: 300,
  height: 200,
  fontSize: 10,
  markers,
  markerRadius: 5,
});
const req = (id: string, x: number, y: number, text = id, extra: Partial<LabelRequest> = {}) => ({
  id,
  x,
  y,
  text,
  ...extra,
});

describe('shortName', () => {
  it.each([
    ['West Nipissing (Sturgeon Falls)', 'West Nipissing'],
    ['Little Current (Manitoulin)', 'Little Current'],
    ['Timmins', undefined],
  ])('%s → %s', (name, short) => expect(shortName(name)).toBe(short));
});

describe('placeLabels', () => {
  it.each([
    ['in open space: to the right', req('a', 100, 100, 'Alpha'), 'start'],
    ['against the right edge: to the left', req('a', 290, 100, 'Alpha'), 'end'],
  ])('places a lone name %s', (_, r, anchor) => {
    const [label] = placeLabels([r], options([r]));
    expect(label?.anchor).toBe(anchor);
    expect(label?.text).toBe('Alpha');
  });

  it('gives the second of two neighbours another side, so that the names do not overlap', () => {
    const rs = [req('a', 100, 100, 'Alpha'), req('b', 140, 100, 'Bravo')];
    const labels = placeLabels(rs, options(rs));
    expect(labels.map((l) => l.id)).toEqual(['a', 'b']);
    expect(labels[0]?.anchor).not.toBe('start');
  });

  it('shortens a name that does not fit whole, and skips one that does not fit at all', () => {
    const rs = [
      req('wide', 60, 100, 'A name far too wide for the frame (and more)', {
        short: 'A name far too wide for the frame',
      }),
      req('tiny', 150, 150, 'x'.repeat(60)),
    ];
    const labels = placeLabels(rs, options([]));
    expect(labels.map((l) => [l.id, l.text])).toEqual([['wide', 'A name far too wide for the frame']]);
  });

  it('places a required name even when every place is taken', () => {
    const rs = [req('a', 100, 100, 'Alpha'), req('b', 100, 100, 'Bravo', { required: true })];
    expect(placeLabels(rs, options(rs)).map((l) => l.id)).toEqual(['a', 'b']);
  });

  it('keeps names off other markers', () => {
    const rs = [req('a', 100, 100, 'Alpha')];
    const labels = placeLabels(rs, options([...rs, { x: 125, y: 100 }]));
    expect(labels[0]?.anchor).not.toBe('start');
  });
});
