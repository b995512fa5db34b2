import { beforeAll, describe, expect, it } from 'vitest';
import { bestFirst } from '../../tests/fixtures/searchHits';
import { foldText, processTerm } from './normalize';
import { createSearchIndex, type SearchDocument } from './SearchIndex';

const doc = (id: string, name: string, extra: Partial<SearchDocument> = {}): SearchDocument => ({
  id,
  name,
  name_fr: '',
  organization: '',
  description: '',
  description_fr: '',
  extra: '',
  ...extra,
});

const DOCS = [
  doc('shelter', 'Safer emergency shelter', {
    name_fr: "Refuge d'urgence plus sûr",
    organization: 'Birchlight Women’s Centre',
    description: 'Short-stay beds for women leaving violence.',
    description_fr: "Lits d'hébergement de courte durée.",
  }),
  doc('healing', 'Indigenous healing and wellness program', {
    name_fr: 'Programme autochtone de guérison et de mieux-être',
    organization: 'Cedar Path Healing Lodge',
  }),
  doc('coeur', 'Centre Cœur', { name_fr: 'Centre Cœur', description: 'Counselling en français' }),
  doc('legal', 'Community legal clinic', { description: 'Free legal advice on family law and housing.' }),
  doc('outreach', 'Peer outreach van', { description: 'Harm reduction supplies, shelter referrals.' }),
];

describe('term processing', () => {
  it.each([
    ['Hébergement', 'hebergement'],
    ['ŒUVRE', 'oeuvre'],
    ['cæcum', 'caecum'],
    ['Guérison', 'guerison'],
    ['naïve', 'naive'],
  ])('%s → %s', (term, folded) => {
    expect(foldText(term)).toBe(folded);
    expect(processTerm(term)).toBe(folded);
  });

  it.each(['the', 'and', 'les', 'des', 'l'])('drops the stop word %s', (term) => {
    expect(processTerm(term)).toBeNull();
  });
});

describe('search', () => {
  const index = createSearchIndex();
  beforeAll(() => index.load(DOCS));
  const ids = async (q: string) => bestFirst(await index.search(q));

  it.each<[string, string, string]>([
    ['an exact word', 'shelter', 'shelter'],
    ['a prefix of 3+ letters', 'shel', 'shelter'],
    ['a typo in a long word', 'sheltr', 'shelter'],
    ['a typo in another long word', 'heeling', 'healing'],
    ['French with accents', 'guérison', 'healing'],
    ['French without accents', 'guerison', 'healing'],
    ['French, accent-free prefix', 'heberg', 'shelter'],
    ['œ typed as oe', 'coeur', 'coeur'],
    ['oe typed as œ', 'Cœur', 'coeur'],
    ['organization name', 'birchlight', 'shelter'],
    ['multi-word, every word matching', 'legal housing', 'legal'],
    ['English stop words ignored', 'the legal clinic', 'legal'],
    ['French stop words ignored', "le refuge d'urgence", 'shelter'],
  ])('%s: "%s" finds %s first', async (_name, query, first) => {
    expect((await ids(query))[0]).toBe(first);
  });

  it('ranks a name match above a mention in a description', async () => {
    const found = await ids('shelter');
    expect(found.indexOf('shelter')).toBeLessThan(found.indexOf('outreach'));
  });

  it.each(['sh', 'le', 'xyzzy'])(
    'finds nothing for "%s" (too short for a prefix, or no such word)',
    async (q) => {
      expect(await ids(q)).toEqual([]);
    },
  );

  it('does not forgive typos in short words', async () => {
    expect(await ids('vane')).toEqual([]);
  });

  it('falls back to any word when no service has every word', async () => {
    expect(await ids('shelter clinic')).toEqual(expect.arrayContaining(['shelter', 'legal']));
  });

  it('updates one document in place', async () => {
    const local = createSearchIndex();
    await local.load(DOCS);
    await local.upsert(doc('legal', 'Tenant rights clinic'));
    expect(bestFirst(await local.search('tenant'))).toEqual(['legal']);
    await local.remove('legal');
    expect(bestFirst(await local.search('tenant'))).toEqual([]);
    expect(local.size).toBe(DOCS.length - 1);
  });

  it('never answers from a stale cache after a change', async () => {
    const local = createSearchIndex();
    await local.load(DOCS);
    expect(bestFirst(await local.search('clinic'))).toEqual(['legal']);
    await local.upsert(doc('outreach', 'Peer outreach clinic'));
    expect(bestFirst(await local.search('clinic')).sort()).toEqual(['legal', 'outreach']);
    await local.remove('legal');
    expect(bestFirst(await local.search('clinic'))).toEqual(['outreach']);
  });
});
