import { beforeAll, describe, expect, it } from 'vitest';
import { sampleService } from '../../tests/fixtures/records';
import { bestFirst } from '../../tests/fixtures/searchHits';
import type { Service } from '../model/service';
import type { TaxonomyId } from '../model/taxonomy';
import { createSearchIndex } from '../search/SearchIndex';
import { toSearchDocument } from './searchDocuments';

// French words find what they name, through the taxonomy's French labels (accents folded), whatever
// language the device shows: the services below say nothing in their own texts.
function service(id: string, changes: Partial<Service>): Service {
  return {
    ...sampleService(),
    id,
    name: 'Drop-in',
    name_fr: undefined,
    description: 'Come by.',
    description_fr: undefined,
    alternate_name: undefined,
    taxonomy_ids: [],
    indigenous_led: 'unknown',
    lived_experience_staff: 'unknown',
    ...changes,
  };
}

const ids = (n: number) => `00000000-0000-4000-8000-00000000000${n}`;
const SERVICES: Service[] = [
  service(ids(1), { taxonomy_ids: ['approach.sex-work-informed'] }),
  service(ids(2), { taxonomy_ids: ['knowledge.indigenous'] }),
  service(ids(3), { indigenous_led: 'yes' }),
  service(ids(4), { taxonomy_ids: ['approach.critical-anti-trafficking'] }),
  service(ids(5), { taxonomy_ids: ['sector.labour-exploitation'] }),
  service(ids(6), { taxonomy_ids: ['audience.families'] }),
  service(ids(7), { taxonomy_ids: ['sector.health'] as TaxonomyId[] }),
];

describe('French taxonomy words find services', () => {
  const index = createSearchIndex();
  beforeAll(() => index.load(SERVICES.map((s) => toSearchDocument(s, undefined, []))));

  it.each<[string, number[]]>([
    ['travail du sexe', [1]],
    ['autochtone', [2, 3]],
    ['Autochtones', [2, 3]],
    ['traite', [4]],
    ['exploitation par le travail', [5]],
    ['familles choisies', [6]],
    ['santé', [7]],
    ['sante', [7]],
    // English still works.
    ['sex work', [1]],
    ['Indigenous', [2, 3]],
    ['labour exploitation', [5]],
  ])('"%s" finds %j', async (query, expected) => {
    const hits = await index.search(query);
    expect(bestFirst(hits).sort()).toEqual(expected.map(ids));
  });
});
