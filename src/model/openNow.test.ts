import { describe, expect, it } from 'vitest';
import { scheduleRule } from '../../tests/fixtures/records';
import { openStatus, weekMinute } from './openNow';
import type { Schedule } from './schedule';

const rule = scheduleRule;

const OFFICE = [rule('MO,TU,WE,TH,FR', '09:00', '17:00')];
const OVERNIGHT = [rule('FR,SA', '20:00', '02:00')];
const ALWAYS = [rule('MO,TU,WE,TH,FR,SA,SU', '00:00', '24:00')];
const SUNDAY_NIGHT = [rule('SU', '22:00', '06:00')];
const BACK_TO_BACK = [rule('MO', '09:00', '24:00'), rule('TU', '00:00', '03:00')];

// Instants are UTC; Toronto is UTC−5 in winter (EST) and UTC−4 in summer (EDT).
// 2026: daylight saving starts Sunday 8 March 02:00 EST, ends Sunday 1 November 02:00 EDT.
describe('openStatus', () => {
  it.each<[string, Schedule[], string, string, string | null]>([
    ['office, Tuesday 10:00 EST', OFFICE, '2026-01-13T15:00:00Z', 'open', 'TU 17:00'],
    ['office, Tuesday 16:59 EST', OFFICE, '2026-01-13T21:59:00Z', 'open', 'TU 17:00'],
    ['office, Tuesday 17:00 EST (closing minute)', OFFICE, '2026-01-13T22:00:00Z', 'closed', 'WE 09:00'],
    ['office, Tuesday 08:59 EDT', OFFICE, '2026-06-16T12:59:00Z', 'closed', 'TU 09:00'],
    ['office, Saturday', OFFICE, '2026-06-20T15:00:00Z', 'closed', 'MO 09:00'],
    ['office, the same UTC hour is 10:00 in summer', OFFICE, '2026-06-16T14:00:00Z', 'open', 'TU 17:00'],
    ['overnight, Friday 23:00', OVERNIGHT, '2026-01-17T04:00:00Z', 'open', 'SA 02:00'],
    ['overnight, Saturday 01:30 (opened Friday)', OVERNIGHT, '2026-01-17T06:30:00Z', 'open', 'SA 02:00'],
    ['overnight, Saturday 02:00', OVERNIGHT, '2026-01-17T07:00:00Z', 'closed', 'SA 20:00'],
    ['overnight, Sunday 01:00 (opened Saturday)', OVERNIGHT, '2026-01-18T06:00:00Z', 'open', 'SU 02:00'],
    ['overnight, Thursday 23:00', OVERNIGHT, '2026-01-16T04:00:00Z', 'closed', 'FR 20:00'],
    ['overnight across the week end, Monday 05:00', SUNDAY_NIGHT, '2026-01-12T10:00:00Z', 'open', 'MO 06:00'],
    [
      'back-to-back rules read as one, Monday 23:00',
      BACK_TO_BACK,
      '2026-01-13T04:00:00Z',
      'open',
      'TU 03:00',
    ],
    // Spring forward, Sunday 8 March 2026: 01:59 EST is followed by 03:00 EDT.
    [
      'spring day, Saturday night rule still open at 01:59 EST',
      OVERNIGHT,
      '2026-03-08T06:59:00Z',
      'open',
      'SU 02:00',
    ],
    [
      'spring day, one minute later it is 03:00 EDT: closed',
      OVERNIGHT,
      '2026-03-08T07:00:00Z',
      'closed',
      'FR 20:00',
    ],
    // Fall back, Sunday 1 November 2026: 01:00–01:59 happens twice (EDT, then EST).
    ['autumn day, first 01:30 (EDT)', OVERNIGHT, '2026-11-01T05:30:00Z', 'open', 'SU 02:00'],
    ['autumn day, second 01:30 (EST)', OVERNIGHT, '2026-11-01T06:30:00Z', 'open', 'SU 02:00'],
    ['autumn day, 02:00 EST', OVERNIGHT, '2026-11-01T07:00:00Z', 'closed', 'FR 20:00'],
  ])('%s', (_name, schedules, at, state, change) => {
    const status = openStatus(schedules, new Date(at));
    expect(status.state).toBe(state);
    const next = status.state === 'open' ? status.closes : status.state === 'closed' ? status.opens : null;
    expect(next ? `${next.day} ${next.time}` : null).toBe(change);
  });

  it.each(['2026-01-13T15:00:00Z', '2026-03-08T07:30:00Z', '2026-11-01T06:30:00Z', '2026-07-04T03:00:00Z'])(
    '24/7 is open at %s, with no closing time',
    (at) => {
      expect(openStatus(ALWAYS, new Date(at))).toEqual({ state: 'open', always: true, closes: null });
    },
  );

  it.each(['2026-01-13T15:00:00Z', '2026-03-08T07:30:00Z'])('unknown hours are never open (%s)', (at) => {
    expect(openStatus([], new Date(at))).toEqual({ state: 'unknown' });
  });
});

describe('weekMinute', () => {
  it.each([
    ['2026-01-12T05:00:00Z', 0], // Monday 00:00 EST
    ['2026-01-19T04:59:00Z', 7 * 1440 - 1], // Sunday 23:59 EST
    ['2026-03-08T07:00:00Z', 6 * 1440 + 180], // Sunday 03:00 EDT, just after the jump
  ])('%s → %i', (at, minute) => {
    expect(weekMinute(new Date(at))).toBe(minute);
  });
});
