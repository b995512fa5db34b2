// Turns records into what the search index reads: names and descriptions in both languages, the
// organization's name, the English and French labels of its taxonomy terms (and "Indigenous-led",
// "staff with lived experience" where the listing says yes) and its towns. A French reader's words
// find a service whatever language the device shows.
import { COMMUNITIES, communityById } from '../data/reference';
import { englishCatalog, type MessageKey, taxonomyKey } from '../i18n';
import { frIndexed } from '../i18n/frIndexed';
import type { Location } from '../model/location';
import type { Organization } from '../model/organization';
import type { Service } from '../model/service';
import { INDEX_LAYOUT, type SearchDocument } from '../search/SearchIndex';

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

/** Bumped whenever `toSearchDocument` indexes other words than before. */
const DOCUMENTS_VERSION = 1;

let format: string | null = null;

/**
 * How an index of these documents is made: the index layout, this file's version, and a hash of the
 * labels and community names the documents include, so that an app update with other words never
 * reuses an index saved before it (the saved index's mark, `db/searchIndex.ts`).
 */
export function searchIndexFormat(): string {
  if (format === null) {
    const words = JSON.stringify([englishCatalog, frIndexed, COMMUNITIES]);
    let hash = 0x811c9dc5; // FNV-1a, 32 bits
    for (let i = 0; i < words.length; i++) hash = Math.imul(hash ^ words.charCodeAt(i), 0x01000193) >>> 0;
    format = `${INDEX_LAYOUT}.${DOCUMENTS_VERSION}.${hash.toString(36)}`;
  }
  return format;
}
