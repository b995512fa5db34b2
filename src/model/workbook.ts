// The Service Mapping Toolkit as data: its sections and items (ids; text lives in src/i18n), the
// rating scale, and the records an assessment is stored as. One record per item answer, so that two
// people editing different items of one assessment never conflict.
import * as z from 'zod/mini';
import { isoDate, isoDateTime, longText, name, shortText, uuid } from './common';
import { hashedUuid } from './ids';
import { APPROACHES, KNOWLEDGES, PROGRAMMING, WELLBEING } from './taxonomy';

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

/**
 * The brief's lists are not exhaustive: an agency adds its own approaches, knowledges and programs
 * to an assessment. An own item is an answer whose item id names its kind and a random UUID
 * ("own.program.…"); its name is the answer's `label`. A new assessment of the same agency carries
 * its own items over with the same ids, so that assessments still compare.
 */
export const OWN_KINDS = { approach: 'approaches', knowledge: 'knowledges', program: 'programming' } as const;
export type OwnKind = keyof typeof OWN_KINDS;
export type OwnItemId = `own.${OwnKind}.${string}`;
/** Any item an answer can be about: one of the brief's, or the agency's own. */
export type AnyItemId = ItemId | OwnItemId;
const OWN_ITEM =
  /^own\.(approach|knowledge|program)\.[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

export function isOwnItem(item: string): item is OwnItemId {
  return OWN_ITEM.test(item);
}

export function isItem(item: string): item is AnyItemId {
  return (ITEM_IDS as readonly string[]).includes(item) || isOwnItem(item);
}

/** The sections an agency can add its own items to. */
export const OWN_SECTIONS = Object.values(OWN_KINDS) as SectionId[];

export function ownKindOf(section: SectionId): OwnKind | null {
  const kind = (Object.keys(OWN_KINDS) as OwnKind[]).find((k) => OWN_KINDS[k] === section);
  return kind ?? null;
}

export function sectionOf(item: AnyItemId): SectionId {
  if (isOwnItem(item)) return OWN_KINDS[item.split('.')[1] as OwnKind];
  return SECTION_IDS.find((s) => (WORKBOOK_SECTIONS[s] as readonly string[]).includes(item)) as SectionId;
}

/** An approach or knowledge (the brief's or the agency's own) that a program can need. */
export type NeedId = ApproachOrKnowledge | `own.approach.${string}` | `own.knowledge.${string}`;
type ApproachOrKnowledge = (typeof APPROACHES)[number] | (typeof KNOWLEDGES)[number];
/** A program: the brief's or the agency's own. */
export type AnyProgramId = (typeof PROGRAMMING)[number] | `own.program.${string}`;

export function isProgram(item: AnyItemId): item is AnyProgramId {
  return sectionOf(item) === 'programming';
}

export function isNeed(item: AnyItemId): item is NeedId {
  const section = sectionOf(item);
  return section === 'approaches' || section === 'knowledges';
}

/** For barriers, the same scale reads as "how well the agency removes it". */
export const RATINGS = ['not-yet', 'developing', 'in-place', 'strong', 'not-applicable'] as const;
export type Rating = (typeof RATINGS)[number];
/** The choices an item offers: a principle always applies, so it has no "not applicable". */
export function ratingChoices(item: AnyItemId): readonly Rating[] {
  return sectionOf(item) === 'principles' ? RATINGS.filter((r) => r !== 'not-applicable') : RATINGS;
}

/**
 * A stored rating as it counts today: a principle answered "not applicable" before that choice was
 * removed reads as unrated (the answer still loads; the item card says why it is blank).
 */
export function effectiveRating(item: AnyItemId, rating: Rating | null): Rating | null {
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

const anyItemId = z.union([
  z.enum(ITEM_IDS as [ItemId, ...ItemId[]]),
  z.custom<OwnItemId>((v) => typeof v === 'string' && isOwnItem(v)),
]);
const needId = z.custom<NeedId>((v) => typeof v === 'string' && isItem(v) && isNeed(v));

export const answerSchema = z.strictObject({
  /** Derived from the assessment and the item (see answerId), so two devices agree on it. */
  id: uuid,
  assessment_id: uuid,
  item_id: anyItemId,
  rating: z.nullable(z.enum(RATINGS)),
  evidence: longText,
  next_step: longText,
  /** An own item's name, as the agency wrote it (absent for the brief's items). */
  label: z.optional(shortText),
  /**
   * A program's aspects of well-being as the agency tagged them; absent or null: the app's
   * suggestion (`SUGGESTED_ASPECTS`) stands (null, not absent, so that going back to it syncs).
   */
  aspects: z.optional(z.nullable(z.array(z.enum(WELLBEING)).check(z.maxLength(WELLBEING.length)))),
  /**
   * The approaches and knowledges this program needs, as the agency set them; absent or null: the
   * app's suggestion (`SUGGESTED_NEEDS`) stands.
   */
  needs: z.optional(z.nullable(z.array(needId).check(z.maxLength(100)))),
  last_modified: isoDateTime,
});
export type Answer = z.infer<typeof answerSchema>;

export const ACTION_STATUSES = ['todo', 'doing', 'done'] as const;
export type ActionStatus = (typeof ACTION_STATUSES)[number];

export const actionSchema = z.strictObject({
  id: uuid,
  assessment_id: uuid,
  /** The item whose next step it came from, if any. */
  item_id: z.nullable(anyItemId),
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
export function answerId(assessmentId: string, itemId: AnyItemId): string {
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
