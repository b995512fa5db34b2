// The referral screens' catalogs, loaded on demand with them.
import type { Locale } from '../index';
import type { ReferralsCatalog } from './en';

export type { ReferralsCatalog, ReferralsKey } from './en';

export async function loadReferralsCatalog(locale: Locale): Promise<ReferralsCatalog> {
  return locale === 'fr' ? (await import('./fr')).referralsFr : (await import('./en')).referralsEn;
}
