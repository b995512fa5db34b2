import { describe } from 'vitest';
import {
  itKeepsParity,
  itSpacesFrenchPunctuation,
  itTranslatesEveryEntry,
} from '../../../tests/fixtures/catalogs';
import { mapEn } from './en';
import { mapFr } from './fr';

describe('map catalogs', () => {
  itKeepsParity(mapEn, mapFr);
  itSpacesFrenchPunctuation(mapFr);
  itTranslatesEveryEntry(mapEn, mapFr, ['map.col.total', 'map.none', 'map.selected']);
});
