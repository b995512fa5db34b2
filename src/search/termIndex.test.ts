import MiniSearch from 'minisearch';
import { describe, expect, it } from 'vitest';
import { generatedDirectory } from '../../tests/fixtures/records';
import { processTerm, tokenize } from './normalize';
import { indexedFields, MIN_FUZZY_LENGTH, MIN_PREFIX_LENGTH, TERM_RULES } from './SearchIndex';
import { TermIndex } from './termIndex';

const directory = generatedDirectory(400);
const documents = directory.services.map((s) => ({
  id: s.id,
  fields: indexedFields({
    id: s.id,
    name: s.name,
    name_fr: s.name_fr ?? '',
    organization: '',
    description: s.description,
    description_fr: s.description_fr ?? '',
    extra: s.taxonomy_ids.join(' '),
  }),
}));
const QUERIES = [
  'shelter',
  'coun',
  'counseling',
  'housng',
  'youth',
  'harm reduction',
  'hébergement',
  'fam',
  'xyzzy',
];

/** A query's hits as [id, score], in the order the index gives them. */
function found(index: TermIndex, query: string): Array<[string, number]> {
  const { docs, scores } = index.search(query);
  return Array.from(docs, (doc, i) => [index.documentIds[doc] as string, scores[i] as number]);
}
const idsFound = (index: TermIndex, query: string) => found(index, query).map(([id]) => id);

function built(): TermIndex {
  const index = new TermIndex(TERM_RULES);
  for (const d of documents) index.add(d.id, d.fields);
  return index;
}

describe('the term index', () => {
  it('scores as MiniSearch does with the same options (the word being typed as a prefix)', () => {
    const mini = new MiniSearch<{ id: string; names: string; organization: string; text: string }>({
      fields: ['names', 'organization', 'text'],
      tokenize,
      processTerm,
    });
    mini.addAll(
      documents.map((d) => ({ id: d.id, names: d.fields[0], organization: d.fields[1], text: d.fields[2] })),
    );
    const index = built();
    for (const query of QUERIES) {
      const theirs = mini.search(query, {
        boost: { names: 3, organization: 2 },
        combineWith: 'AND',
        prefix: (term, i, terms) => i === terms.length - 1 && term.length >= MIN_PREFIX_LENGTH,
        fuzzy: (term) => (term.length >= MIN_FUZZY_LENGTH ? 0.2 : false),
        maxFuzzy: 2,
      });
      const ours = found(index, query);
      expect(ours.length, query).toBe(theirs.length);
      const expected = new Map(theirs.map((r) => [r.id as string, r.score]));
      for (const [id, score] of ours)
        expect(score, `${query} ${id}`).toBeCloseTo(expected.get(id) as number, 9);
    }
  });

  it('gives the same hits after a save and a reload, and takes edits after the reload', () => {
    const index = built();
    const again = TermIndex.deserialize(index.serialize(), TERM_RULES);
    expect(again.size).toBe(index.size);
    for (const query of QUERIES) expect(found(again, query), query).toEqual(found(index, query));

    const target = documents[3] as (typeof documents)[number];
    again.add(target.id, ['Zephyrine drop-in', '', '']);
    expect(idsFound(again, 'zephyrine')).toEqual([target.id]);
    again.add('new-service', ['Quuxdale warming centre', '', '']);
    expect(idsFound(again, 'quuxdale')).toEqual(['new-service']);
    again.remove('new-service');
    expect(idsFound(again, 'quuxdale')).toEqual([]);
    expect(again.size).toBe(index.size);
  });

  it('forgets removed documents, also after compacting and saving', () => {
    const index = built();
    const removed = documents.slice(0, 150).map((d) => d.id);
    for (const id of removed) index.remove(id);
    const reloaded = TermIndex.deserialize(index.serialize(), TERM_RULES);
    for (const query of QUERIES) {
      const ids = idsFound(reloaded, query);
      expect(
        ids.some((id) => removed.includes(id)),
        query,
      ).toBe(false);
      expect(ids, query).toEqual(idsFound(index, query));
    }
    expect(reloaded.size).toBe(documents.length - removed.length);
  });

  it('refuses a buffer of another layout or cut short', () => {
    const data = built().serialize();
    const other = data.slice(0);
    new DataView(other).setUint32(0, 999, true);
    expect(() => TermIndex.deserialize(other, TERM_RULES)).toThrow();
    expect(() => TermIndex.deserialize(data.slice(0, data.byteLength - 64), TERM_RULES)).toThrow();
  });
});
