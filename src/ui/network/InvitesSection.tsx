import { useApp, useT } from '../../state/context';
import { InviteForm } from './InviteForm';
import { InviteList } from './InviteList';
import { NewInviteCard } from './NewInviteCard';

/** Invites: make one (its code shown once, as text and QR code), and the list with their state. */
export function InvitesSection() {
  const { network } = useApp();
  const t = useT();
  const created = network.coordinator.created.value;
  return (
    <section aria-labelledby="invites-title">
      <h2 id="invites-title">{t('coord.invites')}</h2>
      {created ? <NewInviteCard created={created} /> : <InviteForm />}
      <InviteList />
    </section>
  );
}
