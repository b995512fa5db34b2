import { describe, expect, it } from 'vitest';
import { itSpacesFrenchPunctuation, itTranslatesEveryEntry } from '../../tests/fixtures/catalogs';
import { KNOWN_LANGUAGES } from '../model/common';
import { ACCESS_CONDITIONS, AVAILABILITY, DELIVERY_MODES } from '../model/service';
import { TAXONOMY_IDS } from '../model/taxonomy';
import { en } from './en';
import { fr } from './fr';
import {
  formatAge,
  formatDate,
  formatKm,
  formatTime,
  preferredLocale,
  taxonomyKey,
  translator,
} from './index';

const placeholders = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();

describe('catalogs', () => {
  it('English and French have exactly the same keys', () => {
    expect(Object.keys(fr).sort()).toEqual(Object.keys(en).sort());
  });

  it.each(Object.keys(en))('%s is translated, with the same placeholders', (key) => {
    const k = key as keyof typeof en;
    expect(en[k].trim()).not.toBe('');
    expect(fr[k].trim()).not.toBe('');
    expect(placeholders(fr[k])).toEqual(placeholders(en[k]));
  });

  itSpacesFrenchPunctuation(fr);
  itTranslatesEveryEntry(en, fr, [
    // The same word in both languages.
    'directory.heading',
    'entity.service',
    'field.description',
    'search.results',
    'search.resultsOne',
    // A language's own name.
    'language.oj',
  ]);

  it('label every taxonomy term, condition, delivery mode, availability and known language', () => {
    const keys = [
      ...TAXONOMY_IDS.map(taxonomyKey),
      ...ACCESS_CONDITIONS.map((c) => `condition.${c}`),
      ...DELIVERY_MODES.map((m) => `delivery.${m}`),
      ...AVAILABILITY.map((a) => `availability.${a}`),
      ...KNOWN_LANGUAGES.map((l) => `language.${l}`),
    ];
    for (const key of keys) {
      expect(en, key).toHaveProperty([key]);
      expect(fr, key).toHaveProperty([key]);
    }
  });
});

describe('t()', () => {
  it('fills placeholders and leaves unknown ones visible', () => {
    const t = translator(en);
    expect(t('directory.count', { shown: 20, total: 160 })).toBe('Showing 20 of 160');
    expect(t('crisis.call')).toBe('Call {number}');
  });
});

describe('locale helpers', () => {
  it.each([
    [['fr-CA', 'en'], 'fr'],
    [['en-US'], 'en'],
    [['de-DE', 'fr'], 'fr'],
    [['oj'], 'en'],
    [[], 'en'],
  ])('%j → %s', (languages, expected) => {
    expect(preferredLocale(languages)).toBe(expected);
  });

  it('formats a calendar date without shifting the day', () => {
    expect(formatDate('en', '2026-11-27')).toBe('November 27, 2026');
    expect(formatDate('fr', '2026-11-27')).toBe('27 novembre 2026');
  });

  it.each([
    ['09:00', '09:00', '9 h'],
    ['17:30', '17:30', '17 h 30'],
    ['00:00', '00:00', '0 h'],
    ['00:05', '00:05', '0 h 05'],
    ['24:00', '24:00', '24 h'],
  ])('writes %s as %s in English and %s in French, with no-break spaces', (time, english, french) => {
    expect(formatTime('en', time)).toBe(english);
    expect(formatTime('fr', time)).toBe(french.replaceAll(' ', '\u00a0'));
  });

  it('formats distances in the locale', () => {
    expect(formatKm('en', 3.26)).toBe('3.3 km');
    expect(formatKm('fr', 1234.4)).toMatch(/^1\s234\skm$/);
  });

  it('says an age in full, or short for the header', () => {
    const now = new Date('2026-11-15T17:00:00Z');
    expect(formatAge('en', '2026-11-15T16:57:00Z', now)).toBe('3 minutes ago');
    expect(formatAge('fr', '2026-11-15T16:57:00Z', now)).toBe('il y a 3 minutes');
    expect(formatAge('fr', '2026-11-15T16:57:00Z', now, 'short')).toMatch(/^il y a 3\smin$/);
    expect(formatAge('en', '2026-11-15T16:57:00Z', now, 'short')).toMatch(/^3 min/);
  });
});
