import * as z from 'zod/mini';
export declare const SCHEDULE_TIME_ZONE = 'America/Toronto';
export declare const WEEKDAYS: readonly ['MO', 'TU', 'WE', 'TH', 'FR', 'SA', 'SU'];
export type Weekday = (typeof WEEKDAYS)[number];
export declare const scheduleSchema: z.ZodMiniObject<
  {
    id: z.ZodMiniUUID;
    freq: z.ZodMiniLiteral<'WEEKLY'>;
    byday: z.ZodMiniString<string>;
    opens_at: z.ZodMiniString<string>;
    closes_at: z.ZodMiniString<string>;
    description: z.ZodMiniOptional<z.ZodMiniString<string>>;
  },
  z.core.$strip
>;
export type Schedule = z.infer<typeof scheduleSchema>;
export declare function minutesOf(time: string): number;
export declare function isOvernight(s: Pick<Schedule, 'opens_at' | 'closes_at'>): boolean;
export declare function daysOf(s: Pick<Schedule, 'byday'>): Weekday[];
/** True when the rules cover every minute of every day of the week. */
export declare function isAlwaysOpen(schedules: readonly Schedule[]): boolean;
