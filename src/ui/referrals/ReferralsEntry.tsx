import type { Locale } from '../../i18n';
import { LazyScreen } from '../LazyScreen';

async function words(locale: Locale) {
  const [{ loadReferralsCatalog }, { translator }] = await Promise.all([
    import('../../i18n/referrals'),
    import('../../i18n'),
  ]);
  return translator(await loadReferralsCatalog(locale));
}

async function loadList(locale: Locale) {
  const [{ ReferralsScreen }, tr] = await Promise.all([import('./ReferralsScreen'), words(locale)]);
  return () => <ReferralsScreen tr={tr} />;
}

/** Referrals received and sent: code and words load on demand, never on first paint. */
export function ReferralsEntry() {
  return <LazyScreen load={loadList} />;
}

/** The referral form for one service. */
export function ReferEntry({ serviceId }: { serviceId: string }) {
  return (
    <LazyScreen
      load={async (locale) => {
        const [{ ReferralForm }, tr] = await Promise.all([import('./ReferralForm'), words(locale)]);
        return () => <ReferralForm tr={tr} serviceId={serviceId} />;
      }}
    />
  );
}

/** The coordinator's referral settings and the network's figures. */
export function ReferralNetworkEntry() {
  return (
    <LazyScreen
      load={async (locale) => {
        const [{ ReferralNetwork }, tr] = await Promise.all([import('./ReferralNetwork'), words(locale)]);
        return () => <ReferralNetwork tr={tr} />;
      }}
    />
  );
}
