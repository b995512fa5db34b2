// Turns records into what the search index reads: names and descriptions in both languages, the
// organization's name, and the English labels of its taxonomy terms and its towns.
import { communityById } from '../data/reference';
import { englishCatalog, taxonomyKey } from '../i18n';
import type { Location } from '../model/location';
import type { Organization } from '../model/organization';
import type { Service } from '../model/service';
import type { SearchDocument } from '../search/SearchIndex';

export function toSearchDocument(
  service: Service,
  organization: Organization | undefined,
  locations: readonly Location[],
): SearchDocument {
  const towns = locations.map((l) => {
    const c = communityById(l.community_id);
    return c ? `${c.name} ${c.name_fr ?? ''}` : '';
  });
  return {
    id: service.id,
    name: service.name,
    name_fr: service.name_fr ?? '',
    organization: [organization?.name, organization?.name_fr, service.alternate_name]
      .filter(Boolean)
      .join(' '),
    description: service.description,
    description_fr: service.description_fr ?? '',
    extra: [...service.taxonomy_ids.map((id) => englishCatalog[taxonomyKey(id)]), ...towns].join(' '),
  };
}
