import { describe } from 'vitest';
import {
  itKeepsParity,
  itSpacesFrenchPunctuation,
  itTranslatesEveryEntry,
} from '../../../tests/fixtures/catalogs';
import { referralsEn } from './en';
import { referralsFr } from './fr';

describe('referral catalogs', () => {
  itKeepsParity(referralsEn, referralsFr);
  itSpacesFrenchPunctuation(referralsFr);
  itTranslatesEveryEntry(referralsEn, referralsFr, ['rf.change']);
});
