// "Open now" from weekly schedules in America/Toronto wall-clock time. The instant is turned into
// local weekday and minute with Intl, so daylight saving needs no special case: on the spring day
// 02:00–03:00 never happens, on the autumn day 01:00–02:00 happens twice, and both read right.
// No schedules means "hours unknown", which is never "open".
import { daysOf, minutesOf, SCHEDULE_TIME_ZONE, type Schedule, WEEKDAYS, type Weekday } from './schedule';

const DAY_MIN = 1440;
const WEEK_MIN = 7 * DAY_MIN;

export interface LocalTime {
  day: Weekday;
  /** HH:MM */
  time: string;
}

export type OpenStatus =
  | { state: 'unknown' }
  | { state: 'open'; always: boolean; closes: LocalTime | null }
  | { state: 'closed'; opens: LocalTime | null };

const formatters = new Map<string, Intl.DateTimeFormat>();
function formatter(timeZone: string): Intl.DateTimeFormat {
  let f = formatters.get(timeZone);
  if (!f) {
    f = new Intl.DateTimeFormat('en-US', {
      timeZone,
      weekday: 'short',
      hour: '2-digit',
      minute: '2-digit',
      hourCycle: 'h23',
    });
    formatters.set(timeZone, f);
  }
  return f;
}

const SHORT_DAYS: Record<string, number> = { Mon: 0, Tue: 1, Wed: 2, Thu: 3, Fri: 4, Sat: 5, Sun: 6 };

/** Minutes since Monday 00:00, local time in `timeZone`. */
export function weekMinute(at: Date, timeZone: string = SCHEDULE_TIME_ZONE): number {
  let day = 0;
  let hour = 0;
  let minute = 0;
  for (const part of formatter(timeZone).formatToParts(at)) {
    if (part.type === 'weekday') day = SHORT_DAYS[part.value] ?? 0;
    else if (part.type === 'hour') hour = Number(part.value);
    else if (part.type === 'minute') minute = Number(part.value);
  }
  return day * DAY_MIN + hour * 60 + minute;
}

const intervalCache = new WeakMap<readonly Schedule[], Array<[number, number]>>();

/**
 * The week's opening intervals in minutes since Monday 00:00, merged; may end past WEEK_MIN.
 * Records are immutable, so the result is cached per schedules array.
 */
export function weeklyIntervals(schedules: readonly Schedule[]): Array<[number, number]> {
  let cached = intervalCache.get(schedules);
  if (!cached) {
    cached = computeIntervals(schedules);
    intervalCache.set(schedules, cached);
  }
  return cached;
}

function computeIntervals(schedules: readonly Schedule[]): Array<[number, number]> {
  const raw: Array<[number, number]> = [];
  for (const s of schedules) {
    const opens = minutesOf(s.opens_at);
    const closesRaw = minutesOf(s.closes_at);
    const closes = closesRaw <= opens ? closesRaw + DAY_MIN : closesRaw;
    for (const day of daysOf(s)) {
      const start = WEEKDAYS.indexOf(day) * DAY_MIN + opens;
      raw.push([start, start + (closes - opens)]);
    }
  }
  raw.sort((a, b) => a[0] - b[0]);
  const merged: Array<[number, number]> = [];
  for (const [start, end] of raw) {
    const last = merged[merged.length - 1];
    if (last && start <= last[1]) last[1] = Math.max(last[1], end);
    else merged.push([start, end]);
  }
  // An interval running past Sunday midnight joins one starting Monday 00:00.
  const first = merged[0];
  const last = merged[merged.length - 1];
  if (merged.length > 1 && first && last && last[1] >= WEEK_MIN + first[0]) {
    last[1] = Math.max(last[1], first[1] + WEEK_MIN);
    merged.shift();
  }
  return merged;
}

function toLocal(minute: number): LocalTime {
  const m = ((minute % WEEK_MIN) + WEEK_MIN) % WEEK_MIN;
  const inDay = m % DAY_MIN;
  const hh = String(Math.floor(inDay / 60)).padStart(2, '0');
  const mm = String(inDay % 60).padStart(2, '0');
  return { day: WEEKDAYS[Math.floor(m / DAY_MIN)] as Weekday, time: `${hh}:${mm}` };
}

/**
 * Open status at `at`: a Date, or a minute of the week from `weekMinute()` (compute it once when
 * checking many services at the same moment).
 */
export function openStatus(
  schedules: readonly Schedule[],
  at: Date | number,
  timeZone: string = SCHEDULE_TIME_ZONE,
): OpenStatus {
  const intervals = weeklyIntervals(schedules);
  if (intervals.length === 0) return { state: 'unknown' };
  if (
    intervals.length === 1 &&
    (intervals[0] as [number, number])[1] - (intervals[0] as [number, number])[0] >= WEEK_MIN
  ) {
    return { state: 'open', always: true, closes: null };
  }
  const now = typeof at === 'number' ? at : weekMinute(at, timeZone);
  for (const [start, end] of intervals) {
    for (const t of [now, now + WEEK_MIN]) {
      if (t >= start && t < end) return { state: 'open', always: false, closes: toLocal(end) };
    }
  }
  const next = intervals.find(([start]) => start > now) ?? intervals[0];
  return { state: 'closed', opens: next ? toLocal(next[0]) : null };
}

/** Just the state, with no allocation: what ranking thousands of services at one moment needs. */
export function openStateAt(schedules: readonly Schedule[], minute: number): OpenStatus['state'] {
  const intervals = weeklyIntervals(schedules);
  if (intervals.length === 0) return 'unknown';
  for (const [start, end] of intervals) {
    if ((minute >= start && minute < end) || (minute + WEEK_MIN >= start && minute + WEEK_MIN < end))
      return 'open';
  }
  return 'closed';
}

export function isOpenNow(schedules: readonly Schedule[], at: Date | number): boolean {
  return openStateAt(schedules, typeof at === 'number' ? at : weekMinute(at)) === 'open';
}
