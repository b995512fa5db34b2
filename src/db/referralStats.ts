// What a receiving device counts for the network's de-identified figures (R4): one event per received
// referral's needs and one per turn-away, keyed by the referral so that counting again replaces. They
// outlive the referrals (retention purges those within days; a month is published after it ends),
// so they are kept apart, sealed under the app lock's data key like the referrals themselves: needs
// and a community beside a referral id say what the referral said. Sealing is WebCrypto, which an
// IndexedDB transaction cannot wait for: sealed first, then written if nothing changed meanwhile.
import * as z from 'zod/mini';
import { isStaleEvent, type StatsEvent, statsEventSchema } from '../model/referralStats';
import { open, type Sealed, seal } from '../vault/keys';
import type { CircleDatabase } from './database';

export const STATS_KEY = 'referrals.stats';
/** Bound as additional data: no other sealed value reads as the counts. */
const STATS_CONTEXT = 'referral-stats';
const sealedSchema = z.strictObject({ iv: z.string(), data: z.string() });
const ledgerSchema = z.record(z.string().check(z.maxLength(100)), statsEventSchema);
export type StatsLedger = Record<string, StatsEvent>;

async function readSealed(db: CircleDatabase): Promise<Sealed | null> {
  const parsed = sealedSchema.safeParse((await db.meta.get(STATS_KEY))?.value);
  return parsed.success ? parsed.data : null;
}

/**
 * The counted events; empty when there are none. Throws when they are there but do not open with
 * `key` or do not read as events: never answer "nothing counted" for counts that exist.
 */
export async function readStatsLedger(db: CircleDatabase, key: CryptoKey): Promise<StatsLedger> {
  const sealed = await readSealed(db);
  if (!sealed) return {};
  const parsed = ledgerSchema.safeParse(await open(key, sealed, STATS_CONTEXT));
  if (!parsed.success) throw new Error('The referral counts on this device do not open with this key.');
  return parsed.data;
}

/**
 * Adds or replaces `events` and drops those older than the months kept; writes nothing when nothing
 * changes. Another tab writing meanwhile makes it read and seal again.
 */
export async function recordStatsEvents(
  db: CircleDatabase,
  key: CryptoKey,
  events: ReadonlyArray<readonly [string, StatsEvent]>,
  now: Date,
): Promise<void> {
  for (;;) {
    const before = await readSealed(db);
    const ledger = await readStatsLedger(db, key);
    let changed = false;
    for (const [id, event] of events) {
      if (JSON.stringify(ledger[id]) === JSON.stringify(event)) continue;
      ledger[id] = event;
      changed = true;
    }
    for (const [id, event] of Object.entries(ledger)) {
      if (!isStaleEvent(event, now)) continue;
      delete ledger[id];
      changed = true;
    }
    if (!changed) return;
    const sealed = await seal(key, ledger, STATS_CONTEXT);
    const done = await db.transaction('rw', db.meta, async () => {
      const current = await readSealed(db);
      if (current?.iv !== before?.iv) return false;
      await db.meta.put({ key: STATS_KEY, value: sealed });
      return true;
    });
    if (done) return;
  }
}

/** The community a service is counted in: its first location's, else its first service area's. */
export async function readServiceCommunity(db: CircleDatabase, serviceId: string): Promise<string | null> {
  const service = (await db.services.get(serviceId))?.value as
    | { location_ids?: unknown; service_areas?: unknown }
    | undefined;
  const locationIds = Array.isArray(service?.location_ids) ? service.location_ids : [];
  for (const id of locationIds) {
    if (typeof id !== 'string') continue;
    const location = (await db.locations.get(id))?.value as { community_id?: unknown } | undefined;
    if (typeof location?.community_id === 'string') return location.community_id;
  }
  const areas = Array.isArray(service?.service_areas) ? service.service_areas : [];
  for (const area of areas as Array<{ community_id?: unknown } | null>) {
    if (typeof area?.community_id === 'string') return area.community_id;
  }
  return null;
}
