import { describe, expect, it } from 'vitest';
import { englishCatalog, translator } from '../../i18n';
import { fr } from '../../i18n/fr';
import { headlineText } from './syncWords';

const NOW = new Date('2026-11-15T17:00:00.000Z');

describe('the sync headline’s words', () => {
  it('say how much of a long pull has come, in English and in French', () => {
    const en = translator(englishCatalog);
    const french = translator(fr);
    expect(headlineText(en, 'en', { kind: 'syncing', share: 0.45 }, NOW)).toBe('Syncing… 45%');
    expect(headlineText(french, 'fr', { kind: 'syncing', share: 0.45 }, NOW)).toMatch(
      /^Synchronisation… 45\s%$/,
    );
    expect(headlineText(en, 'en', { kind: 'syncing', share: null }, NOW)).toBe('Syncing…');
  });
});
