import { describe } from 'vitest';
import { itKeepsParity } from '../../../tests/fixtures/catalogs';
import { mapEn } from './en';
import { mapFr } from './fr';

describe('map catalogs', () => {
  itKeepsParity(mapEn, mapFr);
});
