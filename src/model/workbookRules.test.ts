import { describe, expect, it } from 'vitest';
import * as z from 'zod/mini';
import { APPROACHES, KNOWLEDGES, PROGRAMMING, WELLBEING } from './taxonomy';
import {
  type Answer,
  answerId,
  answerSchema,
  BARRIERS,
  effectiveRating,
  ITEM_IDS,
  type ItemId,
  PRINCIPLES,
  RATINGS,
  type Rating,
  ratingChoices,
} from './workbook';
import {
  assessmentSummary,
  compareAssessments,
  INTEGRATION_RULES,
  integrationFlags,
  isOverdue,
  isOverdueAt,
  PROGRAM_WELLBEING,
  ratingsOf,
  sectionProgress,
  wheelCoverage,
} from './workbookRules';

const R = (entries: Array<[ItemId, Rating | null]>) => new Map(entries);
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

describe('the integration check', () => {
  it.each<[string, Array<[ItemId, Rating]>, Array<[string, string[]]>]>([
    [
      'Indigenous healing without Indigenous knowledges',
      [
        ['program.indigenous-healing', 'in-place'],
        ['approach.indigenous-centric', 'strong'],
      ],
      [['program.indigenous-healing', ['knowledge.indigenous']]],
    ],
    [
      'Indigenous healing carried by both',
      [
        ['program.indigenous-healing', 'strong'],
        ['approach.indigenous-centric', 'in-place'],
        ['knowledge.indigenous', 'strong'],
      ],
      [],
    ],
    [
      'peer outreach without paid experiential knowledges',
      [
        ['program.peer-outreach', 'developing'],
        ['approach.harm-reduction', 'strong'],
        ['approach.sex-work-informed', 'in-place'],
        ['knowledge.experiential-paid', 'developing'],
      ],
      [['program.peer-outreach', ['knowledge.experiential-paid']]],
    ],
    [
      'shelter without harm reduction',
      [
        ['program.safer-shelter', 'strong'],
        ['approach.trauma-informed', 'strong'],
        ['approach.harm-reduction', 'not-yet'],
      ],
      [['program.safer-shelter', ['approach.harm-reduction']]],
    ],
    ['a program not offered is never flagged', [['program.safer-shelter', 'not-yet']], []],
    ['a program rated n/a is never flagged', [['program.safer-shelter', 'not-applicable']], []],
  ])('%s', (_name, entries, expected) => {
    expect(integrationFlags(R(entries)).map((f) => [f.program, f.missing])).toEqual(expected);
  });

  it('has a rule for every program, naming only approaches and knowledges', () => {
    expect(Object.keys(INTEGRATION_RULES).sort()).toEqual([...PROGRAMMING].sort());
    for (const needs of Object.values(INTEGRATION_RULES)) {
      for (const need of needs) expect([...APPROACHES, ...KNOWLEDGES] as string[]).toContain(need);
    }
  });
});

describe('the medicine wheel', () => {
  it('shows which directions the offered programs cover', () => {
    const coverage = wheelCoverage(['program.safer-shelter', 'program.case-worker']);
    expect(coverage.map((c) => [c.direction, c.programs.length])).toEqual([
      ['physical', 1],
      ['emotional', 1],
      ['psychological', 1],
      ['spiritual', 0],
    ]);
  });

  it('maps every program to at least one direction', () => {
    for (const p of PROGRAMMING) expect(PROGRAM_WELLBEING[p].length).toBeGreaterThan(0);
    expect(new Set(Object.values(PROGRAM_WELLBEING).flat())).toEqual(new Set(WELLBEING));
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
