// Turns records into what the search index reads: names and descriptions in both languages, the
// organization's name, the English and French labels of its taxonomy terms (and "Indigenous-led",
// "staff with lived experience" where the listing says yes) and its towns. A French reader's words
// find a service whatever language the device shows.
import { communityById } from '../data/reference';
import { englishCatalog, type MessageKey, taxonomyKey } from '../i18n';
import { frIndexed } from '../i18n/frIndexed';
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
    extra: [...labelKeys(service).flatMap(bothLabels), ...towns].join(' '),
  };
}

function labelKeys(service: Service): MessageKey[] {
  const keys = service.taxonomy_ids.map(taxonomyKey);
  if (service.indigenous_led === 'yes') keys.push('service.indigenousLed');
  if (service.lived_experience_staff === 'yes') keys.push('service.livedExperience');
  return keys;
}

function bothLabels(key: MessageKey): string[] {
  const french = (frIndexed as Partial<Record<MessageKey, string>>)[key];
  return french ? [englishCatalog[key], french] : [englishCatalog[key]];
}
