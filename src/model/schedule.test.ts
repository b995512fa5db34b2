import { describe, expect, it } from 'vitest';
import { scheduleRule } from '../../tests/fixtures/records';
import { addDays, isAlwaysOpen, isOvernight, scheduleSchema, torontoDate, torontoDayStart } from './schedule';

const rule = scheduleRule;

describe('schedules', () => {
  it.each([
    ['weekday office hours', rule('MO,TU,WE,TH,FR', '09:00', '17:00'), true],
    ['overnight', rule('FR,SA', '20:00', '02:00'), true],
    ['all day', rule('SU', '00:00', '24:00'), true],
    ['opens at 24:00', rule('SU', '24:00', '08:00'), false],
    ['closes at 25:00', rule('SU', '08:00', '25:00'), false],
    ['same opening and closing time', rule('MO', '09:00', '09:00'), false],
    ['unknown weekday', rule('MO,XX', '09:00', '17:00'), false],
    ['lower-case weekday', rule('mo', '09:00', '17:00'), false],
    ['time without leading zero', rule('MO', '9:00', '17:00'), false],
  ])('%s valid: %s', (_name, schedule, valid) => {
    expect(scheduleSchema.safeParse(schedule).success).toBe(valid);
  });

  it.each([
    ['09:00', '17:00', false],
    ['20:00', '02:00', true],
    ['22:00', '00:00', true],
    ['00:00', '24:00', false],
  ])('%s–%s overnight: %s', (opens_at, closes_at, overnight) => {
    expect(isOvernight({ opens_at, closes_at })).toBe(overnight);
  });

  it.each([
    ['every day all day', [rule('MO,TU,WE,TH,FR,SA,SU', '00:00', '24:00')], true],
    [
      'split over two rules',
      [rule('MO,TU,WE', '00:00', '24:00'), rule('TH,FR,SA,SU', '00:00', '24:00')],
      true,
    ],
    ['one day missing', [rule('MO,TU,WE,TH,FR,SA', '00:00', '24:00')], false],
    ['overnight is not all day', [rule('MO,TU,WE,TH,FR,SA,SU', '08:00', '08:01')], false],
    ['no rules (hours unknown)', [], false],
  ])('%s → always open: %s', (_name, schedules, always) => {
    expect(isAlwaysOpen(schedules)).toBe(always);
  });
});

describe('Toronto’s date', () => {
  it.each([
    ['2026-11-16T03:00:00Z', '2026-11-15'],
    ['2026-11-16T05:30:00Z', '2026-11-16'],
    ['2026-11-29T02:00:00Z', '2026-11-28'], // 21:00 EST: already tomorrow in UTC
    ['2026-11-29T04:59:00Z', '2026-11-28'],
    ['2026-11-29T05:00:00Z', '2026-11-29'],
    ['2026-07-01T03:59:00Z', '2026-06-30'], // 23:59 EDT
    ['2026-07-01T04:00:00Z', '2026-07-01'],
    ['2026-03-08T04:59:00Z', '2026-03-07'], // the day daylight saving starts, still EST
    ['2026-03-08T05:00:00Z', '2026-03-08'],
    ['2026-03-09T03:59:00Z', '2026-03-08'], // the same evening, now EDT
    ['2026-03-09T04:00:00Z', '2026-03-09'],
    ['2026-11-01T03:59:00Z', '2026-10-31'], // the day daylight saving ends, still EDT
    ['2026-11-01T04:00:00Z', '2026-11-01'],
    ['2026-11-02T04:59:00Z', '2026-11-01'], // the same evening, now EST
    ['2026-11-02T05:00:00Z', '2026-11-02'],
    ['2026-12-31T23:30:00Z', '2026-12-31'],
    ['2027-01-01T04:59:00Z', '2026-12-31'], // New Year's Eve in Toronto, 2027 in UTC
  ])('at %s is %s', (at, expected) => {
    expect(torontoDate(new Date(at))).toBe(expected);
  });
});

describe('the instant a Toronto day begins', () => {
  it.each([
    ['2026-11-16', '2026-11-16T05:00:00.000Z'],
    ['2026-07-01', '2026-07-01T04:00:00.000Z'],
    ['2026-03-08', '2026-03-08T05:00:00.000Z'], // daylight saving starts at 02:00 that day
    ['2026-03-09', '2026-03-09T04:00:00.000Z'],
    ['2026-11-01', '2026-11-01T04:00:00.000Z'], // standard time returns at 02:00 that day
    ['2026-11-02', '2026-11-02T05:00:00.000Z'],
    ['2027-01-01', '2027-01-01T05:00:00.000Z'],
  ])('%s begins at %s', (date, instant) => {
    expect(torontoDayStart(date).toISOString()).toBe(instant);
    expect(torontoDate(torontoDayStart(date))).toBe(date);
    expect(torontoDate(new Date(torontoDayStart(date).getTime() - 1))).not.toBe(date);
  });

  it.each([
    ['2026-12-31', 1, '2027-01-01'],
    ['2028-02-28', 1, '2028-02-29'],
    ['2027-02-28', 1, '2027-03-01'],
    ['2026-11-01', 1, '2026-11-02'],
    ['2026-03-01', -1, '2026-02-28'],
  ])('%s plus %i days is %s', (date, days, expected) => {
    expect(addDays(date, days)).toBe(expected);
  });
});
