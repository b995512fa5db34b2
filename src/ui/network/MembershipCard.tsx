import { useEffect, useRef } from 'preact/hooks';
import { formatDateTime, type MessageKey } from '../../i18n';
import { useApp, useT } from '../../state/context';
import type { HubContact } from '../../state/networkStore';
import { LazyScreen } from '../LazyScreen';
import { LeaveSection } from './LeaveSection';

/** Only members see the sync section: its code loads with Settings for them, never on a first visit. */
async function loadSyncSection() {
  const { SyncSection } = await import('../syncing/SyncSection');
  return SyncSection;
}

const CONTACT: Record<Exclude<HubContact, 'ok' | null>, MessageKey> = {
  offline: 'network.contact.offline',
  unrecognized: 'network.contact.unrecognized',
  'update-needed': 'network.contact.updateNeeded',
};

/** Which network this device belongs to, as what, and for which agency; its sync; then how to leave. */
export function MembershipCard() {
  const { network, sync, locale } = useApp();
  const t = useT();
  const membership = network.membership.value;
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    // Just joined: the Join button is gone, so focus moves to what replaced it.
    if (!document.activeElement || document.activeElement === document.body) heading.current?.focus();
  }, []);
  if (!membership) return null;
  const contact = network.contact.value;
  const joinedAt = network.joinedAt.value;
  return (
    <section aria-labelledby="network-title" class="membership">
      <h2 id="network-title" tabIndex={-1} ref={heading}>
        {t('network.heading')}
      </h2>
      <p>{t('network.member', { network: membership.network.name })}</p>
      {membership.network.demo && (
        <p class="demo">
          <strong class="tag demo-tag">{t('network.demo')}</strong> {t('network.demoHelp')}
        </p>
      )}
      <dl class="facts">
        <div>
          <dt>{t('network.role')}</dt>
          <dd>{t(`role.${membership.role}`)}</dd>
        </div>
        <div>
          <dt>{t('network.agency')}</dt>
          <dd>{membership.agency?.name ?? t('network.noAgency')}</dd>
        </div>
        {joinedAt && (
          <div>
            <dt>{t('network.joinedOn')}</dt>
            <dd>{formatDateTime(locale.value, joinedAt)}</dd>
          </div>
        )}
      </dl>
      {/* A sync problem says the same, with what to do, in the sync section below. */}
      {contact && contact !== 'ok' && !sync.status.value.problem && (
        <p role="status" class="notice">
          {t(CONTACT[contact])}
        </p>
      )}
      {network.form.value && (
        <p role="status" class="notice">
          {t('network.offeredMember')}
        </p>
      )}
      <LazyScreen load={loadSyncSection} />
      <LeaveSection network={membership.network.name} />
    </section>
  );
}
