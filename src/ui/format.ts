// Turns domain values into the words a person reads, through the catalogs.
import { formatKm, formatTime, type Locale, type MessageKey, type Translate } from '../i18n';
import type { Phone } from '../model/common';
import type { OpenStatus } from '../model/openNow';
import type { Reach } from '../model/reach';
import { daysOf, isAlwaysOpen, type Schedule, WEEKDAYS, type Weekday } from '../model/schedule';
import type { Service } from '../model/service';

export function dayName(t: Translate, day: Weekday): string {
  return t(`day.${day}` as MessageKey);
}

export function openText(
  t: Translate,
  locale: Locale,
  status: OpenStatus,
  temporarilyClosed: boolean,
): string {
  if (temporarilyClosed) return t('open.temporarilyClosed');
  switch (status.state) {
    case 'unknown':
      return t('open.unknown');
    case 'open':
      if (status.always) return t('open.always');
      return status.closes
        ? t('open.closes', {
            day: dayName(t, status.closes.day),
            time: formatTime(locale, status.closes.time),
          })
        : t('open.now');
    case 'closed':
      return status.opens
        ? t('open.opens', { day: dayName(t, status.opens.day), time: formatTime(locale, status.opens.time) })
        : t('open.closed');
  }
}

/**
 * One short line on how the service reaches the chosen place; null with no place chosen. Distances
 * are straight lines (there are no road distances yet), so they read "about 70 km away", never "by
 * road".
 */
export function reachText(t: Translate, locale: Locale, reach: Reach | null): string | null {
  if (!reach) return null;
  if (reach.travel === 'none') return t('reach.here');
  if (reach.outreachHere) return t('reach.outreach');
  const distance = reach.distanceKm === null ? null : formatKm(locale, reach.distanceKm);
  if (distance && reach.travel === 'road') return t('reach.distance', { distance });
  if (reach.remote) return t('reach.remote');
  if (reach.servesPlace) return t('reach.area');
  if (distance && reach.travel === 'flight') return t('reach.flight', { distance });
  if (distance && reach.travel === 'train') return t('reach.train', { distance });
  return null;
}

export interface HoursRow {
  day: Weekday;
  spans: string[];
}

/** A row per weekday, each with its opening spans ("20:00–02:00", "20 h–2 h" runs overnight). */
export function hoursRows(t: Translate, locale: Locale, schedules: readonly Schedule[]): HoursRow[] {
  return WEEKDAYS.map((day) => ({
    day,
    spans: schedules
      .filter((s) => daysOf(s).includes(day))
      .map((s) =>
        s.opens_at === '00:00' && s.closes_at === '24:00'
          ? t('service.allDay')
          : `${formatTime(locale, s.opens_at)}–${formatTime(locale, s.closes_at)}`,
      ),
  }));
}

/** Hours in one line, for the share card: runs of days with the same hours read "Mon–Fri". */
export function hoursSummary(t: Translate, locale: Locale, schedules: readonly Schedule[]): string {
  if (schedules.length === 0) return t('open.unknown');
  if (isAlwaysOpen(schedules)) return t('open.always');
  const rows = hoursRows(t, locale, schedules);
  const parts: string[] = [];
  for (let i = 0; i < rows.length; i++) {
    const row = rows[i] as HoursRow;
    if (row.spans.length === 0) continue;
    let j = i;
    while (j + 1 < rows.length && (rows[j + 1] as HoursRow).spans.join() === row.spans.join()) j++;
    const days =
      j === i ? dayName(t, row.day) : `${dayName(t, row.day)}–${dayName(t, (rows[j] as HoursRow).day)}`;
    parts.push(`${days} ${row.spans.join(', ')}`);
    i = j;
  }
  return parts.join('; ');
}

export interface ShareCardInput {
  organizationName: string;
  phones: ReadonlyArray<{ number: string; type: string }>;
  schedules: readonly Schedule[];
  address: string | null;
}

/**
 * The plain-text card to share by SMS. It stays in message history, so it is worded discreetly: the
 * agency's name, how to reach it and when; never the kind of service or what it is for.
 */
export function shareCardText(t: Translate, locale: Locale, card: ShareCardInput): string {
  const lines = [card.organizationName];
  for (const phone of card.phones) {
    lines.push(
      phone.type === 'text'
        ? t('share.text', { number: phone.number })
        : t('share.call', { number: phone.number }),
    );
  }
  lines.push(t('share.hours', { hours: hoursSummary(t, locale, card.schedules) }));
  if (card.address) lines.push(card.address);
  return lines.join('\n');
}

/** `tel:` or `sms:` for a listed number (digits and + only). */
export function phoneHref(phone: Pick<Phone, 'number' | 'type'>): string {
  return `${phone.type === 'text' ? 'sms' : 'tel'}:${phone.number.replace(/[^0-9+]/g, '')}`;
}

/** The badges a result card shows, each only when the listing says so (unknown never counts). */
export type CardFact = 'noId' | 'french' | 'indigenous';

export function cardFacts(service: Pick<Service, 'conditions' | 'languages' | 'indigenous_led'>): CardFact[] {
  const facts: CardFact[] = [];
  if (service.conditions.id_required === 'no') facts.push('noId');
  if (service.languages.some((l) => l.code === 'fr')) facts.push('french');
  if (service.indigenous_led === 'yes') facts.push('indigenous');
  return facts;
}
