// Pure workbook logic: progress, scores, comparing two assessments, the integration check the brief
// asks for, medicine-wheel coverage, overdue actions, and the summary an agency may share. The rules
// are data, tested by tables.
import { torontoDate } from './schedule';
import type { ProgramId, Wellbeing } from './taxonomy';
import { PROGRAMMING, WELLBEING } from './taxonomy';
import {
  type Action,
  type Answer,
  type AnyItemId,
  type AnyProgramId,
  type Assessment,
  effectiveRating,
  type ItemId,
  isOwnItem,
  isProgram,
  type NeedId,
  RATING_POINTS,
  type Rating,
  SECTION_IDS,
  type SectionId,
  sectionOf,
  WORKBOOK_SECTIONS,
} from './workbook';

export type Ratings = ReadonlyMap<AnyItemId, Rating | null>;

/** Each item's rating as it counts today (see effectiveRating); own items are in it, rated or not. */
export function ratingsOf(answers: readonly Answer[]): Map<AnyItemId, Rating | null> {
  return new Map(answers.map((a) => [a.item_id, effectiveRating(a.item_id, a.rating)]));
}

/** A section's items: the brief's, then the agency's own among the given ones (in their order). */
export function itemsOf(section: SectionId, own: Iterable<AnyItemId>): AnyItemId[] {
  const mine = [...own].filter((i) => isOwnItem(i) && sectionOf(i) === section);
  return [...(WORKBOOK_SECTIONS[section] as readonly ItemId[]), ...mine];
}

export interface SectionProgress {
  section: SectionId;
  answered: number;
  total: number;
  /** Mean points (0–3) of rated items, n/a left out; null when none is rated. */
  score: number | null;
}

export function sectionProgress(ratings: Ratings): SectionProgress[] {
  return SECTION_IDS.map((section) => {
    const items = itemsOf(section, ratings.keys());
    const given = items.map((i) => ratings.get(i) ?? null).filter((r): r is Rating => r !== null);
    const scored = given.filter((r): r is Exclude<Rating, 'not-applicable'> => r !== 'not-applicable');
    return {
      section,
      answered: given.length,
      total: items.length,
      score: scored.length === 0 ? null : scored.reduce((n, r) => n + RATING_POINTS[r], 0) / scored.length,
    };
  });
}

export type Movement = 'up' | 'down' | 'same' | 'newly-rated' | 'no-longer-rated';

export interface ItemChange {
  item: AnyItemId;
  from: Rating | null;
  to: Rating | null;
  movement: Movement;
}

function points(r: Rating | null): number | null {
  return r === null || r === 'not-applicable' ? null : RATING_POINTS[r];
}

/** Which items moved between an earlier and a later assessment, and how; unchanged ones left out. */
export function compareAssessments(earlier: Ratings, later: Ratings): ItemChange[] {
  const changes: ItemChange[] = [];
  for (const section of SECTION_IDS) {
    for (const item of itemsOf(section, new Set([...earlier.keys(), ...later.keys()]))) {
      const from = earlier.get(item) ?? null;
      const to = later.get(item) ?? null;
      if (from === to) continue;
      const a = points(from);
      const b = points(to);
      const movement: Movement =
        a === null && b !== null
          ? 'newly-rated'
          : a !== null && b === null
            ? 'no-longer-rated'
            : (b ?? 0) > (a ?? 0)
              ? 'up'
              : (b ?? 0) < (a ?? 0)
                ? 'down'
                : 'same';
      changes.push({ item, from, to, movement });
    }
  }
  return changes;
}

/** A program counts as offered once it is at least being developed. */
export function isOffered(r: Rating | null | undefined): boolean {
  return r === 'developing' || r === 'in-place' || r === 'strong';
}

/** An approach or knowledge carries a program once it is in place. */
export function isInPlace(r: Rating | null | undefined): boolean {
  return r === 'in-place' || r === 'strong';
}

/**
 * The brief's own integration rules, which hold for every program: "Approaches should be sex
 * work-informed", and "the importance of having experiential knowledges in the design and delivery
 * of your programming" (Approaches, Knowledges, Programs "must be integrated together").
 */
export const BRIEF_RULES = [
  { id: 'sex-work-informed', need: 'approach.sex-work-informed' },
  { id: 'experiential-knowledges', need: 'knowledge.experiential-paid' },
] as const satisfies ReadonlyArray<{ id: string; need: NeedId }>;
export type BriefRuleId = (typeof BRIEF_RULES)[number]['id'];

/**
 * This app's suggestion (not the brief's) of what else each of the brief's programs needs to be more
 * than a box ticked. An agency changes it per program (the answer's `needs`); the brief's rules above
 * apply on top, so they are not repeated here.
 */
export const SUGGESTED_NEEDS: Record<ProgramId, readonly NeedId[]> = {
  'program.case-worker': ['approach.relational', 'knowledge.privacy-respecting-data'],
  'program.indigenous-healing': ['knowledge.indigenous', 'approach.indigenous-centric'],
  'program.mental-health-addictions': ['approach.harm-reduction', 'approach.trauma-informed'],
  'program.peer-outreach': ['approach.harm-reduction'],
  'program.safer-shelter': ['approach.harm-reduction', 'approach.trauma-informed'],
  'program.transitional-housing': ['approach.trauma-informed', 'approach.relational'],
  'program.long-term-housing': ['approach.relational', 'approach.harm-reduction'],
  'program.children-back': ['approach.trauma-informed', 'knowledge.culturally-sensitive-training'],
  'program.aging-out-youth': ['approach.relational', 'approach.2slgbtq-friendly'],
  'program.children-witnessed-violence': ['approach.trauma-informed', 'knowledge.decolonial-tvi-training'],
};

/**
 * This app's suggestion of which aspects of well-being each of the brief's programs serves (the brief
 * names the aspects, after the medicine wheel, not which program serves which). Only a starting point:
 * the agency tags its own programs (the answer's `aspects`).
 */
export const SUGGESTED_ASPECTS: Record<ProgramId, readonly Wellbeing[]> = {
  'program.case-worker': ['emotional', 'psychological'],
  'program.indigenous-healing': ['physical', 'emotional', 'psychological', 'spiritual'],
  'program.mental-health-addictions': ['psychological', 'physical'],
  'program.peer-outreach': ['emotional', 'physical'],
  'program.safer-shelter': ['physical'],
  'program.transitional-housing': ['physical', 'emotional'],
  'program.long-term-housing': ['physical'],
  'program.children-back': ['emotional', 'spiritual'],
  'program.aging-out-youth': ['emotional', 'physical'],
  'program.children-witnessed-violence': ['emotional', 'psychological', 'spiritual'],
};

/** Whose choice a program's needs or aspects are: the agency's, this app's suggestion, or nobody's yet. */
export type Source = 'agency' | 'suggested' | 'none';

type ProgramAnswer = Pick<Answer, 'needs' | 'aspects'> | undefined;

const suggestedFor = <T>(
  table: Record<ProgramId, readonly T[]>,
  program: AnyProgramId,
): readonly T[] | null =>
  (PROGRAMMING as readonly string[]).includes(program) ? table[program as ProgramId] : null;

function chosen<T>(
  own: readonly T[] | null | undefined,
  suggested: readonly T[] | null,
): { values: readonly T[]; source: Source } {
  if (own) return { values: own, source: 'agency' };
  // null or absent: the agency has not chosen (or went back to the suggestion).
  return suggested ? { values: suggested, source: 'suggested' } : { values: [], source: 'none' };
}

/** What a program needs beyond the brief's rules: the agency's choice, else this app's suggestion. */
export function needsOf(program: AnyProgramId, answer: ProgramAnswer) {
  return chosen(answer?.needs, suggestedFor(SUGGESTED_NEEDS, program));
}

/** Which aspects of well-being a program serves: the agency's tags, else this app's suggestion. */
export function aspectsOf(program: AnyProgramId, answer: ProgramAnswer) {
  return chosen(answer?.aspects, suggestedFor(SUGGESTED_ASPECTS, program));
}

export interface BriefFlag {
  rule: BriefRuleId;
  need: NeedId;
  /** Offered programs that this missing approach or knowledge does not carry. */
  programs: AnyProgramId[];
}

export interface ProgramFlag {
  program: AnyProgramId;
  missing: NeedId[];
  /** Whether the needs are the agency's own choice or this app's suggestion. */
  source: Source;
}

export interface IntegrationCheck {
  brief: BriefFlag[];
  programs: ProgramFlag[];
}

/**
 * Programs offered without the approaches and knowledges that must carry them: first the brief's
 * rules (one flag each, listing the programs), then each program's own needs (a need that a brief
 * rule already flagged is not repeated).
 */
export function integrationCheck(answers: readonly Answer[]): IntegrationCheck {
  const ratings = ratingsOf(answers);
  const byItem = new Map(answers.map((a) => [a.item_id, a]));
  const offered = offeredPrograms(ratings);
  const brief = offered.length === 0 ? [] : BRIEF_RULES.filter((r) => !isInPlace(ratings.get(r.need)));
  const flaggedByBrief = new Set<NeedId>(brief.map((r) => r.need));
  const programs = offered
    .map((program) => {
      const { values, source } = needsOf(program, byItem.get(program));
      const missing = values.filter((n) => !flaggedByBrief.has(n) && !isInPlace(ratings.get(n)));
      return { program, missing, source };
    })
    .filter((f) => f.missing.length > 0);
  return {
    brief: brief.map((r) => ({ rule: r.id, need: r.need, programs: offered })),
    programs,
  };
}

export interface WheelCoverage {
  aspect: Wellbeing;
  /** Offered programs that serve this aspect of well-being. */
  programs: AnyProgramId[];
}

/** For each aspect of well-being, the offered programs that serve it (as tagged, else suggested). */
export function wheelCoverage(answers: readonly Answer[]): WheelCoverage[] {
  const byItem = new Map(answers.map((a) => [a.item_id, a]));
  const offered = offeredPrograms(ratingsOf(answers));
  return WELLBEING.map((aspect) => ({
    aspect,
    programs: offered.filter((p) => aspectsOf(p, byItem.get(p)).values.includes(aspect)),
  }));
}

/** Programs offered (the brief's and the agency's own), in the section's order. */
export function offeredPrograms(ratings: Ratings): AnyProgramId[] {
  return itemsOf('programming', ratings.keys()).filter(
    (p): p is AnyProgramId => isProgram(p) && isOffered(ratings.get(p)),
  );
}

export function isOverdue(action: Pick<Action, 'due_on' | 'status'>, today: string): boolean {
  return action.status !== 'done' && action.due_on !== null && action.due_on < today;
}

/** Overdue at the instant `now`: due before Toronto's date, so an action due today is not overdue tonight. */
export function isOverdueAt(action: Pick<Action, 'due_on' | 'status'>, now: Date): boolean {
  return isOverdue(action, torontoDate(now));
}

/**
 * What an agency may share with its network: ratings and the programs it offers, never evidence,
 * next steps, actions or any other free text.
 */
export interface AssessmentSummary {
  agency: string;
  assessed_on: string;
  ratings: Partial<Record<ItemId, Rating>>;
  programs: ProgramId[];
  progress: Array<{ section: SectionId; answered: number; total: number; score: number | null }>;
}

export function assessmentSummary(assessment: Assessment, answers: readonly Answer[]): AssessmentSummary {
  // The agency's own items are its own words: they stay out of what is shared.
  const ratings = new Map([...ratingsOf(answers)].filter(([item]) => !isOwnItem(item)));
  const rated: Partial<Record<ItemId, Rating>> = {};
  for (const [item, rating] of ratings) if (rating !== null && !isOwnItem(item)) rated[item] = rating;
  return {
    agency: assessment.agency,
    assessed_on: assessment.assessed_on,
    ratings: rated,
    programs: offeredPrograms(ratings).filter((p): p is ProgramId => !isOwnItem(p)),
    progress: sectionProgress(ratings),
  };
}
