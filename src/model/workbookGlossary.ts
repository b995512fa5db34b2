// The brief's words for the people and the industry (its first footnote), as ids: the glossary the
// workbook's About screen shows, and which items use those words and link to it. Text lives in
// src/i18n/workbook.
import type { ItemId } from './workbook';

export const GLOSSARY_TERMS = ['sex-work', 'sex-industry', 'human-trafficking', 'distinct'] as const;
export type GlossaryTerm = (typeof GLOSSARY_TERMS)[number];

/** The glossary terms an item's label or description uses, in the order the item links them. */
export const ITEM_GLOSSARY: Partial<Record<ItemId, readonly GlossaryTerm[]>> = {
  'approach.sex-work-informed': ['sex-work', 'human-trafficking', 'distinct'],
  'approach.critical-anti-trafficking': ['distinct', 'sex-work', 'human-trafficking', 'sex-industry'],
  'approach.feminist-intersectional': ['sex-industry'],
  'knowledge.experiential-paid': ['sex-work', 'human-trafficking'],
  'program.safer-shelter': ['human-trafficking'],
  'principle.support-those-who-ask': ['human-trafficking'],
  'principle.lived-experience-paid': ['sex-work', 'human-trafficking'],
  'principle.long-term-24-7': ['human-trafficking'],
  'barrier.sobriety': ['human-trafficking'],
  'barrier.id': ['human-trafficking'],
  'barrier.identify-trafficked-or-police': ['human-trafficking', 'distinct'],
  'barrier.stigma-shame': ['sex-work', 'human-trafficking'],
  'barrier.unsafe-shelters': ['human-trafficking'],
};

export function glossaryOf(item: ItemId): readonly GlossaryTerm[] {
  return ITEM_GLOSSARY[item] ?? [];
}
