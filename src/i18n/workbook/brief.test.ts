// The brief's words in both languages: every item explains itself, every glossary entry is there,
// the principles keep their full content, and the resources the brief lists are all cited.
import { describe, expect, it } from 'vitest';
import { ITEM_IDS, PRINCIPLES } from '../../model/workbook';
import { GLOSSARY_TERMS, glossaryOf } from '../../model/workbookGlossary';
import { en } from '../en';
import { fr } from '../fr';
import { workbookEn } from './en';
import { workbookFr } from './fr';

type K = keyof typeof workbookEn;
const desc = (item: string) => `wb.desc.${item}` as K;
const label = (catalog: Record<string, string>, main: Record<string, string>, item: string) =>
  item.startsWith('principle.') || item.startsWith('barrier.')
    ? catalog[`wb.item.${item}`]
    : main[`taxonomy.${item}`];

describe('every item explains itself, in English and French', () => {
  it.each(ITEM_IDS)('%s has a description of one to three sentences', (item) => {
    const english = workbookEn[desc(item)];
    const french = workbookFr[desc(item)];
    expect(english?.trim(), `${item} EN`).toBeTruthy();
    expect(french?.trim(), `${item} FR`).toBeTruthy();
    expect(french).not.toBe(english);
    // Sentences end with a full stop followed by a space and a capital (not "No. 1" or "etc.").
    for (const text of [english, french]) {
      const sentences = text.split(/(?<=[.!?»”])\s+(?=[A-ZÀ-Ý«“])/u).length;
      expect(sentences, `${item}: ${text}`).toBeGreaterThanOrEqual(1);
      expect(sentences, `${item}: ${text}`).toBeLessThanOrEqual(3);
    }
  });

  it('no description without an item', () => {
    const described = Object.keys(workbookEn)
      .filter((k) => k.startsWith('wb.desc.'))
      .map((k) => k.slice('wb.desc.'.length));
    expect(described.sort()).toEqual([...ITEM_IDS].sort());
  });
});

describe('the glossary, from the brief’s first footnote', () => {
  it.each(GLOSSARY_TERMS)('%s has a term and a definition in both languages', (term) => {
    for (const part of ['term', 'def']) {
      const key = `wb.${part}.${term}` as K;
      expect(workbookEn[key]?.trim()).toBeTruthy();
      expect(workbookFr[key]?.trim()).toBeTruthy();
      expect(workbookFr[key]).not.toBe(workbookEn[key]);
    }
  });

  it.each<[string, RegExp[], RegExp[]]>([
    ['sex-industry', [/commercial/i, /survival/], [/commercial/, /survie/]],
    [
      'human-trafficking',
      [/coercion/, /force/, /deception/, /loss of control/],
      [/coercition/, /force/, /tromperie/, /perte de contrôle/],
    ],
    ['sex-work', [/occupation/, /human rights/], [/métier/, /droits de la personne/]],
    ['distinct', [/distinction/, /sex work/, /trafficking/], [/distinction/, /travail du sexe/, /traite/]],
  ])('%s keeps the brief’s content', (term, english, french) => {
    for (const re of english) expect(workbookEn[`wb.def.${term}` as K]).toMatch(re);
    for (const re of french) expect(workbookFr[`wb.def.${term}` as K]).toMatch(re);
  });

  it.each(ITEM_IDS)('%s links to each glossary term its English words use', (item) => {
    const text = `${label(workbookEn, en, item)} ${workbookEn[desc(item)]}`;
    const used = [
      /sex work/i.test(text) && 'sex-work',
      /sex industry/i.test(text) && 'sex-industry',
      /traffick/i.test(text) && 'human-trafficking',
    ].filter(Boolean);
    for (const term of used) expect(glossaryOf(item), item).toContain(term);
  });
});

describe('the 7 principles keep their full content', () => {
  it('are seven', () => expect(PRINCIPLES).toHaveLength(7));

  const full = (catalog: Record<string, string>, main: Record<string, string>, item: string) =>
    `${label(catalog, main, item)} ${catalog[desc(item)]}`;

  it.each<[string, RegExp[], RegExp[]]>([
    [
      'principle.lived-experience-paid',
      [
        /survivors/,
        /families/,
        /sex workers/,
        /design/,
        /management/,
        /evaluation/,
        /outreach/,
        /peer support/,
        /paid/,
      ],
      [
        /survivant/,
        /familles/,
        /travailleuses et travailleurs du sexe/,
        /conception/,
        /gestion/,
        /évaluation/,
        /proximité/,
        /soutien par les pairs/,
        /rémunéré/,
      ],
    ],
    [
      'principle.open-communication',
      [/within the collaborative network/],
      [/au sein du réseau de collaboration/],
    ],
    [
      'principle.relational',
      [/within families and communities/, /between service providers and the people they serve/],
      [/au sein des familles et des communautés/, /entre les fournisseurs de services et les personnes/],
    ],
    ['principle.support-those-who-ask', [/Don’t assume to know better/], [/Ne pas présumer savoir mieux/]],
    ['principle.long-term-24-7', [/24\/7/, /several years/], [/24 h sur 24/, /plusieurs années/]],
  ])('%s', (item, english, french) => {
    for (const re of english) expect(full(workbookEn, en, item)).toMatch(re);
    for (const re of french) expect(full(workbookFr, fr, item)).toMatch(re);
  });
});

describe('whose words these are', () => {
  it.each(['wb.subtitle', 'wb.about.source', 'wb.about.citation'] as K[])(
    '%s cites Policy Brief No. 1',
    (key) => {
      expect(workbookEn[key]).toMatch(/Policy Brief No\. 1|NORAHT/);
      expect(workbookFr[key]).toMatch(/nº 1|No\. 1|NORAHT/);
    },
  );

  it('the subtitle says what the app wrote', () => {
    for (const [catalog, words] of [
      [workbookEn, [/2020/, /rating scale/, /prompts/, /integration rules/, /well-being/]],
      [workbookFr, [/2020/, /échelle/, /questions/, /règles d’intégration/, /mieux-être/]],
    ] as const) {
      for (const re of words) expect(catalog['wb.subtitle']).toMatch(re);
    }
  });

  it('lists every further resource the brief lists (webinars, toolkits, policy briefs)', () => {
    const cited = Object.keys(workbookEn).filter((k) => /^wb\.res\.(webinar|toolkit|brief)\d$/.test(k));
    expect(cited).toHaveLength(3 + 2 + 4);
  });
});
