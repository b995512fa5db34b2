import { describe, expect, it } from 'vitest';
import { localField, localText } from './localText';

describe('the text a reader sees', () => {
  it.each([
    ['en', 'Shelter', 'Refuge', 'Shelter en-CA'],
    ['fr', 'Shelter', 'Refuge', 'Refuge fr-CA'],
    ['fr', 'Shelter', undefined, 'Shelter en-CA fallback'],
    ['fr', 'Shelter', '   ', 'Shelter en-CA fallback'],
    ['en', '', 'Refuge', 'Refuge fr-CA fallback'],
    ['en', undefined, 'Refuge', 'Refuge fr-CA fallback'],
    ['en', '', undefined, 'none'],
    ['fr', ' ', '', 'none'],
  ] as const)('%s, English %j, French %j → %s', (locale, english, french, expected) => {
    const shown = localText(english, french, locale);
    expect(shown ? [shown.text, shown.lang, ...(shown.fallback ? ['fallback'] : [])].join(' ') : 'none').toBe(
      expected,
    );
  });

  it('reads a record’s field and its French twin', () => {
    const service = {
      name: 'Drop-in',
      description: 'Walk in any time.',
      description_fr: 'Entrez à toute heure.',
    };
    expect(localField(service, 'description', 'fr')?.text).toBe('Entrez à toute heure.');
    expect(localField(service, 'name', 'fr')).toMatchObject({
      text: 'Drop-in',
      locale: 'en',
      fallback: true,
    });
    expect(localField(service, 'alert', 'en')).toBeNull();
  });
});
