import { describe, expect, it } from 'vitest';
import { englishCatalog, translator } from '../../i18n';
import { fr } from '../../i18n/fr';
import { fieldLabel, valueText } from './fieldWords';

const t = translator(englishCatalog);

describe('a conflict’s fields in words', () => {
  it.each([
    ['name', 'Name'],
    ['languages', 'Languages'],
    ['minimum_age', 'Minimum age'],
  ])('fieldLabel(%s) = %s', (field, label) => {
    expect(fieldLabel(t, field)).toBe(label);
  });

  it.each<[string, unknown, string]>([
    ['alert', undefined, '(empty)'],
    ['indigenous_led', 'unknown', 'Unknown'],
    ['availability', { status: 'full', set_at: null }, 'Full'],
    ['delivery_modes', ['phone', 'outreach'], 'Phone, Outreach'],
    [
      'languages',
      [
        { id: 'a', code: 'cr' },
        { id: 'b', code: 'de' },
      ],
      'Cree, de',
    ],
    ['taxonomy_ids', ['sector.health'], 'Health'],
    ['conditions', { cost: 'no', waitlist: 'yes' }, 'Cost: No; Waitlist: Yes'],
    ['availability', { status: 'elsewhere' }, 'Status: elsewhere'],
    ['description', 'Open every day', 'Open every day'],
  ])('valueText(%s, %j) = %s', (field, value, words) => {
    expect(valueText(t, field, value)).toBe(words);
  });

  it('speaks French in French', () => {
    const tf = translator(fr);
    expect(valueText(tf, 'availability', { status: 'full', set_at: null })).toBe(fr['availability.full']);
    expect(fieldLabel(tf, 'name')).toBe('Nom');
  });
});
