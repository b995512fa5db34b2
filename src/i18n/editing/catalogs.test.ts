import { describe, expect, it } from 'vitest';
import {
  itKeepsParity,
  itSpacesFrenchPunctuation,
  itTranslatesEveryEntry,
} from '../../../tests/fixtures/catalogs';
import { PHONE_TYPES } from '../../model/common';
import { SERVICE_STATUSES } from '../../model/service';
import { editingEn } from './en';
import { editingFr } from './fr';

describe('editing catalogs', () => {
  itKeepsParity(editingEn, editingFr);
  itSpacesFrenchPunctuation(editingFr);
  itTranslatesEveryEntry(editingEn, editingFr, [
    'ed.f.description',
    'ed.f.latitude',
    'ed.f.longitude',
    'ed.f.state_province',
  ]);

  it('names every phone kind, status and kind of location', () => {
    for (const type of PHONE_TYPES) expect(editingEn).toHaveProperty([`ed.phoneType.${type}`]);
    for (const status of SERVICE_STATUSES) expect(editingEn).toHaveProperty([`ed.status.${status}`]);
    for (const kind of ['physical', 'postal', 'virtual'])
      expect(editingEn).toHaveProperty([`ed.locationType.${kind}`]);
  });
});
