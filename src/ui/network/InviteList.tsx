import { formatDateTime } from '../../i18n';
import { useApp, useT } from '../../state/context';
import { useInviteWho } from './useInviteWho';

/** Every invite, newest first, with its state; an open one can be revoked. */
export function InviteList() {
  const { network, locale } = useApp();
  const t = useT();
  const who = useInviteWho();
  const invites = network.coordinator.invites.value;
  if (!invites) return null;
  if (invites.length === 0) return <p class="muted">{t('coord.noInvites')}</p>;
  return (
    <ul aria-labelledby="invites-title">
      {invites.map((invite) => {
        const made = formatDateTime(locale.value, invite.createdAt);
        return (
          <li key={invite.id} class="line row">
            <div>
              <p>
                <strong>{who(invite)}</strong>{' '}
                <span class="tag">{t(`coord.inviteState.${invite.state}` as const)}</span>
              </p>
              <p class="muted">
                {t('coord.inviteMade', { date: made })}
                {invite.state === 'open' &&
                  ` · ${t('coord.inviteExpires', { date: formatDateTime(locale.value, invite.expiresAt) })}`}
              </p>
            </div>
            {invite.state === 'open' && (
              <button
                type="button"
                class="secondary"
                aria-label={t('coord.revokeInvite', { who: who(invite), date: made })}
                onClick={() => void network.coordinator.revokeInvite(invite.id)}
              >
                {t('coord.revokeInviteShort')}
              </button>
            )}
          </li>
        );
      })}
    </ul>
  );
}
