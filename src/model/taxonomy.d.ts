export declare const APPROACHES: readonly [
  'approach.relational',
  'approach.trauma-informed',
  'approach.indigenous-centric',
  'approach.harm-reduction',
  'approach.sex-work-informed',
  'approach.2slgbtq-friendly',
  'approach.feminist-intersectional',
  'approach.critical-anti-trafficking',
];
export declare const KNOWLEDGES: readonly [
  'knowledge.indigenous',
  'knowledge.experiential-paid',
  'knowledge.culturally-sensitive-training',
  'knowledge.decolonial-tvi-training',
  'knowledge.privacy-respecting-data',
];
export declare const PROGRAMMING: readonly [
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
];
export declare const SECTORS: readonly [
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
];
export declare const TAXONOMY_IDS: readonly [
  'approach.relational',
  'approach.trauma-informed',
  'approach.indigenous-centric',
  'approach.harm-reduction',
  'approach.sex-work-informed',
  'approach.2slgbtq-friendly',
  'approach.feminist-intersectional',
  'approach.critical-anti-trafficking',
  'knowledge.indigenous',
  'knowledge.experiential-paid',
  'knowledge.culturally-sensitive-training',
  'knowledge.decolonial-tvi-training',
  'knowledge.privacy-respecting-data',
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
];
export type TaxonomyId = (typeof TAXONOMY_IDS)[number];
export type ApproachId = (typeof APPROACHES)[number];
export type KnowledgeId = (typeof KNOWLEDGES)[number];
export type ProgramId = (typeof PROGRAMMING)[number];
export type SectorId = (typeof SECTORS)[number];
export declare const TAXONOMY_GROUPS: {
  readonly approach: readonly [
    'approach.relational',
    'approach.trauma-informed',
    'approach.indigenous-centric',
    'approach.harm-reduction',
    'approach.sex-work-informed',
    'approach.2slgbtq-friendly',
    'approach.feminist-intersectional',
    'approach.critical-anti-trafficking',
  ];
  readonly knowledge: readonly [
    'knowledge.indigenous',
    'knowledge.experiential-paid',
    'knowledge.culturally-sensitive-training',
    'knowledge.decolonial-tvi-training',
    'knowledge.privacy-respecting-data',
  ];
  readonly program: readonly [
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
  ];
  readonly sector: readonly [
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
  ];
};
export type TaxonomyGroup = keyof typeof TAXONOMY_GROUPS;
/** The four directions of well-being of the medicine wheel. */
export declare const WELLBEING: readonly ['physical', 'emotional', 'psychological', 'spiritual'];
export type Wellbeing = (typeof WELLBEING)[number];
export declare function taxonomyGroupOf(id: TaxonomyId): TaxonomyGroup;
