// A barrier's rating reads as how well the agency removes it, in print, the CSV and the summary;
// other items read on the plain scale.
import { describe, expect, it } from 'vitest';
import { translator } from '../../i18n';
import { en } from '../../i18n/en';
import { fr } from '../../i18n/fr';
import type { WorkbookKey } from '../../i18n/workbook';
import { workbookEn } from '../../i18n/workbook/en';
import { workbookFr } from '../../i18n/workbook/fr';
import {
  type Answer,
  type AnyItemId,
  type Assessment,
  BARRIERS,
  type OwnItemId,
  type Rating,
} from '../../model/workbook';
import { assessmentCsvRows, labeler, ratingLine, ratingWords, readableSummary } from './ratingWords';

const t = translator(en);
const tw = translator<WorkbookKey>(workbookEn);
const tFr = translator(fr);
const twFr = translator<WorkbookKey>(workbookFr);

const ASSESSMENT: Assessment = {
  id: '00000000-0000-4000-8000-000000000002',
  agency: 'Cedar Path',
  assessed_on: '2026-11-20',
  last_modified: '2026-11-20T10:00:00.000Z',
};
const answer = (item_id: AnyItemId, rating: Rating | null, extra: Partial<Answer> = {}): Answer => ({
  id: '00000000-0000-4000-8000-000000000001',
  assessment_id: ASSESSMENT.id,
  item_id,
  rating,
  evidence: '',
  next_step: '',
  last_modified: '2026-11-20T10:00:00.000Z',
  ...extra,
});

describe('rating words', () => {
  it.each<[AnyItemId, Rating | null, string, string]>([
    ['barrier.sobriety', 'strong', 'Removed well', 'Obstacle bien levé'],
    ['barrier.sobriety', 'in-place', 'Removed', 'Obstacle levé'],
    ['barrier.id', 'developing', 'Partly removed', 'Obstacle en partie levé'],
    ['barrier.racism', 'not-yet', 'Not yet removed', 'Obstacle pas encore levé'],
    ['barrier.hours', 'not-applicable', 'Not applicable', 'Sans objet'],
    ['barrier.hours', null, 'Not rated', 'Non évalué'],
    ['approach.relational', 'strong', 'Strong', 'Solide'],
    ['principle.relational', 'not-yet', 'Not yet', 'Pas encore'],
  ])('%s rated %s reads “%s” (“%s”)', (item, rating, english, french) => {
    expect(ratingWords(item, rating, tw)).toBe(english);
    expect(ratingWords(item, rating, twFr)).toBe(french);
  });

  it.each(BARRIERS)('%s never reads as the barrier’s strength', (item) => {
    for (const r of ['developing', 'in-place', 'strong'] as const) {
      expect(ratingWords(item, r, tw)).toMatch(/removed/i);
      expect(ratingWords(item, r, twFr)).toMatch(/levé/i);
    }
  });

  it('one line per item: “Sobriety rules — removed well”', () => {
    const label = labeler([], t, tw);
    expect(ratingLine('barrier.sobriety', 'strong', label, tw)).toBe('Sobriety rules — removed well');
    expect(ratingLine('barrier.sobriety', 'strong', labeler([], tFr, twFr), twFr)).toBe(
      'Exigences de sobriété — obstacle bien levé',
    );
    expect(ratingLine('approach.relational', 'in-place', label, tw)).toBe('Relational — in place');
  });
});

describe('the CSV', () => {
  it('has the rating as stored and in words; barriers read as removal; a principle’s old n/a is unrated', () => {
    const rows = assessmentCsvRows(
      [
        answer('barrier.sobriety', 'strong'),
        answer('approach.relational', 'developing'),
        answer('principle.relational', 'not-applicable'),
      ],
      t,
      tw,
    );
    expect(rows[0]).toEqual([
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
    ]);
    const row = (item: string) => rows.find((r) => r[1] === item);
    expect(row('barrier.sobriety')?.slice(0, 6)).toEqual([
      'barriers',
      'barrier.sobriety',
      'Sobriety rules',
      'no',
      'strong',
      'Removed well',
    ]);
    expect(row('approach.relational')?.slice(4, 6)).toEqual(['developing', 'Developing']);
    expect(row('principle.relational')?.slice(4, 6)).toEqual([null, 'Not rated']);
    expect(row('barrier.involve-police')?.slice(2, 6)).toEqual([
      'Having to involve police',
      'no',
      null,
      'Not rated',
    ]);
  });
});

describe('the exported summary', () => {
  it('says each rated item in words, barriers as removal, and leaves out a principle’s old n/a', () => {
    const summary = readableSummary(
      ASSESSMENT,
      [
        answer('barrier.sobriety', 'strong'),
        answer('approach.relational', 'in-place'),
        answer('principle.relational', 'not-applicable'),
      ],
      t,
      tw,
    );
    expect(summary.rated).toEqual(['Relational — in place', 'Sobriety rules — removed well']);
    expect(summary.ratings).toEqual({ 'barrier.sobriety': 'strong', 'approach.relational': 'in-place' });
  });
});

describe('the agency’s own items in the CSV', () => {
  const OWN: OwnItemId = 'own.program.0193a3c4-5b6d-7e8f-9a0b-1c2d3e4f5a60';
  it('are listed in their section by name, marked, with whose choice the aspects and needs are', () => {
    const rows = assessmentCsvRows(
      [
        answer(OWN, 'in-place', { label: 'Land-based retreat', aspects: ['spiritual'] }),
        answer('program.safer-shelter', 'strong', { needs: ['approach.relational'] }),
      ],
      t,
      tw,
    );
    const row = (item: string) => rows.find((r) => r[1] === item);
    expect(row(OWN)).toEqual([
      'programming',
      OWN,
      'Land-based retreat',
      'yes',
      'in-place',
      'In place',
      '',
      '',
      'spiritual',
      'agency',
      '',
      'none',
    ]);
    expect(row('program.safer-shelter')?.slice(8)).toEqual([
      'physical',
      'suggested',
      'approach.relational',
      'agency',
    ]);
    // After the brief's programs, in the programming section.
    const programming = rows.filter((r) => r[0] === 'programming').map((r) => r[1]);
    expect(programming.at(-1)).toBe(OWN);
  });
});
