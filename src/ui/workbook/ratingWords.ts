// How a rating reads wherever it is written out (item cards, print, CSV, the summary, the
// comparison): a barrier's rating is how well the agency removes it, never the barrier's strength.
import type { MessageKey, Translate } from '../../i18n';
import type { WorkbookKey } from '../../i18n/workbook';
import {
  type Answer,
  type AnyItemId,
  type Assessment,
  effectiveRating,
  type ItemId,
  isOwnItem,
  isProgram,
  type Rating,
  SECTION_IDS,
  sectionOf,
  WORKBOOK_SECTIONS,
} from '../../model/workbook';
import {
  type AssessmentSummary,
  aspectsOf,
  assessmentSummary,
  itemsOf,
  needsOf,
} from '../../model/workbookRules';

export function itemLabel(item: ItemId, t: Translate, tw: Translate<WorkbookKey>): string {
  return item.startsWith('principle.') || item.startsWith('barrier.')
    ? tw(`wb.item.${item}` as WorkbookKey)
    : t(`taxonomy.${item}` as MessageKey);
}

/** Names any item of one assessment: the brief's in the catalog's words, the agency's own as written. */
export type Labeler = (item: AnyItemId) => string;

export function labeler(answers: readonly Answer[], t: Translate, tw: Translate<WorkbookKey>): Labeler {
  const own = new Map(answers.map((a) => [a.item_id, a.label?.trim() ?? '']));
  return (item) => (isOwnItem(item) ? own.get(item) || tw('wb.own.unnamed') : itemLabel(item, t, tw));
}

/** A section's items for one assessment: the brief's, then the agency's own by name. */
export function itemsShown(
  section: Parameters<typeof itemsOf>[0],
  answers: readonly Answer[],
  label: Labeler,
) {
  const own = answers
    .map((a) => a.item_id)
    .filter(isOwnItem)
    .sort((a, b) => label(a).localeCompare(label(b)));
  return itemsOf(section, own);
}

const upperFirst = (s: string) => s.charAt(0).toLocaleUpperCase() + s.slice(1);

/** A rating in words, as a label or a table cell ("Strong"; for a barrier "Removed well"). */
export function ratingWords(item: AnyItemId, rating: Rating | null, tw: Translate<WorkbookKey>): string {
  if (rating === null) return tw('wb.notRated');
  return sectionOf(item) === 'barriers'
    ? upperFirst(tw(`wb.removal.${rating}` as WorkbookKey))
    : tw(`wb.rating.${rating}` as WorkbookKey);
}

/** An item and its rating in one line: "Sobriety rules — removed well". */
export function ratingLine(
  item: AnyItemId,
  rating: Rating | null,
  label: Labeler,
  tw: Translate<WorkbookKey>,
): string {
  const words = ratingWords(item, rating, tw);
  return tw('wb.ratingLine', {
    item: label(item),
    rating: words.charAt(0).toLocaleLowerCase() + words.slice(1),
  });
}

/**
 * The CSV export: every item of every section (the agency's own marked), the rating as stored and in
 * words; for programs, the aspects of well-being and the needs, each with whose choice it is.
 */
export function assessmentCsvRows(
  answers: readonly Answer[],
  t: Translate,
  tw: Translate<WorkbookKey>,
): Array<Array<string | null>> {
  const byItem = new Map(answers.map((a) => [a.item_id, a]));
  const label = labeler(answers, t, tw);
  const rows: Array<Array<string | null>> = [
    [
      'section',
      'item_id',
      'item',
      'own_item',
      'rating',
      'rating_words',
      'evidence',
      'next_step',
      'aspects',
      'aspects_from',
      'needs',
      'needs_from',
    ],
  ];
  for (const section of SECTION_IDS) {
    for (const item of itemsShown(section, answers, label)) {
      const a = byItem.get(item);
      const rating = effectiveRating(item, a?.rating ?? null);
      const aspects = isProgram(item) ? aspectsOf(item, a) : null;
      const needs = isProgram(item) ? needsOf(item, a) : null;
      rows.push([
        section,
        item,
        label(item),
        isOwnItem(item) ? 'yes' : 'no',
        rating,
        ratingWords(item, rating, tw),
        a?.evidence ?? '',
        a?.next_step ?? '',
        aspects ? aspects.values.join(' ') : '',
        aspects?.source ?? '',
        needs ? needs.values.join(' ') : '',
        needs?.source ?? '',
      ]);
    }
  }
  return rows;
}

/** The exported summary: what may be shared, plus each rated item in words. */
export function readableSummary(
  assessment: Assessment,
  answers: readonly Answer[],
  t: Translate,
  tw: Translate<WorkbookKey>,
): AssessmentSummary & { rated: string[] } {
  const summary = assessmentSummary(assessment, answers);
  const label = labeler(answers, t, tw);
  const rated = SECTION_IDS.flatMap((section) =>
    (WORKBOOK_SECTIONS[section] as readonly ItemId[])
      .filter((item) => summary.ratings[item] !== undefined)
      .map((item) => ratingLine(item, summary.ratings[item] ?? null, label, tw)),
  );
  return { ...summary, rated };
}
