import { describe, expect, it } from 'vitest';
import { mapEn } from './en';
import { mapFr } from './fr';

const placeholders = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();

describe('map catalogs', () => {
  it('English and French have the same keys', () => {
    expect(Object.keys(mapFr).sort()).toEqual(Object.keys(mapEn).sort());
  });
  it.each(Object.keys(mapEn))('%s is translated with the same placeholders', (key) => {
    const k = key as keyof typeof mapEn;
    expect(mapFr[k].trim()).not.toBe('');
    expect(placeholders(mapFr[k])).toEqual(placeholders(mapEn[k]));
  });
});
