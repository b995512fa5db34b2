// The words for sync: each problem code and refusal reason has its sentence, the header's headline
// its short and full forms.
import { formatAge, formatPercent, type Locale, type MessageKey, type Translate } from '../../i18n';
import type { Entity } from '../../model/mutation';
import type { SyncHeadline, SyncProblem } from '../../state/syncHeadline';

export const PROBLEM: Record<SyncProblem, MessageKey> = {
  offline: 'sync.problem.offline',
  unreachable: 'sync.problem.unreachable',
  'update-needed': 'sync.problem.update-needed',
  unauthorized: 'sync.problem.unauthorized',
  'rate-limited': 'sync.problem.rate-limited',
  'storage-full': 'sync.problem.storage-full',
  'storage-failed': 'sync.problem.storage-failed',
  'hub-error': 'sync.problem.hub-error',
};

const PROBLEM_SHORT: Record<SyncProblem, MessageKey> = {
  offline: 'sync.problemShort.offline',
  unreachable: 'sync.problemShort.unreachable',
  'update-needed': 'sync.problemShort.update-needed',
  unauthorized: 'sync.problemShort.unauthorized',
  'rate-limited': 'sync.problemShort.rate-limited',
  'storage-full': 'sync.problemShort.storage-full',
  'storage-failed': 'sync.problemShort.storage-failed',
  'hub-error': 'sync.problemShort.hub-error',
};

const REFUSAL: Record<string, MessageKey> = {
  forbidden: 'refusal.forbidden',
  invalid: 'refusal.invalid',
  not_found: 'refusal.not_found',
  deleted: 'refusal.deleted',
  exists: 'refusal.exists',
  too_large: 'refusal.too_large',
};

export function refusalKey(reason: string | undefined): MessageKey {
  return (reason && REFUSAL[reason]) || 'refusal.other';
}

export function entityKey(entity: Entity): MessageKey {
  return `entity.${entity}` as MessageKey;
}

/** "3 min ago", or "just now" under a minute (Intl's "now" reads oddly after "Synced"). */
export function syncAge(
  t: Translate,
  locale: Locale,
  at: string,
  now: Date,
  style: Intl.RelativeTimeFormatStyle = 'long',
): string {
  return Math.abs(now.getTime() - new Date(at).getTime()) < 60_000
    ? t('sync.justNow')
    : formatAge(locale, at, now, style);
}

/** "Syncing…", with how much of a long pull has come when that is known. */
export function syncingText(t: Translate, locale: Locale, share: number | null): string {
  return share === null
    ? t('sync.syncing')
    : t('sync.syncingShare', { percent: formatPercent(locale, share) });
}

/** The words the header shows: short, since it must fit a 320 px wide phone. */
export function headlineText(t: Translate, locale: Locale, headline: SyncHeadline, now: Date): string {
  switch (headline.kind) {
    case 'syncing':
      return syncingText(t, locale, headline.share);
    case 'conflicts':
      return headline.count === 1
        ? t('sync.head.conflictsOne')
        : t('sync.head.conflicts', { count: headline.count });
    case 'unsent':
      return headline.count === 1
        ? t('sync.head.unsentOne')
        : t('sync.head.unsent', { count: headline.count });
    case 'problem':
      return t('sync.head.problem');
    case 'synced':
      return t('sync.head.synced', { age: syncAge(t, locale, headline.at, now, 'short') });
    case 'never':
      return t('sync.head.never');
  }
}

/** The header button's accessible name: the headline, the problem, and the last success, in full. */
export function headlineLabel(
  t: Translate,
  locale: Locale,
  headline: SyncHeadline,
  status: { lastSuccessAt: string | null; problem: { code: SyncProblem } | null },
  now: Date,
): string {
  const parts = [
    headline.kind === 'synced'
      ? t('sync.head.synced', { age: syncAge(t, locale, headline.at, now) })
      : headlineText(t, locale, headline, now),
  ];
  if (status.problem) parts.push(t(PROBLEM_SHORT[status.problem.code]));
  let text = parts.join(', ');
  if (headline.kind !== 'synced' && status.lastSuccessAt)
    text += `. ${t('sync.head.lastSuccess', { age: syncAge(t, locale, status.lastSuccessAt, now) })}`;
  return t('sync.head.label', { status: text });
}
