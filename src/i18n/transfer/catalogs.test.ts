import { describe, expect, it } from 'vitest';
import { transferEn } from './en';
import { transferFr } from './fr';

const placeholders = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();

describe('import and export catalogs', () => {
  it('English and French have the same keys', () => {
    expect(Object.keys(transferFr).sort()).toEqual(Object.keys(transferEn).sort());
  });

  it.each(Object.keys(transferEn))('%s is translated with the same placeholders', (key) => {
    const k = key as keyof typeof transferEn;
    expect(transferFr[k].trim()).not.toBe('');
    expect(placeholders(transferFr[k])).toEqual(placeholders(transferEn[k]));
  });
});
