// Pure workbook logic: progress, scores, comparing two assessments, the integration check the brief
// asks for, medicine-wheel coverage, overdue actions, and the summary an agency may share. The rules
// are data, tested by tables.
import { torontoDate } from './schedule';
import type { ApproachId, KnowledgeId, ProgramId, Wellbeing } from './taxonomy';
import { WELLBEING } from './taxonomy';
import {
  type Action,
  type Answer,
  type Assessment,
  effectiveRating,
  type ItemId,
  RATING_POINTS,
  type Rating,
  SECTION_IDS,
  type SectionId,
  WORKBOOK_SECTIONS,
} from './workbook';

export type Ratings = ReadonlyMap<ItemId, Rating | null>;

/** Each item's rating as it counts today (see effectiveRating). */
export function ratingsOf(answers: readonly Answer[]): Map<ItemId, Rating | null> {
  return new Map(answers.map((a) => [a.item_id, effectiveRating(a.item_id, a.rating)]));
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
    const items = WORKBOOK_SECTIONS[section] as readonly ItemId[];
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
  item: ItemId;
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
    for (const item of WORKBOOK_SECTIONS[section] as readonly ItemId[]) {
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
 * What each program needs to be more than a box ticked (the brief: programs must embody the right
 * approaches and draw on the right knowledges).
 */
export const INTEGRATION_RULES: Record<ProgramId, ReadonlyArray<ApproachId | KnowledgeId>> = {
  'program.case-worker': ['approach.relational', 'knowledge.privacy-respecting-data'],
  'program.indigenous-healing': ['knowledge.indigenous', 'approach.indigenous-centric'],
  'program.mental-health-addictions': ['approach.harm-reduction', 'approach.trauma-informed'],
  'program.peer-outreach': [
    'knowledge.experiential-paid',
    'approach.harm-reduction',
    'approach.sex-work-informed',
  ],
  'program.safer-shelter': ['approach.harm-reduction', 'approach.trauma-informed'],
  'program.transitional-housing': ['approach.trauma-informed', 'approach.relational'],
  'program.long-term-housing': ['approach.relational', 'approach.harm-reduction'],
  'program.children-back': ['approach.trauma-informed', 'knowledge.culturally-sensitive-training'],
  'program.aging-out-youth': ['approach.relational', 'approach.2slgbtq-friendly'],
  'program.children-witnessed-violence': ['approach.trauma-informed', 'knowledge.decolonial-tvi-training'],
};

export interface IntegrationFlag {
  program: ProgramId;
  missing: Array<ApproachId | KnowledgeId>;
}

export function integrationFlags(ratings: Ratings): IntegrationFlag[] {
  return (Object.keys(INTEGRATION_RULES) as ProgramId[])
    .filter((program) => isOffered(ratings.get(program)))
    .map((program) => ({
      program,
      missing: INTEGRATION_RULES[program].filter((need) => !isInPlace(ratings.get(need))),
    }))
    .filter((flag) => flag.missing.length > 0);
}

/** Which directions of the medicine wheel each program supports. */
export const PROGRAM_WELLBEING: Record<ProgramId, readonly Wellbeing[]> = {
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

export interface WheelCoverage {
  direction: Wellbeing;
  /** Offered programs that support this direction. */
  programs: ProgramId[];
}

export function wheelCoverage(offered: readonly ProgramId[]): WheelCoverage[] {
  return WELLBEING.map((direction) => ({
    direction,
    programs: offered.filter((p) => PROGRAM_WELLBEING[p].includes(direction)),
  }));
}

export function offeredPrograms(ratings: Ratings): ProgramId[] {
  return (WORKBOOK_SECTIONS.programming as readonly ProgramId[]).filter((p) => isOffered(ratings.get(p)));
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
  const ratings = ratingsOf(answers);
  const rated: Partial<Record<ItemId, Rating>> = {};
  for (const [item, rating] of ratings) if (rating !== null) rated[item] = rating;
  return {
    agency: assessment.agency,
    assessed_on: assessment.assessed_on,
    ratings: rated,
    programs: offeredPrograms(ratings),
    progress: sectionProgress(ratings),
  };
}
