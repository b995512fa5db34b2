// The storage contract: every HubStorage method, as one suite that each backend runs (sqlite.test.ts
// for the default). A second backend passes this suite before the hub may use it.
import { afterEach, describe, expect, it } from 'vitest';
import type { HubStorage, RecordRow } from './types';

const AT = '2026-11-20T10:00:00.000Z';
const uuid = (n: number) => `00000000-0000-4000-8000-${String(n).padStart(12, '0')}`;

export function storageContract(name: string, open: () => HubStorage): void {
  describe(`storage contract: ${name}`, () => {
    let storage: HubStorage;
    const fresh = () => {
      storage = open();
      return storage;
    };
    afterEach(async () => {
      await storage?.close();
    });

    it('keeps the network, agencies, invites and devices, and finds them by hash', async () => {
      const s = fresh();
      expect(await s.getNetwork()).toBeNull();
      const network = {
        id: uuid(1),
        name: 'NORAHT',
        demo: true,
        hsdsPublic: false,
        peersMaySendReferrals: false,
        referralRetentionDays: 90,
        withheldCommunities: [],
        createdAt: AT,
      };
      await s.putNetwork(network);
      expect(await s.getNetwork()).toEqual(network);
      const changed = {
        ...network,
        name: 'NORAHT region',
        demo: false,
        hsdsPublic: true,
        peersMaySendReferrals: true,
        referralRetentionDays: 30,
        withheldCommunities: ['peawanuck', 'attawapiskat'],
      };
      await s.putNetwork(changed);
      expect(await s.getNetwork()).toEqual(changed);

      await s.putAgency({ id: uuid(2), name: 'Birchlight', createdAt: AT });
      await s.putAgency({ id: uuid(3), name: 'Aspen House', createdAt: AT });
      await s.putAgency({ id: uuid(2), name: 'Birchlight Centre', createdAt: AT });
      expect((await s.listAgencies()).map((a) => a.name)).toEqual(['Aspen House', 'Birchlight Centre']);
      expect(await s.getAgency(uuid(9))).toBeNull();

      const invite = {
        id: uuid(4),
        codeHash: 'hash-1',
        role: 'editor' as const,
        agencyId: uuid(2),
        createdAt: AT,
        expiresAt: AT,
        usedAt: null,
        usedBy: null,
        revokedAt: null,
      };
      await s.putInvite(invite);
      await s.putInvite({ ...invite, usedAt: AT, usedBy: uuid(5) });
      expect(await s.findInviteByCodeHash('hash-1')).toEqual({ ...invite, usedAt: AT, usedBy: uuid(5) });
      expect(await s.findInviteByCodeHash('nope')).toBeNull();
      expect(await s.getInvite(uuid(4))).not.toBeNull();
      expect(await s.listInvites()).toHaveLength(1);

      const device = {
        id: uuid(5),
        tokenHash: 'token-hash',
        name: 'Outreach phone',
        role: 'editor' as const,
        agencyId: uuid(2),
        enrolledAt: AT,
        lastSeenAt: null,
        revokedAt: null,
      };
      await s.putDevice(device);
      await s.putDevice({ ...device, lastSeenAt: AT });
      expect(await s.findDeviceByTokenHash('token-hash')).toEqual({ ...device, lastSeenAt: AT });
      expect(await s.getDevice(uuid(5))).not.toBeNull();
      expect(await s.listDevices()).toHaveLength(1);
    });

    it('versions records at increasing hub sequences, with the fields each version changed', async () => {
      const s = fresh();
      const base: Omit<RecordRow, 'seq'> = {
        entity: 'service',
        id: uuid(10),
        version: 1,
        value: { id: uuid(10), name: 'A' },
        agencyId: uuid(2),
        scope: 'network',
        modifiedAt: AT,
      };
      const first = await s.putRecord(base, ['id', 'name']);
      const second = await s.putRecord({ ...base, version: 2, value: { id: uuid(10), name: 'B' } }, ['name']);
      const third = await s.putRecord(
        { ...base, version: 3, value: { id: uuid(10), name: 'B', alert: 'x' } },
        ['alert'],
        uuid(7),
      );
      expect(second.seq).toBeGreaterThan(first.seq);
      expect(third.seq).toBeGreaterThan(second.seq);
      expect(await s.getRecord('service', uuid(10))).toEqual(third);
      expect(await s.getRecord('organization', uuid(10))).toBeNull();
      expect([...(await s.fieldsChangedSince('service', uuid(10), 1))].sort()).toEqual(['alert', 'name']);
      expect([...(await s.fieldsChangedSince('service', uuid(10), 2))]).toEqual(['alert']);
      // A device's own changes are left out when it asks (S3: its later change supersedes them).
      expect([...(await s.fieldsChangedSince('service', uuid(10), 1, uuid(7)))]).toEqual(['name']);
      expect([...(await s.fieldsChangedSince('service', uuid(10), 1, uuid(8)))].sort()).toEqual([
        'alert',
        'name',
      ]);
      expect(await s.latestSeq()).toBe(third.seq);
    });

    it('[S0] pages changes by sequence, each device seeing the network’s and its own agency’s', async () => {
      const s = fresh();
      const row = (
        n: number,
        scope: 'network' | 'agency',
        agencyId: string | null,
      ): Omit<RecordRow, 'seq'> => ({
        entity: scope === 'network' ? 'service' : 'answer',
        id: uuid(n),
        version: 1,
        value: { id: uuid(n) },
        agencyId,
        scope,
        modifiedAt: AT,
      });
      await s.putRecord(row(20, 'network', null), []);
      await s.putRecord(row(21, 'agency', uuid(2)), []);
      await s.putRecord(row(22, 'agency', uuid(3)), []);
      await s.putRecord(row(23, 'network', uuid(3)), []);
      const mine = (await s.changesSince(0, 10, { agencyId: uuid(2) })).rows;
      expect(mine.map((r) => r.id)).toEqual([uuid(20), uuid(21), uuid(23)]);
      const none = (await s.changesSince(0, 10, { agencyId: null })).rows;
      expect(none.map((r) => r.id)).toEqual([uuid(20), uuid(23)]);
      const page = (await s.changesSince(mine[0]?.seq ?? 0, 1, { agencyId: uuid(2) })).rows;
      expect(page.map((r) => r.id)).toEqual([uuid(21)]);
    });

    it('[S7] keeps tombstones until purged; a purge raises the oldest cursor it can answer', async () => {
      const s = fresh();
      const live = await s.putRecord(
        {
          entity: 'service',
          id: uuid(30),
          version: 1,
          value: { id: uuid(30) },
          agencyId: null,
          scope: 'network',
          modifiedAt: AT,
        },
        [],
      );
      const dead = await s.putRecord(
        {
          entity: 'service',
          id: uuid(31),
          version: 2,
          value: null,
          agencyId: null,
          scope: 'network',
          modifiedAt: AT,
        },
        [],
      );
      expect((await s.changesSince(0, 10, { agencyId: null })).rows.map((r) => r.value)).toEqual([
        { id: uuid(30) },
        null,
      ]);
      expect(await s.oldestCursor()).toBe(0);
      expect(await s.purgeTombstones(dead.seq)).toBe(1);
      expect(await s.oldestCursor()).toBe(dead.seq);
      expect(await s.getRecord('service', uuid(31))).toBeNull();
      expect(await s.getRecord('service', uuid(30))).toEqual(live);
      // The sequence never goes back, even when the newest row was purged.
      const next = await s.putRecord({ ...live, version: 2 }, []);
      expect(next.seq).toBeGreaterThan(dead.seq);
    });

    it('lists live records of one entity by id, paged, and by modification time', async () => {
      const s = fresh();
      for (const n of [43, 41, 42]) {
        await s.putRecord(
          {
            entity: 'organization',
            id: uuid(n),
            version: 1,
            value: n === 42 ? null : { id: uuid(n) },
            agencyId: null,
            scope: 'network',
            modifiedAt: n === 43 ? '2026-11-21T00:00:00.000Z' : AT,
          },
          [],
        );
      }
      const all = await s.listLive('organization', { offset: 0, limit: 10 });
      expect(all.total).toBe(2);
      expect(all.rows.map((r) => r.id)).toEqual([uuid(41), uuid(43)]);
      const second = await s.listLive('organization', { offset: 1, limit: 1 });
      expect(second.rows.map((r) => r.id)).toEqual([uuid(43)]);
      const recent = await s.listLive('organization', { offset: 0, limit: 10, modifiedAfter: AT });
      expect(recent.rows.map((r) => r.id)).toEqual([uuid(43)]);
    });

    it('[S2] keeps each mutation’s result under (device, mutation id); [S4] keeps conflicts', async () => {
      const s = fresh();
      const result = { id: uuid(50), status: 'applied' as const, version: 3 };
      await s.putResult(uuid(5), uuid(50), result);
      expect(await s.getResult(uuid(5), uuid(50))).toEqual(result);
      expect(await s.getResult(uuid(6), uuid(50))).toBeNull();
      await expect(s.putResult(uuid(5), uuid(50), result)).rejects.toThrow();
      const conflict = {
        deviceId: uuid(5),
        mutationId: uuid(51),
        entity: 'service' as const,
        recordId: uuid(10),
        mutation: { op: 'patch' },
        current: { id: uuid(10) },
        currentVersion: 4,
        at: AT,
      };
      await s.putConflict(conflict);
      await s.putConflict(conflict);
      expect(await s.listConflicts()).toEqual([conflict]);
    });

    it('keeps each device’s published keys once, and lists them with whether the device is revoked', async () => {
      const s = fresh();
      for (const [n, revokedAt] of [
        [70, null],
        [71, AT],
      ] as const)
        await s.putDevice({
          id: uuid(n),
          tokenHash: `token-${n}`,
          role: 'outreach',
          agencyId: uuid(2),
          enrolledAt: AT,
          lastSeenAt: null,
          revokedAt,
        });
      const keys = (n: number) => ({
        deviceId: uuid(n),
        agencyId: uuid(2),
        agreement: `agreement-${n}`,
        signing: `signing-${n}`,
      });
      expect(await s.getDeviceKeys(uuid(70))).toBeNull();
      await s.putDeviceKeys(keys(70));
      await s.putDeviceKeys(keys(71));
      expect(await s.getDeviceKeys(uuid(70))).toEqual(keys(70));
      // A second put never changes them (a replacement is its own method).
      await expect(s.putDeviceKeys({ ...keys(70), signing: 'other' })).rejects.toThrow();
      expect(await s.getDeviceKeys(uuid(70))).toEqual(keys(70));
      expect(await s.listDeviceKeys()).toEqual([
        { ...keys(70), revoked: false, retired: false },
        { ...keys(71), revoked: true, retired: false },
      ]);
    });

    it('replaces a device’s keys, keeping the ones replaced as retired, listed before its current ones', async () => {
      const s = fresh();
      for (const n of [72, 73])
        await s.putDevice({
          id: uuid(n),
          tokenHash: `token-${n}`,
          role: 'editor',
          agencyId: uuid(2),
          enrolledAt: AT,
          lastSeenAt: null,
          revokedAt: null,
        });
      const keys = (n: number, set: number) => ({
        deviceId: uuid(n),
        agencyId: uuid(2),
        agreement: `agreement-${n}-${set}`,
        signing: `signing-${n}-${set}`,
      });
      // Nothing to replace: a device's first keys are put.
      await expect(s.replaceDeviceKeys(keys(72, 1))).rejects.toThrow();
      expect(await s.getDeviceKeys(uuid(72))).toBeNull();
      await s.putDeviceKeys(keys(72, 1));
      await s.putDeviceKeys(keys(73, 1));
      expect(await s.retiredDeviceKeys(uuid(72))).toEqual([]);
      await s.replaceDeviceKeys(keys(72, 2));
      await s.replaceDeviceKeys(keys(72, 3));
      expect(await s.getDeviceKeys(uuid(72))).toEqual(keys(72, 3));
      expect(await s.retiredDeviceKeys(uuid(72))).toEqual([keys(72, 1), keys(72, 2)]);
      expect(await s.retiredDeviceKeys(uuid(73))).toEqual([]);
      await expect(s.putDeviceKeys(keys(72, 4))).rejects.toThrow();
      await s.putDevice({
        id: uuid(72),
        tokenHash: 'token-72',
        role: 'editor',
        agencyId: uuid(2),
        enrolledAt: AT,
        lastSeenAt: null,
        revokedAt: AT,
      });
      expect(await s.listDeviceKeys()).toEqual([
        { ...keys(72, 1), revoked: true, retired: true },
        { ...keys(72, 2), revoked: true, retired: true },
        { ...keys(72, 3), revoked: true, retired: false },
        { ...keys(73, 1), revoked: false, retired: false },
      ]);
      // In a transaction that throws, a replacement leaves nothing behind.
      await expect(
        s.transaction(async () => {
          await s.replaceDeviceKeys(keys(73, 2));
          throw new Error('disk gone');
        }),
      ).rejects.toThrow('disk gone');
      expect(await s.getDeviceKeys(uuid(73))).toEqual(keys(73, 1));
      expect(await s.retiredDeviceKeys(uuid(73))).toEqual([]);
    });

    it('keeps each agency’s tables once per month, and lists the newest months with every agency’s', async () => {
      const s = fresh();
      const row = (agency: number, month: string) => ({
        agencyId: uuid(agency),
        month,
        needs: `{"needs":"${agency}/${month}"}`,
        turnAways: `{"turnAways":"${agency}/${month}"}`,
      });
      expect(await s.getStats(uuid(2), '2026-09')).toBeNull();
      expect(await s.listStats(36)).toEqual([]);
      for (const [agency, month] of [
        [2, '2026-09'],
        [3, '2026-10'],
        [2, '2026-10'],
        [3, '2026-08'],
        [2, '2025-12'],
      ] as const)
        await s.putStats(row(agency, month));
      expect(await s.getStats(uuid(2), '2026-09')).toEqual(row(2, '2026-09'));
      expect(await s.getStats(uuid(3), '2026-09')).toBeNull();
      // Once: a second put for the same agency and month throws and changes nothing.
      await expect(s.putStats({ ...row(2, '2026-09'), needs: '{}' })).rejects.toThrow();
      expect(await s.getStats(uuid(2), '2026-09')).toEqual(row(2, '2026-09'));
      expect(await s.listStats(2)).toEqual([row(2, '2026-10'), row(3, '2026-10'), row(2, '2026-09')]);
      expect((await s.listStats(36)).map((r) => r.month)).toEqual([
        '2026-10',
        '2026-10',
        '2026-09',
        '2026-08',
        '2025-12',
      ]);
      expect(await s.statsMonthsOf(uuid(2), 10)).toEqual(['2026-10', '2026-09', '2025-12']);
      expect(await s.statsMonthsOf(uuid(2), 2)).toEqual(['2026-10', '2026-09']);
      expect(await s.statsMonthsOf(uuid(9), 10)).toEqual([]);
    });

    it('relays sealed items by their own sequence, to the two agencies only, until purged', async () => {
      const s = fresh();
      const [a, b, c] = [uuid(80), uuid(81), uuid(82)];
      const soon = '2026-11-21T00:00:00.000Z';
      const later = '2026-12-01T00:00:00.000Z';
      await s.putReferralRoute({ referralId: uuid(90), fromAgency: a, toAgency: b, purgeAt: soon });
      await s.putReferralRoute({ referralId: uuid(91), fromAgency: a, toAgency: c, purgeAt: later });
      await expect(
        s.putReferralRoute({ referralId: uuid(90), fromAgency: a, toAgency: c, purgeAt: later }),
      ).rejects.toThrow();
      const put = (kind: 'envelope' | 'grant' | 'status', key: string, referralId: string) =>
        s.putSealed({ kind, key, referralId, body: `{"${kind}":"${key}"}` });
      const e90 = await put('envelope', uuid(90), uuid(90));
      const e91 = await put('envelope', uuid(91), uuid(91));
      const u90 = await put('status', uuid(92), uuid(90));
      const g91 = await put('grant', `${uuid(91)}:${uuid(70)}:${uuid(71)}`, uuid(91));
      expect(e91.seq).toBeGreaterThan(e90.seq);
      expect(g91.seq).toBeGreaterThan(u90.seq);
      expect(await s.getSealed('status', uuid(92))).toEqual(u90);
      expect(await s.getSealed('envelope', uuid(92))).toBeNull();
      await expect(put('status', uuid(92), uuid(90))).rejects.toThrow();
      // An item belongs to a referral the relay holds.
      await expect(put('status', uuid(93), uuid(99))).rejects.toThrow();

      const seen = async (agencyId: string | null, now = AT, cursor = 0, limit = 10) =>
        (await s.sealedSince(cursor, limit, { agencyId, now })).rows.map((r) => r.key);
      expect(await seen(a)).toEqual([uuid(90), uuid(91), uuid(92), g91.key]);
      expect(await seen(b)).toEqual([uuid(90), uuid(92)]);
      expect(await seen(c)).toEqual([uuid(91), g91.key]);
      expect(await seen(uuid(83))).toEqual([]);
      expect(await seen(null)).toEqual([]);
      // Due at `now`: no longer relayed, even before the purge runs.
      expect(await seen(a, soon)).toEqual([uuid(91), g91.key]);
      expect(await seen(a, AT, e90.seq, 2)).toEqual([uuid(91), uuid(92)]);
      expect((await s.sealedSince(0, 10, { agencyId: c, now: AT })).latestSeq).toBe(g91.seq);

      expect(await s.purgeReferrals(AT)).toBe(0);
      expect(await s.purgeReferrals(soon)).toBe(1);
      expect(await s.getReferralRoute(uuid(90))).toBeNull();
      expect(await s.getSealed('envelope', uuid(90))).toBeNull();
      expect(await s.getSealed('status', uuid(92))).toBeNull();
      expect(await s.getReferralRoute(uuid(91))).toEqual({
        referralId: uuid(91),
        fromAgency: a,
        toAgency: c,
        purgeAt: later,
      });
      expect(await seen(a)).toEqual([uuid(91), g91.key]);
      // A sequence is never given twice, even after the newest items were purged.
      await s.purgeReferrals(later);
      await s.putReferralRoute({ referralId: uuid(94), fromAgency: a, toAgency: b, purgeAt: later });
      expect((await put('envelope', uuid(94), uuid(94))).seq).toBeGreaterThan(g91.seq);
    });

    it('appends the audit log and reads it newest first, in pages', async () => {
      const s = fresh();
      for (const action of ['enrol', 'write', 'revoke-device'])
        await s.audit({ at: AT, action, deviceId: uuid(5), subject: 'service/x', detail: null });
      const newest = await s.listAudit({ limit: 2 });
      expect(newest.map((e) => e.action)).toEqual(['revoke-device', 'write']);
      const older = await s.listAudit({ before: newest[1]?.seq ?? 0, limit: 10 });
      expect(older.map((e) => e.action)).toEqual(['enrol']);
    });

    it('a transaction that throws leaves nothing behind; transactions run one at a time', async () => {
      const s = fresh();
      await expect(
        s.transaction(async () => {
          await s.putAgency({ id: uuid(60), name: 'Half', createdAt: AT });
          throw new Error('disk gone');
        }),
      ).rejects.toThrow('disk gone');
      expect(await s.getAgency(uuid(60))).toBeNull();

      const order: string[] = [];
      await Promise.all(
        ['a', 'b', 'c'].map((name) =>
          s.transaction(async () => {
            order.push(`${name}:start`);
            await new Promise((r) => setTimeout(r, 5));
            await s.transaction(async () => s.putAgency({ id: uuid(61), name, createdAt: AT }));
            order.push(`${name}:end`);
          }),
        ),
      );
      expect(order).toEqual(['a:start', 'a:end', 'b:start', 'b:end', 'c:start', 'c:end']);
      expect((await s.getAgency(uuid(61)))?.name).toBe('c');
    });
  });
}
