// Every user-facing string goes through here. English ships in the entry bundle; French loads on
// demand. Dates and distances are formatted with Intl in the chosen locale.
import type { TaxonomyId } from '../model/taxonomy';
import { type Catalog, en, type MessageKey } from './en';

export type { Catalog, MessageKey } from './en';
export const LOCALES = ['en', 'fr'] as const;
export type Locale = (typeof LOCALES)[number];
/** The BCP 47 tag Intl and `lang` attributes use. */
export const LOCALE_TAGS: Record<Locale, string> = { en: 'en-CA', fr: 'fr-CA' };

export async function loadCatalog(locale: Locale): Promise<Catalog> {
  if (locale === 'fr') return (await import('./fr')).fr;
  return en;
}

export const englishCatalog: Catalog = en;

export type Params = Record<string, string | number>;
export type Translate<K extends string = MessageKey> = (key: K, params?: Params) => string;

export function translator<K extends string = MessageKey>(catalog: Record<K, string>): Translate<K> {
  return (key, params) => {
    const text = catalog[key];
    if (!params) return text;
    return text.replace(/\{(\w+)\}/g, (whole, name: string) =>
      name in params ? String(params[name]) : whole,
    );
  };
}

/** The catalog key of a taxonomy term's label. */
export function taxonomyKey(id: TaxonomyId): MessageKey {
  return `taxonomy.${id}` as MessageKey;
}

/** The browser's preferred locale among ours; English when it prefers neither. */
export function preferredLocale(languages: readonly string[]): Locale {
  for (const tag of languages) {
    const base = tag.toLowerCase().split('-')[0];
    if (base === 'fr' || base === 'en') return base;
  }
  return 'en';
}

export function formatDate(locale: Locale, isoDate: string): string {
  // A bare date is a calendar day: format it in UTC so it never shifts by a day.
  const date = new Date(isoDate.length === 10 ? `${isoDate}T12:00:00Z` : isoDate);
  return new Intl.DateTimeFormat(LOCALE_TAGS[locale], { dateStyle: 'long', timeZone: 'UTC' }).format(date);
}

/** A calendar month (YYYY-MM): "November 2026", "novembre 2026". */
export function formatMonth(locale: Locale, month: string): string {
  return new Intl.DateTimeFormat(LOCALE_TAGS[locale], {
    year: 'numeric',
    month: 'long',
    timeZone: 'UTC',
  }).format(new Date(`${month}-15T12:00:00Z`));
}

/** A moment (an ISO date-time) as this device's local date and time: "Nov 15, 2026, 12:00 p.m.". */
export function formatDateTime(locale: Locale, isoDateTime: string): string {
  return new Intl.DateTimeFormat(LOCALE_TAGS[locale], { dateStyle: 'medium', timeStyle: 'short' }).format(
    new Date(isoDateTime),
  );
}

/**
 * A wall-clock time ("HH:MM", as schedules store it) the way the locale writes it: "17:30" in
 * English, "17 h 30", "9 h", "0 h" in French (a no-break space keeps "17 h" on one line). "24:00",
 * a closing at midnight, stays "24:00" / "24 h".
 */
export function formatTime(locale: Locale, hhmm: string): string {
  const match = /^(\d{1,2}):(\d{2})$/.exec(hhmm);
  if (locale !== 'fr' || !match) return hhmm;
  const hours = Number(match[1]);
  const minutes = match[2];
  return minutes === '00' ? `${hours}\u00a0h` : `${hours}\u00a0h\u00a0${minutes}`;
}

/** A share from 0 to 1 as a whole percentage: "45%", "45 %". */
export function formatPercent(locale: Locale, share: number): string {
  return new Intl.NumberFormat(LOCALE_TAGS[locale], { style: 'percent', maximumFractionDigits: 0 }).format(
    share,
  );
}

export function formatKm(locale: Locale, km: number): string {
  return new Intl.NumberFormat(LOCALE_TAGS[locale], {
    style: 'unit',
    unit: 'kilometer',
    maximumFractionDigits: km < 10 ? 1 : 0,
  }).format(km);
}

const AGE_UNITS: Array<[Intl.RelativeTimeFormatUnit, number]> = [
  ['day', 86_400_000],
  ['hour', 3_600_000],
  ['minute', 60_000],
];

/**
 * "3 hours ago", "il y a 3 heures"; "now" under a minute. The short style ("3 min ago", "il y a
 * 3 min") is for places as narrow as the header.
 */
export function formatAge(
  locale: Locale,
  isoDateTime: string,
  now: Date,
  style: Intl.RelativeTimeFormatStyle = 'long',
): string {
  const ms = now.getTime() - new Date(isoDateTime).getTime();
  const format = new Intl.RelativeTimeFormat(LOCALE_TAGS[locale], { numeric: 'auto', style });
  for (const [unit, size] of AGE_UNITS) {
    if (Math.abs(ms) >= size) return format.format(-Math.round(ms / size), unit);
  }
  return format.format(0, 'second');
}

/** A record's name in the locale: its French name in French where it has one. */
export function localName(record: { name: string; name_fr?: string | undefined }, locale: Locale): string {
  return locale === 'fr' ? (record.name_fr ?? record.name) : record.name;
}

const collators = new Map<Locale, Intl.Collator>();

/**
 * Records A–Z by their name in `locale`, as a reader of that language expects (fr-CA collation in
 * French, en-CA in English); a copy, ties kept in their given order.
 */
export function sortByLocalName<T extends { name: string; name_fr?: string | undefined }>(
  records: readonly T[],
  locale: Locale,
): T[] {
  let collator = collators.get(locale);
  if (!collator) {
    collator = new Intl.Collator(LOCALE_TAGS[locale]);
    collators.set(locale, collator);
  }
  const compare = collator.compare;
  return records
    .map((record) => ({ record, name: localName(record, locale) }))
    .sort((a, b) => compare(a.name, b.name))
    .map((entry) => entry.record);
}
