import { describe } from 'vitest';
import {
  itKeepsParity,
  itSpacesFrenchPunctuation,
  itTranslatesEveryEntry,
} from '../../../tests/fixtures/catalogs';
import { transferEn } from './en';
import { transferFr } from './fr';

describe('import and export catalogs', () => {
  itKeepsParity(transferEn, transferFr);
  itSpacesFrenchPunctuation(transferFr);
  itTranslatesEveryEntry(transferEn, transferFr, ['tr.entity.service', 'tr.entity.action']);
});
