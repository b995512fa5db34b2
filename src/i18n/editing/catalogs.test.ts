import { describe, expect, it } from 'vitest';
import { PHONE_TYPES } from '../../model/common';
import { SERVICE_STATUSES } from '../../model/service';
import { editingEn } from './en';
import { editingFr } from './fr';

const placeholders = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();

describe('editing catalogs', () => {
  it('English and French have the same keys', () => {
    expect(Object.keys(editingFr).sort()).toEqual(Object.keys(editingEn).sort());
  });

  it.each(Object.keys(editingEn))('%s is translated with the same placeholders', (key) => {
    const k = key as keyof typeof editingEn;
    expect(editingEn[k].trim()).not.toBe('');
    expect(editingFr[k].trim()).not.toBe('');
    expect(placeholders(editingFr[k])).toEqual(placeholders(editingEn[k]));
  });

  it('names every phone kind, status and kind of location', () => {
    for (const type of PHONE_TYPES) expect(editingEn).toHaveProperty([`ed.phoneType.${type}`]);
    for (const status of SERVICE_STATUSES) expect(editingEn).toHaveProperty([`ed.status.${status}`]);
    for (const kind of ['physical', 'postal', 'virtual'])
      expect(editingEn).toHaveProperty([`ed.locationType.${kind}`]);
  });
});
