import { useEffect, useRef } from 'preact/hooks';
import { useApp, useT } from '../../state/context';
import { SyncFacts } from './SyncFacts';
import { PROBLEM, syncingText } from './syncWords';

/** What the status line says now: the sync running, else its last problem, else where things stand. */
function useStatusLine(): string {
  const { sync, locale } = useApp();
  const t = useT();
  const status = sync.status.value;
  if (sync.running.value) return syncingText(t, locale.value, sync.pullShare.value);
  if (status.problem) return t(PROBLEM[status.problem.code]);
  if (sync.counts.value.unsent > 0) return t('sync.willSend');
  return status.lastSuccessAt ? t('sync.allSent') : t('sync.head.never');
}

/**
 * Settings' sync part, in the membership before Leave: the counts, the last problem in plain words with what to do,
 * Sync now, and the Wi-Fi preference. The header's status opens Settings here.
 */
export function SyncSection() {
  const { sync, network, navigation, device } = useApp();
  const t = useT();
  const heading = useRef<HTMLHeadingElement>(null);
  const screen = navigation.screen.value;
  const line = useStatusLine();
  useEffect(() => {
    if (screen.name === 'settings' && screen.section === 'sync') heading.current?.focus();
  }, [screen]);
  if (!network.membership.value) return null;
  const { problem, waitingForWifi } = sync.status.value;
  const local = sync.counts.value.local;
  const running = sync.running.value;
  const update = device.updateReady.value;
  return (
    <section aria-labelledby="sync-title" class="sync">
      <h3 id="sync-title" tabIndex={-1} ref={heading}>
        {t('sync.heading')}
      </h3>
      <p role="status" class={problem ? 'notice' : 'muted'}>
        {line}
      </p>
      {problem?.code === 'update-needed' &&
        (update ? (
          <button type="button" onClick={() => update.apply()}>
            {t('update.apply')}
          </button>
        ) : (
          <p>{t('sync.updateHow')}</p>
        ))}
      <SyncFacts />
      {sync.counts.value.conflicts > 0 && (
        <button type="button" class="resolve" onClick={() => navigation.open({ name: 'conflicts' })}>
          {t('sync.resolve')}
        </button>
      )}
      {waitingForWifi && <p>{t('sync.waitingForWifi')}</p>}
      {local > 0 && <p>{local === 1 ? t('sync.localOne') : t('sync.local', { count: local })}</p>}
      <button
        type="button"
        class="secondary sync-now"
        // aria-disabled, not disabled: the button keeps focus while the sync runs.
        aria-disabled={running}
        onClick={() => !running && void sync.syncNow()}
      >
        {running ? t('sync.syncing') : t('sync.syncNow')}
      </button>
      <label class="check">
        <input
          type="checkbox"
          checked={sync.preferences.value.bigPullsOnWifiOnly}
          aria-describedby="wifi-help"
          onChange={(e) => void sync.setBigPullsOnWifiOnly((e.currentTarget as HTMLInputElement).checked)}
        />
        <span>{t('sync.wifiOnly')}</span>
      </label>
      <p id="wifi-help" class="muted">
        {t('sync.wifiOnlyHelp')}
      </p>
    </section>
  );
}
