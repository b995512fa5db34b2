import { describe, expect, it } from 'vitest';
import { itSpacesFrenchPunctuation, itTranslatesEveryEntry } from '../../../tests/fixtures/catalogs';
import { WELLBEING } from '../../model/taxonomy';
import { ITEM_IDS, RATINGS, SECTION_IDS } from '../../model/workbook';
import { en } from '../en';
import { workbookEn } from './en';
import { workbookFr } from './fr';

const placeholders = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();

describe('workbook catalogs', () => {
  it('English and French have the same keys', () => {
    expect(Object.keys(workbookFr).sort()).toEqual(Object.keys(workbookEn).sort());
  });

  it.each(Object.keys(workbookEn))('%s is translated with the same placeholders', (key) => {
    const k = key as keyof typeof workbookEn;
    expect(workbookFr[k].trim()).not.toBe('');
    expect(placeholders(workbookFr[k])).toEqual(placeholders(workbookEn[k]));
  });

  itSpacesFrenchPunctuation(workbookFr);
  itTranslatesEveryEntry(workbookEn, workbookFr, [
    // A pattern of placeholders, and a word that is the same in French.
    'wb.ratingLine',
    'wb.action.text',
  ]);

  it('names every section, prompt, item, rating and direction', () => {
    for (const s of SECTION_IDS) {
      expect(workbookEn).toHaveProperty([`wb.section.${s}`]);
      expect(workbookEn).toHaveProperty([`wb.prompt.${s}`]);
    }
    for (const item of ITEM_IDS) {
      const label =
        item.startsWith('principle.') || item.startsWith('barrier.')
          ? workbookEn[`wb.item.${item}` as keyof typeof workbookEn]
          : en[`taxonomy.${item}` as keyof typeof en];
      expect(label, item).toBeTruthy();
    }
    for (const r of RATINGS) expect(workbookEn).toHaveProperty([`wb.rating.${r}`]);
    for (const d of WELLBEING) expect(en).toHaveProperty([`wellbeing.${d}`]);
  });
});
