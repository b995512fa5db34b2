import { describe } from 'vitest';
import {
  itKeepsParity,
  itSpacesFrenchPunctuation,
  itTranslatesEveryEntry,
} from '../../../tests/fixtures/catalogs';
import { lockEn } from './en';
import { lockFr } from './fr';

describe('app lock catalogs', () => {
  itKeepsParity(lockEn, lockFr);
  itSpacesFrenchPunctuation(lockFr);
  itTranslatesEveryEntry(lockEn, lockFr, ['lk.minute', 'lk.minutes']);
});
