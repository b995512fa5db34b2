import { describe, expect, it } from 'vitest';
import { type Locale, localName, sortByLocalName } from './index';

const named = (name: string, name_fr?: string) => ({ id: name, name, ...(name_fr ? { name_fr } : {}) });
const names = (records: readonly { name: string; name_fr?: string }[], locale: Locale) =>
  records.map((r) => localName(r, locale));

describe('records sorted A–Z by their name in the reader’s language', () => {
  it.each<[string, Locale, ReturnType<typeof named>[], string[]]>([
    [
      'English names in English',
      'en',
      [
        named('West Nipissing', 'Nipissing Ouest'),
        named('Greater Sudbury', 'Grand Sudbury'),
        named('Attawapiskat'),
      ],
      ['Attawapiskat', 'Greater Sudbury', 'West Nipissing'],
    ],
    [
      'French names in French, English where there is none',
      'fr',
      [
        named('West Nipissing', 'Nipissing Ouest'),
        named('Greater Sudbury', 'Grand Sudbury'),
        named('Mattawa'),
      ],
      ['Grand Sudbury', 'Mattawa', 'Nipissing Ouest'],
    ],
    [
      'case never decides before letters',
      'en',
      [named('dokis'), named('Chapleau'), named('Elliot Lake')],
      ['Chapleau', 'dokis', 'Elliot Lake'],
    ],
    [
      'an accented letter sorts with its letter',
      'fr',
      [named('Iroquois'), named('Île-aux-Morts'), named('Hearst')],
      ['Hearst', 'Île-aux-Morts', 'Iroquois'],
    ],
    // fr-CA compares accents from the end of the word (cote, côte, coté, côté); en-CA from the start.
    [
      'French accents, Canadian French order',
      'fr',
      [named('côté'), named('coté'), named('côte'), named('cote')],
      ['cote', 'côte', 'coté', 'côté'],
    ],
    [
      'the same words, English order',
      'en',
      [named('côté'), named('coté'), named('côte'), named('cote')],
      ['cote', 'coté', 'côte', 'côté'],
    ],
  ])('%s', (_case, locale, records, expected) => {
    const before = [...records];
    expect(names(sortByLocalName(records, locale), locale)).toEqual(expected);
    expect(records).toEqual(before);
  });

  it('puts communities with French names where a French reader looks for them', () => {
    const region = [
      named('North Bay'),
      named('Greater Sudbury', 'Grand Sudbury'),
      named('Hearst'),
      named('West Nipissing (Sturgeon Falls)', 'Nipissing Ouest (Sturgeon Falls)'),
      named('Moosonee'),
      named('Wiikwemkoong'),
      named('Attawapiskat'),
    ];
    expect(names(sortByLocalName(region, 'en'), 'en')).toEqual([
      'Attawapiskat',
      'Greater Sudbury',
      'Hearst',
      'Moosonee',
      'North Bay',
      'West Nipissing (Sturgeon Falls)',
      'Wiikwemkoong',
    ]);
    expect(names(sortByLocalName(region, 'fr'), 'fr')).toEqual([
      'Attawapiskat',
      'Grand Sudbury',
      'Hearst',
      'Moosonee',
      'Nipissing Ouest (Sturgeon Falls)',
      'North Bay',
      'Wiikwemkoong',
    ]);
  });
});
