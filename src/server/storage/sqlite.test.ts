import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { storageContract } from './contract';
import { MIGRATIONS, migrate, openSqliteStorage, SCHEMA_VERSION } from './sqlite';

storageContract('SQLite (memory)', () => openSqliteStorage(':memory:'));
storageContract('SQLite (file, WAL)', () =>
  openSqliteStorage(join(mkdtempSync(join(tmpdir(), 'hub-')), 'hub.sqlite')),
);

describe('SQLite schema migrations', () => {
  it.each(Array.from({ length: SCHEMA_VERSION }, (_, v) => v))(
    'from version %i to the current one',
    (from) => {
      const file = join(mkdtempSync(join(tmpdir(), 'hub-mig-')), 'hub.sqlite');
      const old = new Database(file);
      for (let v = 0; v < from; v++) old.exec(MIGRATIONS[v] as string);
      old.pragma(`user_version = ${from}`);
      if (from > 0)
        old.prepare("INSERT INTO agencies (id, name, created_at) VALUES ('a', 'Kept', '2026-01-01')").run();
      old.close();
      const db = new Database(file);
      migrate(db);
      expect(db.pragma('user_version', { simple: true })).toBe(SCHEMA_VERSION);
      if (from > 0) expect(db.prepare('SELECT name FROM agencies').get()).toEqual({ name: 'Kept' });
      migrate(db); // a second start changes nothing
      db.close();
    },
  );

  it('to version 3: a network from before gets the referral defaults, and the relay starts empty', async () => {
    const file = join(mkdtempSync(join(tmpdir(), 'hub-mig3-')), 'hub.sqlite');
    const old = new Database(file);
    for (const sql of MIGRATIONS.slice(0, 2)) old.exec(sql);
    old.pragma('user_version = 2');
    old
      .prepare(
        "INSERT INTO network (id, name, demo, hsds_public, created_at) VALUES ('n', 'Kept', 0, 1, '2026-01-01')",
      )
      .run();
    old.close();
    const storage = openSqliteStorage(file);
    expect(await storage.getNetwork()).toEqual({
      id: 'n',
      name: 'Kept',
      demo: false,
      hsdsPublic: true,
      peersMaySendReferrals: false,
      referralRetentionDays: 90,
      withheldCommunities: [],
      createdAt: '2026-01-01',
    });
    expect(await storage.listDeviceKeys()).toEqual([]);
    expect(await storage.sealedSince(0, 10, { agencyId: 'a', now: '2026-01-01' })).toEqual({
      rows: [],
      latestSeq: 0,
    });
    await storage.close();
  });

  it('to versions 4 and 5: no community withheld, no figures, and published keys kept as current', async () => {
    const file = join(mkdtempSync(join(tmpdir(), 'hub-mig5-')), 'hub.sqlite');
    const old = new Database(file);
    for (const sql of MIGRATIONS.slice(0, 3)) old.exec(sql);
    old.pragma('user_version = 3');
    old.exec(`
      INSERT INTO network (id, name, demo, hsds_public, peers_may_send_referrals, referral_retention_days,
        created_at) VALUES ('n', 'Kept', 0, 0, 1, 30, '2026-01-01');
      INSERT INTO devices (id, token_hash, role, agency_id, enrolled_at) VALUES ('d', 'h', 'editor', 'a', '2026-01-01');
      INSERT INTO device_keys (device_id, agency_id, agreement, signing) VALUES ('d', 'a', 'A', 'S');
    `);
    old.close();
    const storage = openSqliteStorage(file);
    expect(await storage.getNetwork()).toMatchObject({
      peersMaySendReferrals: true,
      referralRetentionDays: 30,
      withheldCommunities: [],
    });
    expect(await storage.listStats(36)).toEqual([]);
    const kept = { deviceId: 'd', agencyId: 'a', agreement: 'A', signing: 'S' };
    expect(await storage.listDeviceKeys()).toEqual([{ ...kept, revoked: false, retired: false }]);
    await storage.replaceDeviceKeys({ ...kept, agreement: 'B', signing: 'T' });
    expect(await storage.retiredDeviceKeys('d')).toEqual([kept]);
    await storage.close();
  });

  it('refuses a database from a newer hub, naming both versions', () => {
    const file = join(mkdtempSync(join(tmpdir(), 'hub-new-')), 'hub.sqlite');
    const db = new Database(file);
    db.pragma(`user_version = ${SCHEMA_VERSION + 1}`);
    db.close();
    expect(() => openSqliteStorage(file)).toThrow(/newer than this hub/);
  });
});

describe('SQLite reads outside a transaction', () => {
  it('[S5] see committed data only: never a batch half-applied, and without waiting for the writer', async () => {
    const storage = openSqliteStorage(join(mkdtempSync(join(tmpdir(), 'hub-read-')), 'hub.sqlite'));
    const id = '00000000-0000-4000-8000-000000000001';
    let release: () => void = () => {};
    const writing = storage.transaction(async () => {
      await storage.putRecord(
        {
          entity: 'service',
          id,
          version: 1,
          value: { id },
          agencyId: null,
          scope: 'network',
          modifiedAt: 'x',
        },
        [],
      );
      await new Promise<void>((r) => {
        release = r;
      });
    });
    await new Promise((r) => setTimeout(r, 5));
    const during = await storage.changesSince(0, 10, { agencyId: null });
    expect(during).toEqual({ rows: [], latestSeq: 0 });
    release();
    await writing;
    const after = await storage.changesSince(0, 10, { agencyId: null });
    expect(after.rows.map((r) => r.id)).toEqual([id]);
    expect(after.latestSeq).toBe(1);
    await storage.close();
  });
});
