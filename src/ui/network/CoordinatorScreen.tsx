import { useEffect } from 'preact/hooks';
import { useApp, useT } from '../../state/context';
import { ReferralNetworkEntry } from '../referrals/ReferralsEntry';
import { AgenciesSection } from './AgenciesSection';
import { AuditSection } from './AuditSection';
import { DevicesSection } from './DevicesSection';
import { InvitesSection } from './InvitesSection';
import { problemKey } from './problems';

/**
 * The coordinator's screen: agencies, invites, devices, referral settings and figures, and the audit
 * log, read from the hub.
 */
export function CoordinatorScreen() {
  const { network } = useApp();
  const t = useT();
  const admin = network.coordinator;
  useEffect(() => {
    void admin.load();
    // A new invite's code is shown once: leaving the screen hides it for good.
    return () => admin.doneWithInvite();
  }, [admin]);
  const problem = admin.problem.value;
  return (
    <section aria-labelledby="coord-title" class="coordinator">
      <h1 id="coord-title">{t('coord.heading')}</h1>
      <p class="muted">{t('coord.intro', { network: network.membership.value?.network.name ?? '' })}</p>
      <p class="actions">
        <button type="button" class="secondary" onClick={() => void admin.load()}>
          {t('coord.refresh')}
        </button>
      </p>
      <p role="status" class="muted">
        {admin.busy.value ? t('coord.loading') : ''}
      </p>
      {problem && (
        <p role="alert" class="alert">
          {t(problemKey(problem))}
        </p>
      )}
      <InvitesSection />
      <AgenciesSection />
      <DevicesSection />
      <ReferralNetworkEntry />
      <AuditSection />
    </section>
  );
}
