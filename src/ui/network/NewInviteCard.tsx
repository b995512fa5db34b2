import { useApp, useT } from '../../state/context';
import type { Invite } from '../../state/coordinatorStore';
import { formatInviteCode, joinLink } from '../../state/invite';
import { QrCode } from './QrCode';
import { useInviteWho } from './useInviteWho';

interface Props {
  created: { invite: Invite; code: string };
}

/** A new invite's code, shown this once: as text, and as a QR code of `https://HUB/#join=CODE`. */
export function NewInviteCard({ created }: Props) {
  const { network } = useApp();
  const t = useT();
  const who = useInviteWho();
  const link = joinLink(network.origin, created.code);
  return (
    <section class="card new-invite" aria-labelledby="new-invite-title">
      <h3 id="new-invite-title">{t('coord.inviteCreated', { who: who(created.invite) })}</h3>
      <p class="muted">{t('coord.inviteOnce')}</p>
      <dl>
        <dt class="muted">{t('coord.inviteCodeLabel')}</dt>
        <dd class="invite-code">{formatInviteCode(created.code)}</dd>
      </dl>
      <QrCode text={link} label={t('coord.inviteQr')} />
      <p class="muted link-text">{t('coord.inviteLink', { link })}</p>
      <p class="actions">
        <button type="button" onClick={() => network.coordinator.doneWithInvite()}>
          {t('coord.inviteDone')}
        </button>
      </p>
    </section>
  );
}
