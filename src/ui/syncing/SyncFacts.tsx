import { formatDateTime } from '../../i18n';
import { useApp, useT } from '../../state/context';
import { useNow } from '../useNow';
import { syncAge } from './syncWords';

/** The three things a member can always see (S11): unsent changes, last success, conflicts. */
export function SyncFacts() {
  const { sync, locale } = useApp();
  const t = useT();
  const now = useNow();
  const counts = sync.counts.value;
  const lastSuccessAt = sync.status.value.lastSuccessAt;
  return (
    <dl class="facts sync-facts">
      <div>
        <dt>{t('sync.unsent')}</dt>
        <dd>{counts.unsent}</dd>
      </div>
      <div>
        <dt>{t('sync.lastSuccess')}</dt>
        <dd>
          {lastSuccessAt ? (
            <>
              <time dateTime={lastSuccessAt} title={formatDateTime(locale.value, lastSuccessAt)}>
                {syncAge(t, locale.value, lastSuccessAt, now)}
              </time>
              <span class="muted sync-when">{formatDateTime(locale.value, lastSuccessAt)}</span>
            </>
          ) : (
            t('sync.never')
          )}
        </dd>
      </div>
      <div>
        <dt>{t('sync.conflicts')}</dt>
        <dd>{counts.conflicts}</dd>
      </div>
    </dl>
  );
}
