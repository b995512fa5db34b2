// Opening hours as HSDS schedules: weekly rules of local wall-clock times in America/Toronto.
// A rule whose closes_at is at or before opens_at runs overnight into the next day; 00:00–24:00 on
// every day is 24/7. No rules at all means the hours are unknown, which never reads as open.
import * as z from 'zod/mini';
import { shortText, uuid } from './common';

export const SCHEDULE_TIME_ZONE = 'America/Toronto';
/**
 * A calendar date (YYYY-MM-DD) as it is in Toronto at `at`: "today" for a listing checked, an action
 * due, an assessment made. Never the UTC date, which is tomorrow's on an Ontario evening.
 */
export function torontoDate(at: Date): string {
  const parts = new Intl.DateTimeFormat('en-CA', {
    timeZone: SCHEDULE_TIME_ZONE,
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
  }).formatToParts(at);
  const part = (type: string) => parts.find((p) => p.type === type)?.value ?? '';
  return `${part('year')}-${part('month')}-${part('day')}`;
}

const wallClock = new Intl.DateTimeFormat('en-CA', {
  timeZone: SCHEDULE_TIME_ZONE,
  hourCycle: 'h23',
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
  hour: '2-digit',
  minute: '2-digit',
  second: '2-digit',
});

/** Toronto's offset from UTC at the instant `ms`, in milliseconds (−4 or −5 hours). */
function torontoOffsetMs(ms: number): number {
  const part: Record<string, number> = {};
  for (const p of wallClock.formatToParts(new Date(ms))) part[p.type] = Number(p.value);
  const wall = Date.UTC(
    part.year ?? 0,
    (part.month ?? 1) - 1,
    part.day ?? 1,
    part.hour ?? 0,
    part.minute ?? 0,
    part.second ?? 0,
  );
  return wall - Math.floor(ms / 1000) * 1000;
}

/**
 * The instant a Toronto calendar date (YYYY-MM-DD) begins. Midnight always exists there, once:
 * daylight saving moves at 02:00, so the offset found at the first guess's instant settles it.
 */
export function torontoDayStart(date: string): Date {
  const [y, m, d] = date.split('-').map(Number);
  const wall = Date.UTC(y ?? 0, (m ?? 1) - 1, d ?? 1);
  const guess = wall - torontoOffsetMs(wall);
  return new Date(wall - torontoOffsetMs(guess));
}

/** The calendar date `days` after `date` (both YYYY-MM-DD), with no time zone involved. */
export function addDays(date: string, days: number): string {
  const [y, m, d] = date.split('-').map(Number);
  return new Date(Date.UTC(y ?? 0, (m ?? 1) - 1, (d ?? 1) + days)).toISOString().slice(0, 10);
}

export const WEEKDAYS = ['MO', 'TU', 'WE', 'TH', 'FR', 'SA', 'SU'] as const;
export type Weekday = (typeof WEEKDAYS)[number];

const TIME = /^([01][0-9]|2[0-3]):[0-5][0-9]$/;
const CLOSING_TIME = /^(([01][0-9]|2[0-3]):[0-5][0-9]|24:00)$/;
const BYDAY = /^(MO|TU|WE|TH|FR|SA|SU)(,(MO|TU|WE|TH|FR|SA|SU))*$/;

export const scheduleSchema = z
  .object({
    id: uuid,
    freq: z.literal('WEEKLY'),
    /** Comma-separated iCal weekdays on which the service opens, e.g. `MO,TU,WE`. */
    byday: z.string().check(z.regex(BYDAY)),
    opens_at: z.string().check(z.regex(TIME)),
    closes_at: z.string().check(z.regex(CLOSING_TIME)),
    description: z.optional(shortText),
  })
  .check(
    z.refine((s) => s.opens_at !== s.closes_at, {
      message: 'opens_at and closes_at must differ (use 00:00–24:00 for all day)',
      path: ['closes_at'],
    }),
  );
export type Schedule = z.infer<typeof scheduleSchema>;

export function minutesOf(time: string): number {
  const [h, m] = time.split(':');
  return Number(h) * 60 + Number(m);
}

export function isOvernight(s: Pick<Schedule, 'opens_at' | 'closes_at'>): boolean {
  return minutesOf(s.closes_at) <= minutesOf(s.opens_at);
}

export function daysOf(s: Pick<Schedule, 'byday'>): Weekday[] {
  return s.byday.split(',') as Weekday[];
}

/** True when the rules cover every minute of every day of the week. */
export function isAlwaysOpen(schedules: readonly Schedule[]): boolean {
  return WEEKDAYS.every((day) =>
    schedules.some((s) => daysOf(s).includes(day) && s.opens_at === '00:00' && s.closes_at === '24:00'),
  );
}
