import { useApp, useT } from '../../state/context';
import { headlineAside, needsAttention, syncHeadline } from '../../state/syncHeadline';
import { useNow } from '../useNow';
import { headlineLabel, headlineText } from './syncWords';

/**
 * The header's sync status (S11), on every screen while the device is a member: the most important
 * thing in a few words, never a bare spinner. It opens what the person can act on: the conflicts, or
 * Settings' sync section.
 */
export function SyncStatusButton() {
  const { network, sync, navigation, locale, dbStatus } = useApp();
  const t = useT();
  const now = useNow();
  if (!network.membership.value || dbStatus.value === 'wiped') return null;
  const status = sync.status.value;
  const headline = syncHeadline(sync.counts.value, status, sync.running.value, sync.pullShare.value);
  const aside = headlineAside(headline);
  return (
    <button
      type="button"
      class={`sync-status${needsAttention(headline) ? ' attention' : ''}`}
      data-kind={headline.kind}
      aria-label={headlineLabel(t, locale.value, headline, status, now)}
      onClick={() =>
        headline.kind === 'conflicts'
          ? navigation.open({ name: 'conflicts' })
          : navigation.switchTo({ name: 'settings', section: 'sync' })
      }
    >
      <span class="sync-dot" aria-hidden="true" />
      <span>
        {headlineText(t, locale.value, headline, now)}
        {aside && (
          <span class="sync-aside">
            {' · '}
            {t(aside === 'offline' ? 'sync.head.offline' : 'sync.head.problemAside')}
          </span>
        )}
      </span>
    </button>
  );
}
