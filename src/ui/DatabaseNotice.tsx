import type { DbStatus } from '../state/appStore';
import { useT } from '../state/context';

interface Props {
  status: DbStatus;
}

/** Says why the directory is not there: opening, blocked, failed, or closed by another tab. */
export function DatabaseNotice({ status }: Props) {
  const t = useT();
  if (status === 'ready' || status === 'opening' || status === 'wiped') return null;
  const message =
    status === 'blocked' ? t('db.blocked') : status === 'failed' ? t('db.failed') : t('db.closedElsewhere');
  return (
    <div role="alert" class="notice">
      <p>{message}</p>
      {status !== 'blocked' && (
        <button type="button" onClick={() => location.reload()}>
          {t('db.reload')}
        </button>
      )}
    </div>
  );
}
