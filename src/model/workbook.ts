// The Service Mapping Toolkit as data: its sections and items (ids; text lives in src/i18n), the
// rating scale, and the records an assessment is stored as. One record per item answer, so that two
// people editing different items of one assessment never conflict.
import * as z from 'zod/mini';
import { isoDate, isoDateTime, longText, name, shortText, uuid } from './common';
import { hashedUuid } from './ids';
import { APPROACHES, KNOWLEDGES, PROGRAMMING } from './taxonomy';

export const PRINCIPLES = [
  'principle.support-those-who-ask',
  'principle.lived-experience-paid',
  'principle.holistic-harm-reduction',
  'principle.culturally-relevant',
  'principle.open-communication',
  'principle.long-term-24-7',
  'principle.relational',
] as const;

/**
 * The access barriers the brief names. Ids are stored in answers: never rename one. The first
 * version had one item for "identify as trafficked or involve police"; its id now means having to
 * identify as trafficked, and police involvement has its own.
 */
export const BARRIERS = [
  'barrier.sobriety',
  'barrier.id',
  'barrier.waitlists',
  'barrier.limited-access-periods',
  'barrier.hours',
  'barrier.language',
  'barrier.distance-travel',
  'barrier.small-community-confidentiality',
  'barrier.identify-trafficked-or-police',
  'barrier.involve-police',
  'barrier.racism',
  'barrier.stigma-shame',
  'barrier.no-cultural-supports',
  'barrier.one-system-for-another',
  'barrier.unsafe-shelters',
  'barrier.sent-far-away',
] as const;

export const WORKBOOK_SECTIONS = {
  approaches: APPROACHES,
  knowledges: KNOWLEDGES,
  programming: PROGRAMMING,
  principles: PRINCIPLES,
  barriers: BARRIERS,
} as const;
export type SectionId = keyof typeof WORKBOOK_SECTIONS;
export const SECTION_IDS = Object.keys(WORKBOOK_SECTIONS) as SectionId[];
export type ItemId = (typeof WORKBOOK_SECTIONS)[SectionId][number];
export const ITEM_IDS: readonly ItemId[] = SECTION_IDS.flatMap((s) => [...WORKBOOK_SECTIONS[s]]);

export function sectionOf(item: ItemId): SectionId {
  return SECTION_IDS.find((s) => (WORKBOOK_SECTIONS[s] as readonly string[]).includes(item)) as SectionId;
}

/** For barriers, the same scale reads as "how well the agency removes it". */
export const RATINGS = ['not-yet', 'developing', 'in-place', 'strong', 'not-applicable'] as const;
export type Rating = (typeof RATINGS)[number];
/** The choices an item offers: a principle always applies, so it has no "not applicable". */
export function ratingChoices(item: ItemId): readonly Rating[] {
  return sectionOf(item) === 'principles' ? RATINGS.filter((r) => r !== 'not-applicable') : RATINGS;
}

/**
 * A stored rating as it counts today: a principle answered "not applicable" before that choice was
 * removed reads as unrated (the answer still loads; the item card says why it is blank).
 */
export function effectiveRating(item: ItemId, rating: Rating | null): Rating | null {
  return rating !== null && !ratingChoices(item).includes(rating) ? null : rating;
}

/** Points per rating; "not applicable" counts for neither progress gaps nor scores. */
export const RATING_POINTS: Record<Exclude<Rating, 'not-applicable'>, number> = {
  'not-yet': 0,
  developing: 1,
  'in-place': 2,
  strong: 3,
};

export const assessmentSchema = z.strictObject({
  id: uuid,
  /** The agency assessing itself (free text: no hub is needed to use the workbook). */
  agency: name,
  title: z.optional(shortText),
  /** The day the assessment is "as of"; several per agency compare over time. */
  assessed_on: isoDate,
  last_modified: isoDateTime,
});
export type Assessment = z.infer<typeof assessmentSchema>;

export const answerSchema = z.strictObject({
  /** Derived from the assessment and the item (see answerId), so two devices agree on it. */
  id: uuid,
  assessment_id: uuid,
  item_id: z.enum(ITEM_IDS as [ItemId, ...ItemId[]]),
  rating: z.nullable(z.enum(RATINGS)),
  evidence: longText,
  next_step: longText,
  last_modified: isoDateTime,
});
export type Answer = z.infer<typeof answerSchema>;

export const ACTION_STATUSES = ['todo', 'doing', 'done'] as const;
export type ActionStatus = (typeof ACTION_STATUSES)[number];

export const actionSchema = z.strictObject({
  id: uuid,
  assessment_id: uuid,
  /** The item whose next step it came from, if any. */
  item_id: z.nullable(z.enum(ITEM_IDS as [ItemId, ...ItemId[]])),
  text: z.string().check(z.trim(), z.minLength(1), z.maxLength(1000)),
  owner: shortText,
  due_on: z.nullable(isoDate),
  status: z.enum(ACTION_STATUSES),
  last_modified: isoDateTime,
});
export type Action = z.infer<typeof actionSchema>;

/**
 * The answer's id: a UUID hashed from the assessment and the item ids, so an answer made on two
 * devices before they sync is one record, not two.
 */
export function answerId(assessmentId: string, itemId: ItemId): string {
  return hashedUuid(`${assessmentId}/${itemId}`);
}

/**
 * The summary an agency may share with its network (W6, opt-in): ratings, the programs it offers and
 * progress per section, never evidence, next steps, actions or any other free text. One per assessment;
 * sharing again replaces it, stopping deletes it. It syncs to the whole network (S0), unlike the
 * assessment it summarizes.
 */
export const sharedSummarySchema = z.strictObject({
  id: uuid,
  assessment_id: uuid,
  agency: name,
  assessed_on: isoDate,
  ratings: z.partialRecord(z.enum(ITEM_IDS as [ItemId, ...ItemId[]]), z.enum(RATINGS)),
  programs: z.array(z.enum(PROGRAMMING)).check(z.maxLength(PROGRAMMING.length)),
  progress: z
    .array(
      z.strictObject({
        section: z.enum(SECTION_IDS as [SectionId, ...SectionId[]]),
        answered: z.int().check(z.gte(0)),
        total: z.int().check(z.gte(0)),
        score: z.nullable(z.number()),
      }),
    )
    .check(z.maxLength(SECTION_IDS.length)),
  shared_at: isoDateTime,
  last_modified: isoDateTime,
});
export type SharedSummary = z.infer<typeof sharedSummarySchema>;

/** One shared summary per assessment: sharing again replaces it on every device. */
export function sharedSummaryId(assessmentId: string): string {
  return hashedUuid(`summary/${assessmentId}`);
}
