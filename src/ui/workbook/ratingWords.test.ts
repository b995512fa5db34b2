// A barrier's rating reads as how well the agency removes it, in print, the CSV and the summary;
// other items read on the plain scale.
import { describe, expect, it } from 'vitest';
import { translator } from '../../i18n';
import { en } from '../../i18n/en';
import { fr } from '../../i18n/fr';
import type { WorkbookKey } from '../../i18n/workbook';
import { workbookEn } from '../../i18n/workbook/en';
import { workbookFr } from '../../i18n/workbook/fr';
import { type Answer, type Assessment, BARRIERS, type ItemId, type Rating } from '../../model/workbook';
import { assessmentCsvRows, ratingLine, ratingWords, readableSummary } from './ratingWords';

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
const answer = (item_id: ItemId, rating: Rating | null): Answer => ({
  id: '00000000-0000-4000-8000-000000000001',
  assessment_id: ASSESSMENT.id,
  item_id,
  rating,
  evidence: '',
  next_step: '',
  last_modified: '2026-11-20T10:00:00.000Z',
});

describe('rating words', () => {
  it.each<[ItemId, Rating | null, string, string]>([
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
    expect(ratingLine('barrier.sobriety', 'strong', t, tw)).toBe('Sobriety rules — removed well');
    expect(ratingLine('barrier.sobriety', 'strong', tFr, twFr)).toBe(
      'Exigences de sobriété — obstacle bien levé',
    );
    expect(ratingLine('approach.relational', 'in-place', t, tw)).toBe('Relational — in place');
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
      'rating',
      'rating_words',
      'evidence',
      'next_step',
    ]);
    const row = (item: string) => rows.find((r) => r[1] === item);
    expect(row('barrier.sobriety')?.slice(0, 5)).toEqual([
      'barriers',
      'barrier.sobriety',
      'Sobriety rules',
      'strong',
      'Removed well',
    ]);
    expect(row('approach.relational')?.slice(3, 5)).toEqual(['developing', 'Developing']);
    expect(row('principle.relational')?.slice(3, 5)).toEqual([null, 'Not rated']);
    expect(row('barrier.involve-police')?.slice(2, 5)).toEqual([
      'Having to involve police',
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
