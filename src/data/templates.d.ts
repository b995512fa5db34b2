import type { DeliveryMode } from '../model/service';
import type { TaxonomyId } from '../model/taxonomy';
export type HoursPattern = 'always' | 'office' | 'office-late' | 'evening-outreach' | 'drop-in' | 'unknown';
export interface ServiceTemplate {
  key: string;
  name: string;
  name_fr: string;
  description: string;
  description_fr: string;
  next_steps: string;
  taxonomy: TaxonomyId[];
  modes: DeliveryMode[];
  hours: HoursPattern[];
  /** Whether it keeps beds or places, so availability matters. */
  capacity: boolean;
  /** Serves the whole region remotely (phone, text, virtual). */
  regional: boolean;
  minAge?: number;
  maxAge?: number;
}
export declare const SERVICE_TEMPLATES: readonly ServiceTemplate[];
export declare const ORG_PREFIXES: readonly [
  'Birchlight',
  'Cedar Path',
  'Tamarack',
  'Aurora',
  'Loon Lake',
  'Northern Star',
  'Willow Bend',
  'Riverstone',
  'Pinecrest',
  'Blueberry Hill',
  'Wolf Lake',
  'Silver Creek',
  'Morning Sky',
  'Red Pine',
  'Granite Shore',
  'Spruce Grove',
  'Clear Water',
  'Moose Meadow',
  'Thunder Bay Road',
  'Sandy Point',
  'Maple Ridge',
  'Lakeshore',
  'Trout Creek',
  'Eagle Rock',
];
export declare const ORG_KINDS: readonly [
  {
    readonly en: "Women's Centre";
    readonly fr: 'Centre des femmes';
    readonly indigenous: false;
    readonly francophone: false;
  },
  {
    readonly en: 'Outreach Collective';
    readonly fr: 'Collectif de proximité';
    readonly indigenous: false;
    readonly francophone: false;
  },
  {
    readonly en: 'Healing Lodge';
    readonly fr: 'Pavillon de guérison';
    readonly indigenous: true;
    readonly francophone: false;
  },
  {
    readonly en: 'Family Services';
    readonly fr: 'Services à la famille';
    readonly indigenous: false;
    readonly francophone: false;
  },
  {
    readonly en: 'Community Health Co-op';
    readonly fr: 'Coop de santé communautaire';
    readonly indigenous: false;
    readonly francophone: false;
  },
  {
    readonly en: 'Centre de ressources';
    readonly fr: 'Centre de ressources';
    readonly indigenous: false;
    readonly francophone: true;
  },
  {
    readonly en: 'Wellness Circle';
    readonly fr: 'Cercle de mieux-être';
    readonly indigenous: true;
    readonly francophone: false;
  },
  {
    readonly en: 'Housing Co-operative';
    readonly fr: "Coopérative d'habitation";
    readonly indigenous: false;
    readonly francophone: false;
  },
  {
    readonly en: 'Support Network';
    readonly fr: 'Réseau de soutien';
    readonly indigenous: false;
    readonly francophone: false;
  },
];
export declare const STREETS: readonly [
  'Birch Street',
  'Main Street',
  'Algonquin Avenue',
  'Lakeshore Drive',
  'First Avenue',
  'Second Street',
  'Cedar Street',
  'Riverside Drive',
  'Church Street',
  'Queen Street',
  'Pine Street',
  'Third Avenue',
];
