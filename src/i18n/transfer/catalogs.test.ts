import { describe } from 'vitest';
import { itKeepsParity } from '../../../tests/fixtures/catalogs';
import { transferEn } from './en';
import { transferFr } from './fr';

describe('import and export catalogs', () => {
  itKeepsParity(transferEn, transferFr);
});
