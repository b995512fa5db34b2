import type { MessageKey } from '../i18n';
import type { DbStatus } from '../state/appStore';
import { useT } from '../state/context';

interface Props {
  status: DbStatus;
}

const MESSAGES = {
  blocked: 'db.blocked',
  failed: 'db.failed',
  'storage-full': 'db.storageFull',
  'upgraded-elsewhere': 'db.closedElsewhere',
  'deleted-elsewhere': 'db.closedElsewhere',
} as const satisfies Record<Exclude<DbStatus, 'ready' | 'opening' | 'wiped'>, MessageKey>;

/** Says why the directory is not there: opening, blocked, failed, a full device, or closed by another tab. */
export function DatabaseNotice({ status }: Props) {
  const t = useT();
  if (status === 'ready' || status === 'opening' || status === 'wiped') return null;
  const message = t(MESSAGES[status]);
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
