import { describe, expect, it, vi } from 'vitest';
import { uniqueDbName } from '../../tests/fixtures/records';
import { REFERRAL_ID, referralWorld, SENT_AT, sealSample } from '../../tests/fixtures/referrals';
import type { DeviceKeys } from '../vault/deviceKeys';
import { openReferral } from '../vault/envelope';
import { sealStatus } from '../vault/statusUpdate';
import { openDatabase } from './database';
import {
  applyPulledReferrals,
  countPendingReferralItems,
  pendingReferralItems,
  purgeReferrals,
  readReferralCursor,
  readReferrals,
  settlePushed,
  storeOwnItem,
  storeSentReferral,
} from './referrals';
import { forgetLockedData } from './vault';

async function sentAndAccepted() {
  const world = await referralWorld(1);
  const envelope = await sealSample(world);
  const receiver = world.receiver[0] as DeviceKeys;
  const opened = await openReferral(envelope, receiver, { lookup: world.lookup });
  if (!opened.ok) throw new Error(opened.error);
  const accepted = await sealStatus(opened.value, receiver, {
    status: 'accepted',
    at: SENT_AT.toISOString(),
  });
  return { world, envelope, accepted };
}

describe('referrals on the device', () => {
  it('keeps a sent referral and queues it in one step; a replayed queue entry is not doubled', async () => {
    const db = openDatabase(uniqueDbName());
    const { envelope, accepted } = await sentAndAccepted();
    await storeSentReferral(db, envelope);
    await storeSentReferral(db, envelope);
    expect(await countPendingReferralItems(db)).toBe(1);
    expect(await storeOwnItem(db, { kind: 'status', item: accepted })).toBe(true);
    const pending = await pendingReferralItems(db, 10);
    expect(pending.map((p) => p.kind)).toEqual(['envelope', 'status']);
    expect(pending.map((p) => p.id)).toEqual([REFERRAL_ID, accepted.id]);
    await settlePushed(db, [{ entry: pending[0] as (typeof pending)[number], code: null }]);
    expect((await pendingReferralItems(db, 10)).map((p) => p.id)).toEqual([accepted.id]);
    expect((await readReferrals(db))[0]?.updates).toEqual([{ ...accepted, hubSeq: null }]);
    // A refusal for good leaves the outbox and stays on the referral, for a person to see (S4).
    await settlePushed(db, [{ entry: pending[1] as (typeof pending)[number], code: 'not_found' }]);
    expect(await countPendingReferralItems(db)).toBe(0);
    expect((await readReferrals(db))[0]?.refused).toEqual([
      { id: accepted.id, kind: 'status', code: 'not_found' },
    ]);
    db.close();
  });

  it('a full disk keeps neither the referral nor its queue entry, and says so', async () => {
    const db = openDatabase(uniqueDbName());
    const { envelope } = await sentAndAccepted();
    vi.spyOn(db.referralOutbox, 'add').mockRejectedValueOnce(
      new DOMException('The quota has been exceeded.', 'QuotaExceededError'),
    );
    await expect(storeSentReferral(db, envelope)).rejects.toThrow();
    expect(await readReferrals(db)).toEqual([]);
    expect(await countPendingReferralItems(db)).toBe(0);
    db.close();
  });

  it('[S5] applies a pulled page and its cursor together; an own update gets its place in the hub order once', async () => {
    const db = openDatabase(uniqueDbName());
    const { envelope, accepted } = await sentAndAccepted();
    // A page that fails half-way leaves nothing: no referral, no cursor.
    vi.spyOn(db.meta, 'put').mockRejectedValueOnce(new Error('disk gone'));
    await expect(
      applyPulledReferrals(db, [{ seq: 1, kind: 'envelope', item: envelope }], 1),
    ).rejects.toThrow();
    expect(await readReferrals(db)).toEqual([]);
    expect(await readReferralCursor(db)).toBe(0);

    await applyPulledReferrals(db, [{ seq: 1, kind: 'envelope', item: envelope }], 1);
    await storeOwnItem(db, { kind: 'status', item: accepted });
    await applyPulledReferrals(
      db,
      [
        { seq: 1, kind: 'envelope', item: envelope },
        { seq: 7, kind: 'status', item: accepted },
      ],
      7,
    );
    const [row] = await readReferrals(db);
    expect(row?.updates).toEqual([{ ...accepted, hubSeq: 7 }]);
    expect(await readReferralCursor(db)).toBe(7);
    db.close();
  });

  it('purges what is due with what was left to send; a forgotten passphrase takes every referral', async () => {
    const db = openDatabase(uniqueDbName());
    const { envelope, accepted } = await sentAndAccepted();
    await storeSentReferral(db, envelope);
    await storeOwnItem(db, { kind: 'status', item: accepted });
    expect(await purgeReferrals(db, new Date(Date.parse(envelope.purgeAt) - 1))).toBe(0);
    expect(await purgeReferrals(db, new Date(Date.parse(envelope.purgeAt) + 1))).toBe(1);
    expect(await readReferrals(db)).toEqual([]);
    expect(await countPendingReferralItems(db)).toBe(0);
    // A status for a purged referral is neither kept nor sent.
    expect(await storeOwnItem(db, { kind: 'status', item: accepted })).toBe(false);

    await storeSentReferral(db, envelope);
    await forgetLockedData(db);
    expect(await readReferrals(db)).toEqual([]);
    expect(await countPendingReferralItems(db)).toBe(0);
    db.close();
  });
});
