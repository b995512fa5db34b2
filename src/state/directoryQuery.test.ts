import { describe, expect, it } from 'vitest';
import { generatedDirectory } from '../../tests/fixtures/records';
import { NO_FILTERS } from '../model/filters';
import { createSearchIndex } from '../search/SearchIndex';
import { directoryData, prepareDirectoryData, queryDirectory } from './directoryQuery';
import { toSearchDocument } from './searchDocuments';

describe('the directory data built in steps', () => {
  it('is what one build gives, and is taken for that snapshot instead of building again', async () => {
    const snapshot = generatedDirectory(4500);
    const direct = directoryData(snapshot);
    await prepareDirectoryData(snapshot);
    const stepped = directoryData(snapshot);
    expect(stepped).not.toBe(direct);
    expect(directoryData(snapshot)).toBe(stepped);
    for (const key of ['servicesById', 'organizations', 'locations', 'locationsByService', 'order'] as const)
      expect([...stepped[key].entries()], key).toEqual([...direct[key].entries()]);
    expect(stepped.services).toBe(snapshot.services);
  });
});

describe('a query of stop words only', () => {
  const snapshot = generatedDirectory(120);
  const data = directoryData(snapshot);
  const index = createSearchIndex();
  const loaded = index.load(
    snapshot.services.map((s) =>
      toSearchDocument(
        s,
        data.organizations.get(s.organization_id),
        s.location_ids.flatMap((id) => data.locations.get(id) ?? []),
      ),
    ),
  );
  const ids = async (text: string, filters = NO_FILTERS) => {
    await loaded;
    const hits = await queryDirectory(index, data, { text, filters, place: null, at: new Date(0) });
    return hits.top(hits.length).map((h) => h.id);
  };

  it.each(['the', 'and', 'the and of', 'le', 'la', 'de', "de la l'", ' Les , des '])(
    '"%s" finds what an empty query finds, filters applied',
    async (text) => {
      expect(await ids(text)).toEqual(await ids(''));
      expect((await ids('')).length).toBe(snapshot.services.length);
      const french = { ...NO_FILTERS, languages: ['fr'] };
      const filtered = await ids('', french);
      expect(filtered.length).toBeGreaterThan(0);
      expect(filtered.length).toBeLessThan(snapshot.services.length);
      expect(await ids(text, french)).toEqual(filtered);
    },
  );
});
