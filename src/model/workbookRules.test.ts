import { describe, expect, it } from 'vitest';
import * as z from 'zod/mini';
import { APPROACHES, KNOWLEDGES, PROGRAMMING, WELLBEING } from './taxonomy';
import {
  type Answer,
  type AnyItemId,
  answerId,
  answerSchema,
  BARRIERS,
  effectiveRating,
  ITEM_IDS,
  type ItemId,
  isOwnItem,
  type OwnItemId,
  PRINCIPLES,
  RATINGS,
  type Rating,
  ratingChoices,
  sectionOf,
  sharedSummarySchema,
} from './workbook';
import {
  aspectsOf,
  assessmentSummary,
  BRIEF_RULES,
  compareAssessments,
  integrationCheck,
  isOverdue,
  isOverdueAt,
  ratingsOf,
  SUGGESTED_ASPECTS,
  SUGGESTED_NEEDS,
  sectionProgress,
  wheelCoverage,
} from './workbookRules';

const R = (entries: Array<[AnyItemId, Rating | null]>) => new Map(entries);
const A = '0193a3c4-5b6d-7e8f-9a0b-1c2d3e4f5a6b';

describe('answer ids', () => {
  it('are valid UUIDs, the same on every device, different per item and per assessment', () => {
    const id = answerId(A, 'approach.relational');
    expect(z.uuid().safeParse(id).success).toBe(true);
    expect(answerId(A, 'approach.relational')).toBe(id);
    const all = new Set(ITEM_IDS.map((item) => answerId(A, item)));
    expect(all.size).toBe(ITEM_IDS.length);
    expect(answerId('0193a3c4-5b6d-7e8f-9a0b-1c2d3e4f5a6c', 'approach.relational')).not.toBe(id);
  });
});

describe('progress and scores', () => {
  it.each<[string, Array<[ItemId, Rating | null]>, { answered: number; score: number | null }]>([
    ['nothing rated', [], { answered: 0, score: null }],
    ['one strong', [['approach.relational', 'strong']], { answered: 1, score: 3 }],
    [
      'n/a counts as answered but not scored',
      [
        ['approach.relational', 'not-applicable'],
        ['approach.harm-reduction', 'developing'],
      ],
      { answered: 2, score: 1 },
    ],
    ['only n/a', [['approach.relational', 'not-applicable']], { answered: 1, score: null }],
    [
      'a cleared rating is not answered',
      [
        ['approach.relational', null],
        ['approach.harm-reduction', 'not-yet'],
      ],
      { answered: 1, score: 0 },
    ],
    [
      'mean of several',
      [
        ['approach.relational', 'strong'],
        ['approach.harm-reduction', 'in-place'],
        ['approach.sex-work-informed', 'not-yet'],
      ],
      { answered: 3, score: 5 / 3 },
    ],
  ])('approaches, %s', (_name, entries, expected) => {
    const approaches = sectionProgress(R(entries)).find((p) => p.section === 'approaches');
    expect(approaches).toMatchObject({ total: APPROACHES.length, ...expected });
  });

  it('covers every section with its item count', () => {
    expect(sectionProgress(new Map()).map((p) => [p.section, p.total])).toEqual([
      ['approaches', 8],
      ['knowledges', 5],
      ['programming', 10],
      ['principles', 7],
      ['barriers', 16],
    ]);
  });
});

describe('comparing two assessments', () => {
  it.each<[Rating | null, Rating | null, string | null]>([
    ['not-yet', 'developing', 'up'],
    ['strong', 'in-place', 'down'],
    [null, 'developing', 'newly-rated'],
    ['in-place', null, 'no-longer-rated'],
    ['not-applicable', 'strong', 'newly-rated'],
    ['strong', 'not-applicable', 'no-longer-rated'],
    ['in-place', 'in-place', null],
    [null, null, null],
  ])('%s → %s: %s', (from, to, movement) => {
    const changes = compareAssessments(
      R([['knowledge.indigenous', from]]),
      R([['knowledge.indigenous', to]]),
    );
    expect(changes[0]?.movement ?? null).toBe(movement);
  });
});

/** Answers from [item, rating, extra fields] rows, for the rules that read whole answers. */
function answersOf(rows: Array<[AnyItemId, Rating | null, Partial<Answer>?]>): Answer[] {
  return rows.map(([item_id, rating, extra]) => ({
    id: answerId(A, item_id),
    assessment_id: A,
    item_id,
    rating,
    evidence: '',
    next_step: '',
    last_modified: '2026-11-20T10:00:00.000Z',
    ...extra,
  }));
}

/** Both of the brief's rules met, so that a row tests only what it names. */
const BRIEF_MET: Array<[AnyItemId, Rating]> = [
  ['approach.sex-work-informed', 'in-place'],
  ['knowledge.experiential-paid', 'strong'],
];
const OWN_PROGRAM: OwnItemId = 'own.program.0193a3c4-5b6d-7e8f-9a0b-1c2d3e4f5a60';
const OWN_APPROACH: OwnItemId = 'own.approach.0193a3c4-5b6d-7e8f-9a0b-1c2d3e4f5a61';

describe('the integration check', () => {
  type Row = [
    string,
    Array<[AnyItemId, Rating | null, Partial<Answer>?]>,
    { brief: string[]; programs: Array<[string, string[], string]> },
  ];
  it.each<Row>([
    [
      'Indigenous healing without Indigenous knowledges (the app’s suggestion)',
      [...BRIEF_MET, ['program.indigenous-healing', 'in-place'], ['approach.indigenous-centric', 'strong']],
      { brief: [], programs: [['program.indigenous-healing', ['knowledge.indigenous'], 'suggested']] },
    ],
    [
      'Indigenous healing carried by both',
      [
        ...BRIEF_MET,
        ['program.indigenous-healing', 'strong'],
        ['approach.indigenous-centric', 'in-place'],
        ['knowledge.indigenous', 'strong'],
      ],
      { brief: [], programs: [] },
    ],
    [
      'the brief’s rules flag once, for every offered program, and are not repeated per program',
      [
        ['program.peer-outreach', 'developing'],
        ['program.safer-shelter', 'strong'],
        ['approach.harm-reduction', 'strong'],
        ['approach.trauma-informed', 'strong'],
        ['approach.sex-work-informed', 'developing'],
      ],
      { brief: ['sex-work-informed', 'experiential-knowledges'], programs: [] },
    ],
    [
      'the agency’s own needs replace the suggestion',
      [
        ...BRIEF_MET,
        ['program.safer-shelter', 'strong', { needs: ['approach.feminist-intersectional'] }],
        ['approach.harm-reduction', 'not-yet'],
      ],
      { brief: [], programs: [['program.safer-shelter', ['approach.feminist-intersectional'], 'agency']] },
    ],
    [
      'needs set to none: only the brief’s rules hold',
      [...BRIEF_MET, ['program.safer-shelter', 'strong', { needs: [] }]],
      { brief: [], programs: [] },
    ],
    [
      'needs back to the suggestion (null)',
      [
        ...BRIEF_MET,
        ['program.safer-shelter', 'strong', { needs: null }],
        ['approach.trauma-informed', 'strong'],
      ],
      { brief: [], programs: [['program.safer-shelter', ['approach.harm-reduction'], 'suggested']] },
    ],
    [
      'an own program needing an own approach',
      [
        ...BRIEF_MET,
        [OWN_PROGRAM, 'in-place', { label: 'Land-based retreat', needs: [OWN_APPROACH] }],
        [OWN_APPROACH, 'developing', { label: 'Two-eyed seeing' }],
      ],
      { brief: [], programs: [[OWN_PROGRAM, [OWN_APPROACH], 'agency']] },
    ],
    [
      'an own program with no needs chosen is held to the brief’s rules only',
      [[OWN_PROGRAM, 'strong', { label: 'Drop-in' }]],
      { brief: ['sex-work-informed', 'experiential-knowledges'], programs: [] },
    ],
    [
      'a program not offered is never flagged',
      [['program.safer-shelter', 'not-yet']],
      { brief: [], programs: [] },
    ],
    [
      'a program rated n/a is never flagged',
      [['program.safer-shelter', 'not-applicable']],
      { brief: [], programs: [] },
    ],
  ])('%s', (_name, rows, expected) => {
    const check = integrationCheck(answersOf(rows));
    expect(check.brief.map((f) => f.rule)).toEqual(expected.brief);
    expect(check.programs.map((f) => [f.program, f.missing, f.source])).toEqual(expected.programs);
  });

  it('lists the programs a missing brief rule leaves uncarried', () => {
    const check = integrationCheck(
      answersOf([
        ['program.safer-shelter', 'strong'],
        [OWN_PROGRAM, 'developing', { label: 'Drop-in' }],
        ['knowledge.experiential-paid', 'in-place'],
      ]),
    );
    expect(check.brief).toEqual([
      {
        rule: 'sex-work-informed',
        need: 'approach.sex-work-informed',
        programs: ['program.safer-shelter', OWN_PROGRAM],
      },
    ]);
  });

  it('the brief’s rules name an approach and a knowledge; the suggestions cover every program and leave them out', () => {
    expect(BRIEF_RULES.map((r) => r.need)).toEqual([
      'approach.sex-work-informed',
      'knowledge.experiential-paid',
    ]);
    expect(Object.keys(SUGGESTED_NEEDS).sort()).toEqual([...PROGRAMMING].sort());
    for (const needs of Object.values(SUGGESTED_NEEDS)) {
      for (const need of needs) {
        expect([...APPROACHES, ...KNOWLEDGES] as string[]).toContain(need);
        expect(BRIEF_RULES.map((r) => r.need as string)).not.toContain(need);
      }
    }
  });
});

describe('the medicine wheel', () => {
  it.each<[string, Array<[AnyItemId, Rating | null, Partial<Answer>?]>, Record<string, number>]>([
    [
      'the app’s suggestion when the agency has not tagged',
      [
        ['program.safer-shelter', 'strong'],
        ['program.case-worker', 'developing'],
      ],
      { physical: 1, emotional: 1, psychological: 1, spiritual: 0 },
    ],
    [
      'the agency’s tags replace the suggestion',
      [['program.safer-shelter', 'strong', { aspects: ['spiritual', 'emotional'] }]],
      { physical: 0, emotional: 1, psychological: 0, spiritual: 1 },
    ],
    [
      'tagged with none counts nowhere',
      [['program.safer-shelter', 'strong', { aspects: [] }]],
      { physical: 0, emotional: 0, psychological: 0, spiritual: 0 },
    ],
    [
      'an own program counts where it is tagged, and nowhere until then',
      [
        [OWN_PROGRAM, 'in-place', { label: 'Land-based retreat', aspects: ['spiritual'] }],
        ['own.program.0193a3c4-5b6d-7e8f-9a0b-1c2d3e4f5a62', 'in-place', { label: 'Untagged' }],
      ],
      { physical: 0, emotional: 0, psychological: 0, spiritual: 1 },
    ],
    [
      'a program not offered counts nowhere',
      [['program.safer-shelter', 'not-yet']],
      {
        physical: 0,
        emotional: 0,
        psychological: 0,
        spiritual: 0,
      },
    ],
  ])('%s', (_name, rows, expected) => {
    const coverage = wheelCoverage(answersOf(rows));
    expect(Object.fromEntries(coverage.map((c) => [c.aspect, c.programs.length]))).toEqual(expected);
  });

  it('aspectsOf says whose choice it is', () => {
    expect(aspectsOf('program.safer-shelter', undefined)).toEqual({
      values: ['physical'],
      source: 'suggested',
    });
    expect(aspectsOf('program.safer-shelter', { aspects: ['emotional'] }).source).toBe('agency');
    expect(aspectsOf('program.safer-shelter', { aspects: null }).source).toBe('suggested');
    expect(aspectsOf(OWN_PROGRAM, undefined)).toEqual({ values: [], source: 'none' });
  });

  it('suggests at least one aspect for every program, and uses every aspect', () => {
    for (const p of PROGRAMMING) expect(SUGGESTED_ASPECTS[p].length).toBeGreaterThan(0);
    expect(new Set(Object.values(SUGGESTED_ASPECTS).flat())).toEqual(new Set(WELLBEING));
  });
});

describe('the agency’s own items', () => {
  it.each<[string, boolean]>([
    [OWN_PROGRAM, true],
    [OWN_APPROACH, true],
    ['own.knowledge.0193a3c4-5b6d-7e8f-9a0b-1c2d3e4f5a63', true],
    ['own.principle.0193a3c4-5b6d-7e8f-9a0b-1c2d3e4f5a63', false],
    ['own.barrier.0193a3c4-5b6d-7e8f-9a0b-1c2d3e4f5a63', false],
    ['own.program.not-a-uuid', false],
    ['own.program.0193A3C4-5B6D-7E8F-9A0B-1C2D3E4F5A63', false],
    ['approach.made-up', false],
  ])('%s is an own item: %s', (item, own) => {
    expect(isOwnItem(item)).toBe(own);
    const parsed = answerSchema.safeParse({
      ...answersOf([['approach.relational', null]])[0],
      item_id: item,
    });
    expect(parsed.success).toBe(own);
  });

  it('belong to their section, count in its progress, and compare across assessments', () => {
    expect(sectionOf(OWN_PROGRAM)).toBe('programming');
    expect(sectionOf(OWN_APPROACH)).toBe('approaches');
    const ratings = ratingsOf(answersOf([[OWN_PROGRAM, 'strong', { label: 'Drop-in' }]]));
    const programming = sectionProgress(ratings).find((p) => p.section === 'programming');
    expect(programming).toMatchObject({ answered: 1, total: PROGRAMMING.length + 1, score: 3 });
    expect(compareAssessments(R([[OWN_PROGRAM, 'developing']]), ratings)).toEqual([
      { item: OWN_PROGRAM, from: 'developing', to: 'strong', movement: 'up' },
    ]);
  });

  it('stay out of the shareable summary: their names are the agency’s own words', () => {
    const summary = assessmentSummary(
      { id: A, agency: 'Birchlight', assessed_on: '2026-11-20', last_modified: '2026-11-20T10:00:00.000Z' },
      answersOf([
        [OWN_PROGRAM, 'strong', { label: 'SECRET program name' }],
        ['program.safer-shelter', 'developing'],
      ]),
    );
    expect(summary.programs).toEqual(['program.safer-shelter']);
    expect(Object.keys(summary.ratings)).toEqual(['program.safer-shelter']);
    expect(summary.progress.find((p) => p.section === 'programming')?.total).toBe(PROGRAMMING.length);
    expect(JSON.stringify(summary)).not.toContain('SECRET');
    expect(
      sharedSummarySchema.safeParse({
        ...summary,
        id: A,
        assessment_id: A,
        shared_at: '2026-11-20T10:00:00.000Z',
        last_modified: '2026-11-20T10:00:00.000Z',
      }).success,
    ).toBe(true);
  });

  it('a program’s needs may name only approaches and knowledges', () => {
    const base = answersOf([['program.safer-shelter', 'strong']])[0];
    expect(answerSchema.safeParse({ ...base, needs: ['approach.relational', OWN_APPROACH] }).success).toBe(
      true,
    );
    expect(answerSchema.safeParse({ ...base, needs: ['program.case-worker'] }).success).toBe(false);
    expect(answerSchema.safeParse({ ...base, needs: ['barrier.id'] }).success).toBe(false);
    expect(answerSchema.safeParse({ ...base, aspects: ['east'] }).success).toBe(false);
    expect(answerSchema.safeParse({ ...base, aspects: null, needs: null }).success).toBe(true);
  });
});

describe('actions', () => {
  it.each<[string | null, 'todo' | 'doing' | 'done', boolean]>([
    ['2026-11-01', 'todo', true],
    ['2026-11-01', 'doing', true],
    ['2026-11-01', 'done', false],
    ['2026-11-28', 'todo', false],
    ['2026-12-01', 'todo', false],
    [null, 'todo', false],
  ])('due %s, %s → overdue %s (today 2026-11-28)', (due_on, status, overdue) => {
    expect(isOverdue({ due_on, status }, '2026-11-28')).toBe(overdue);
  });

  it.each<[string, 'todo' | 'done', string, boolean]>([
    ['2026-11-28', 'todo', '2026-11-28T17:00:00Z', false],
    ['2026-11-28', 'todo', '2026-11-29T02:00:00Z', false], // 21:00 in Toronto, the 29th in UTC
    ['2026-11-28', 'todo', '2026-11-29T04:59:00Z', false],
    ['2026-11-28', 'todo', '2026-11-29T05:00:00Z', true], // midnight in Toronto
    ['2026-11-28', 'done', '2026-12-15T12:00:00Z', false],
    ['2026-11-01', 'todo', '2026-11-02T04:30:00Z', false], // 23:30 EST, the day daylight saving ends
    ['2026-11-01', 'todo', '2026-11-02T05:00:00Z', true],
    ['2026-03-08', 'todo', '2026-03-09T03:30:00Z', false], // 23:30 EDT, the day daylight saving starts
    ['2026-03-08', 'todo', '2026-03-09T04:00:00Z', true],
    ['2026-06-30', 'todo', '2026-07-01T03:59:00Z', false],
    ['2026-06-30', 'todo', '2026-07-01T04:00:00Z', true],
  ])('due %s, %s, at %s → overdue %s (Toronto’s date, not UTC)', (due_on, status, at, overdue) => {
    expect(isOverdueAt({ due_on, status }, new Date(at))).toBe(overdue);
  });
});

describe('the shareable summary', () => {
  it('has ratings and programs, never evidence, next steps or other free text', () => {
    const answers: Answer[] = [
      {
        id: answerId(A, 'program.safer-shelter'),
        assessment_id: A,
        item_id: 'program.safer-shelter',
        rating: 'strong',
        evidence: 'SECRET evidence about Jane',
        next_step: 'SECRET call the funder',
        last_modified: '2026-11-20T10:00:00.000Z',
      },
      {
        id: answerId(A, 'approach.relational'),
        assessment_id: A,
        item_id: 'approach.relational',
        rating: null,
        evidence: 'SECRET draft',
        next_step: '',
        last_modified: '2026-11-20T10:00:00.000Z',
      },
    ];
    for (const a of answers) expect(answerSchema.safeParse(a).success).toBe(true);
    const summary = assessmentSummary(
      { id: A, agency: 'Birchlight', assessed_on: '2026-11-20', last_modified: '2026-11-20T10:00:00.000Z' },
      answers,
    );
    expect(summary.ratings).toEqual({ 'program.safer-shelter': 'strong' });
    expect(summary.programs).toEqual(['program.safer-shelter']);
    expect(JSON.stringify(summary)).not.toContain('SECRET');
  });
});

describe('principles always apply', () => {
  it.each(PRINCIPLES)('%s offers no "not applicable"', (item) => {
    expect(ratingChoices(item)).not.toContain('not-applicable');
    expect(ratingChoices(item)).toEqual(['not-yet', 'developing', 'in-place', 'strong']);
  });

  it.each(ITEM_IDS.filter((i) => !i.startsWith('principle.')))('%s still offers every rating', (item) => {
    expect(ratingChoices(item)).toEqual(RATINGS);
  });

  it.each<[ItemId, Rating | null, Rating | null]>([
    ['principle.relational', 'not-applicable', null],
    ['principle.relational', 'strong', 'strong'],
    ['principle.relational', null, null],
    ['barrier.sobriety', 'not-applicable', 'not-applicable'],
    ['approach.relational', 'not-applicable', 'not-applicable'],
  ])('%s stored as %s counts as %s', (item, stored, counted) => {
    expect(effectiveRating(item, stored)).toBe(counted);
  });

  it('a stored principle "not applicable" is unrated in progress, comparisons and the summary', () => {
    const answer = (item_id: ItemId, rating: Rating) => ({
      id: '00000000-0000-4000-8000-000000000001',
      assessment_id: '00000000-0000-4000-8000-000000000002',
      item_id,
      rating,
      evidence: '',
      next_step: '',
      last_modified: '2026-11-20T10:00:00.000Z',
    });
    const ratings = ratingsOf([
      answer('principle.relational', 'not-applicable'),
      answer('barrier.id', 'strong'),
    ]);
    expect(ratings.get('principle.relational')).toBeNull();
    expect(sectionProgress(ratings).find((p) => p.section === 'principles')?.answered).toBe(0);
    const summary = assessmentSummary(
      {
        id: '00000000-0000-4000-8000-000000000002',
        agency: 'Cedar Path',
        assessed_on: '2026-11-20',
        last_modified: '2026-11-20T10:00:00.000Z',
      },
      [answer('principle.relational', 'not-applicable'), answer('barrier.id', 'strong')],
    );
    expect(summary.ratings).toEqual({ 'barrier.id': 'strong' });
  });
});

describe('barriers', () => {
  it('keep every id that answers may hold, and add the brief’s missing ones', () => {
    expect(BARRIERS.slice(0, 9)).toEqual([
      'barrier.sobriety',
      'barrier.id',
      'barrier.waitlists',
      'barrier.limited-access-periods',
      'barrier.hours',
      'barrier.language',
      'barrier.distance-travel',
      'barrier.small-community-confidentiality',
      'barrier.identify-trafficked-or-police',
    ]);
    expect(BARRIERS).toEqual(
      expect.arrayContaining(['barrier.involve-police', 'barrier.racism', 'barrier.stigma-shame']),
    );
    expect(new Set(ITEM_IDS).size).toBe(ITEM_IDS.length);
  });
});
