import { useApp, useT } from '../../state/context';

/** Said once, above every screen: this device left its network, or was removed from it. */
export function NetworkNotice() {
  const { network } = useApp();
  const t = useT();
  const notice = network.notice.value;
  if (!notice) return null;
  return (
    <div role="alert" class="notice">
      <p>
        {notice.kind === 'revoked' ? t('network.revoked', { network: notice.network }) : t('network.left')}
      </p>
      <button type="button" class="secondary" onClick={() => network.dismissNotice()}>
        {t('network.dismiss')}
      </button>
    </div>
  );
}
