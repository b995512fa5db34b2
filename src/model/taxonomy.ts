// The NORAHT vocabulary (PRODUCT.md) as stable ids. Labels live in src/i18n; these ids are what the
// directory, the workbook and the hub store and exchange.

export const APPROACHES = [
  'approach.relational',
  'approach.trauma-informed',
  'approach.indigenous-centric',
  'approach.harm-reduction',
  'approach.sex-work-informed',
  'approach.2slgbtq-friendly',
  'approach.feminist-intersectional',
  'approach.critical-anti-trafficking',
] as const;

export const KNOWLEDGES = [
  'knowledge.indigenous',
  'knowledge.experiential-paid',
  'knowledge.culturally-sensitive-training',
  'knowledge.decolonial-tvi-training',
  'knowledge.privacy-respecting-data',
] as const;

export const PROGRAMMING = [
  'program.case-worker',
  'program.indigenous-healing',
  'program.mental-health-addictions',
  'program.peer-outreach',
  'program.safer-shelter',
  'program.transitional-housing',
  'program.long-term-housing',
  'program.children-back',
  'program.aging-out-youth',
  'program.children-witnessed-violence',
] as const;

export const SECTORS = [
  'sector.sexual-assault-centre',
  'sector.intimate-partner-violence',
  'sector.counselling',
  'sector.health',
  'sector.victim-services',
  'sector.legal',
  'sector.friendship-centre',
  'sector.francophone',
  'sector.crisis-line',
  'sector.travel-support',
  'sector.labour-exploitation',
] as const;

/** Who a service is for, beyond its age range. */
export const AUDIENCES = ['audience.families'] as const;

export const TAXONOMY_IDS = [...APPROACHES, ...KNOWLEDGES, ...PROGRAMMING, ...SECTORS, ...AUDIENCES] as const;
export type TaxonomyId = (typeof TAXONOMY_IDS)[number];
export type ApproachId = (typeof APPROACHES)[number];
export type KnowledgeId = (typeof KNOWLEDGES)[number];
export type ProgramId = (typeof PROGRAMMING)[number];
export type SectorId = (typeof SECTORS)[number];
export type AudienceId = (typeof AUDIENCES)[number];

export const TAXONOMY_GROUPS = {
  approach: APPROACHES,
  knowledge: KNOWLEDGES,
  program: PROGRAMMING,
  sector: SECTORS,
  audience: AUDIENCES,
} as const;
export type TaxonomyGroup = keyof typeof TAXONOMY_GROUPS;

/** The four aspects of well-being the brief names after the medicine wheel (not its directions). */
export const WELLBEING = ['physical', 'emotional', 'psychological', 'spiritual'] as const;
export type Wellbeing = (typeof WELLBEING)[number];

export function taxonomyGroupOf(id: TaxonomyId): TaxonomyGroup {
  return id.slice(0, id.indexOf('.')) as TaxonomyGroup;
}
