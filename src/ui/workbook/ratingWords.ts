// How a rating reads wherever it is written out (item cards, print, CSV, the summary, the
// comparison): a barrier's rating is how well the agency removes it, never the barrier's strength.
import type { MessageKey, Translate } from '../../i18n';
import type { WorkbookKey } from '../../i18n/workbook';
import {
  type Answer,
  type Assessment,
  effectiveRating,
  type ItemId,
  type Rating,
  SECTION_IDS,
  sectionOf,
  WORKBOOK_SECTIONS,
} from '../../model/workbook';
import { type AssessmentSummary, assessmentSummary } from '../../model/workbookRules';

export function itemLabel(item: ItemId, t: Translate, tw: Translate<WorkbookKey>): string {
  return item.startsWith('principle.') || item.startsWith('barrier.')
    ? tw(`wb.item.${item}` as WorkbookKey)
    : t(`taxonomy.${item}` as MessageKey);
}

const upperFirst = (s: string) => s.charAt(0).toLocaleUpperCase() + s.slice(1);

/** A rating in words, as a label or a table cell ("Strong"; for a barrier "Removed well"). */
export function ratingWords(item: ItemId, rating: Rating | null, tw: Translate<WorkbookKey>): string {
  if (rating === null) return tw('wb.notRated');
  return sectionOf(item) === 'barriers'
    ? upperFirst(tw(`wb.removal.${rating}` as WorkbookKey))
    : tw(`wb.rating.${rating}` as WorkbookKey);
}

/** An item and its rating in one line: "Sobriety rules — removed well". */
export function ratingLine(
  item: ItemId,
  rating: Rating | null,
  t: Translate,
  tw: Translate<WorkbookKey>,
): string {
  const words = ratingWords(item, rating, tw);
  return tw('wb.ratingLine', {
    item: itemLabel(item, t, tw),
    rating: words.charAt(0).toLocaleLowerCase() + words.slice(1),
  });
}

/** The CSV export: every item of every section, the rating as stored and in words. */
export function assessmentCsvRows(
  answers: readonly Answer[],
  t: Translate,
  tw: Translate<WorkbookKey>,
): Array<Array<string | null>> {
  const byItem = new Map(answers.map((a) => [a.item_id, a]));
  const rows: Array<Array<string | null>> = [
    ['section', 'item_id', 'item', 'rating', 'rating_words', 'evidence', 'next_step'],
  ];
  for (const section of SECTION_IDS) {
    for (const item of WORKBOOK_SECTIONS[section] as readonly ItemId[]) {
      const a = byItem.get(item);
      const rating = effectiveRating(item, a?.rating ?? null);
      rows.push([
        section,
        item,
        itemLabel(item, t, tw),
        rating,
        ratingWords(item, rating, tw),
        a?.evidence ?? '',
        a?.next_step ?? '',
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
  const rated = SECTION_IDS.flatMap((section) =>
    (WORKBOOK_SECTIONS[section] as readonly ItemId[])
      .filter((item) => summary.ratings[item] !== undefined)
      .map((item) => ratingLine(item, summary.ratings[item] ?? null, t, tw)),
  );
  return { ...summary, rated };
}
