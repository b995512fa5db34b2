import { describe, expect, it } from 'vitest';
import { addMonths, isStaleEvent, monthsToPublish, statsEventsOf, torontoMonth } from './referralStats';

const ID = '7e000000-0000-4000-8000-00000000007e';

describe('what a receiving device counts', () => {
  it.each([
    // Toronto's month, not UTC's: 04:30 UTC on 1 December is still 30 November in Toronto.
    ['2026-12-01T04:30:00Z', '2026-11'],
    ['2026-12-01T05:30:00Z', '2026-12'],
    ['2027-01-01T04:59:59Z', '2026-12'],
    ['2026-07-01T03:59:59Z', '2026-06'],
  ])('%s falls in %s', (at, month) => {
    expect(torontoMonth(new Date(at))).toBe(month);
  });

  it.each([
    ['2026-11', 1, '2026-12'],
    ['2026-12', 1, '2027-01'],
    ['2027-01', -1, '2026-12'],
    ['2026-11', -13, '2025-10'],
    ['2026-01', -24, '2024-01'],
  ])('%s moved by %i is %s', (month, by, expected) => {
    expect(addMonths(month, by)).toBe(expected);
  });

  it('counts needs in the month sent and a turn-away in the month of the decline, under keys that replace', () => {
    const events = statsEventsOf({
      id: ID,
      createdAt: '2026-11-30T23:00:00Z',
      needs: ['program.safer-shelter', 'program.safer-shelter', 'program.case-worker'],
      community: 'timmins',
      turnAway: { at: '2026-12-02T15:00:00Z', reason: 'turnaway.full' },
    });
    expect(events).toEqual([
      [
        `${ID}/needs`,
        {
          community: 'timmins',
          month: '2026-11',
          needs: ['program.safer-shelter', 'program.case-worker'],
          turnAway: null,
        },
      ],
      [`${ID}/turn-away`, { community: 'timmins', month: '2026-12', needs: [], turnAway: 'turnaway.full' }],
    ]);
  });

  it('counts nothing for a service with no community', () => {
    expect(
      statsEventsOf({
        id: ID,
        createdAt: '2026-11-30T23:00:00Z',
        needs: [],
        community: null,
        turnAway: null,
      }),
    ).toEqual([]);
  });
});

describe('when a month is published', () => {
  const months = ['2025-09', '2025-10', '2026-10', '2026-11', '2026-12'];
  it.each([
    // November is due once a week of December has passed in Toronto.
    ['2026-12-07T12:00:00Z', [], ['2026-10']],
    ['2026-12-08T04:59:00Z', [], ['2026-10']],
    ['2026-12-08T05:00:00Z', [], ['2026-10', '2026-11']],
    ['2026-12-08T05:00:00Z', ['2026-10', '2025-10'], ['2026-11']],
    // Thirteen months back at most: from November, October of last year is still due; from December, not.
    ['2026-11-15T12:00:00Z', [], ['2025-10', '2026-10']],
    ['2027-01-08T12:00:00Z', ['2026-11'], ['2026-10', '2026-12']],
  ])('at %s with %j published: %j', (now, published, due) => {
    expect(monthsToPublish(months, published, new Date(now))).toEqual(due);
  });

  it('drops events older than the months kept', () => {
    const event = (month: string) => ({ community: 'timmins', month, needs: [], turnAway: null });
    const now = new Date('2026-12-15T12:00:00Z');
    expect(isStaleEvent(event('2025-11'), now)).toBe(false);
    expect(isStaleEvent(event('2025-10'), now)).toBe(true);
  });
});
