// The default hub storage: one SQLite file (better-sqlite3, WAL, one writer). Schema migrations run on
// open, in order, each in its own transaction; `user_version` records how far a file has come.
import { AsyncLocalStorage } from 'node:async_hooks';
import Database from 'better-sqlite3';
import type { Entity } from '../../model/mutation';
import type { PublicDeviceKeys } from '../../model/sealedReferral';
import type { AuditEntry, MutationResult, SealedKind } from '../../protocol';
import type {
  AgencyRow,
  ConflictRow,
  DeviceRow,
  HubStorage,
  InviteRow,
  ListedKeysRow,
  NetworkRow,
  RecordRow,
  ReferralRouteRow,
  SealedRow,
  StatsRow,
} from './types';

/** Each entry upgrades a file from the version before it; never edited once released. */
export const MIGRATIONS: readonly string[] = [
  // 1: the first hub.
  `
  CREATE TABLE network (
    id TEXT PRIMARY KEY, name TEXT NOT NULL, demo INTEGER NOT NULL, hsds_public INTEGER NOT NULL,
    created_at TEXT NOT NULL
  );
  CREATE TABLE agencies (id TEXT PRIMARY KEY, name TEXT NOT NULL, created_at TEXT NOT NULL);
  CREATE TABLE invites (
    id TEXT PRIMARY KEY, code_hash TEXT NOT NULL UNIQUE, role TEXT NOT NULL, agency_id TEXT,
    created_at TEXT NOT NULL, expires_at TEXT NOT NULL, used_at TEXT, used_by TEXT, revoked_at TEXT
  );
  CREATE TABLE devices (
    id TEXT PRIMARY KEY, token_hash TEXT NOT NULL UNIQUE, name TEXT, role TEXT NOT NULL, agency_id TEXT,
    enrolled_at TEXT NOT NULL, last_seen_at TEXT, revoked_at TEXT
  );
  CREATE TABLE records (
    entity TEXT NOT NULL, id TEXT NOT NULL, version INTEGER NOT NULL, seq INTEGER NOT NULL UNIQUE,
    value TEXT, agency_id TEXT, scope TEXT NOT NULL, modified_at TEXT NOT NULL,
    PRIMARY KEY (entity, id)
  );
  CREATE INDEX records_by_entity ON records (entity, id) WHERE value IS NOT NULL;
  CREATE TABLE record_versions (
    entity TEXT NOT NULL, id TEXT NOT NULL, version INTEGER NOT NULL, fields TEXT NOT NULL,
    PRIMARY KEY (entity, id, version)
  );
  CREATE TABLE results (
    device_id TEXT NOT NULL, mutation_id TEXT NOT NULL, result TEXT NOT NULL,
    PRIMARY KEY (device_id, mutation_id)
  );
  CREATE TABLE conflicts (
    device_id TEXT NOT NULL, mutation_id TEXT NOT NULL, entity TEXT NOT NULL, record_id TEXT NOT NULL,
    mutation TEXT NOT NULL, current TEXT, current_version INTEGER NOT NULL, at TEXT NOT NULL,
    PRIMARY KEY (device_id, mutation_id)
  );
  CREATE TABLE audit (
    seq INTEGER PRIMARY KEY AUTOINCREMENT, at TEXT NOT NULL, action TEXT NOT NULL, device_id TEXT,
    subject TEXT, detail TEXT
  );
  CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);
  `,
  // 2: who made each version, so that a device's later change never conflicts with its own earlier one.
  `ALTER TABLE record_versions ADD COLUMN device_id TEXT;`,
  // 3: the referral relay (ciphertext and routing only) and the network's referral settings.
  `
  ALTER TABLE network ADD COLUMN peers_may_send_referrals INTEGER NOT NULL DEFAULT 0;
  ALTER TABLE network ADD COLUMN referral_retention_days INTEGER NOT NULL DEFAULT 90;
  CREATE TABLE device_keys (
    device_id TEXT PRIMARY KEY, agency_id TEXT, agreement TEXT NOT NULL, signing TEXT NOT NULL
  );
  CREATE TABLE referral_routes (
    referral_id TEXT PRIMARY KEY, from_agency TEXT NOT NULL, to_agency TEXT NOT NULL,
    purge_at TEXT NOT NULL
  );
  CREATE INDEX referral_routes_by_purge ON referral_routes (purge_at);
  CREATE TABLE sealed_items (
    seq INTEGER PRIMARY KEY AUTOINCREMENT, kind TEXT NOT NULL, key TEXT NOT NULL,
    referral_id TEXT NOT NULL REFERENCES referral_routes (referral_id) ON DELETE CASCADE,
    body TEXT NOT NULL, UNIQUE (kind, key)
  );
  CREATE INDEX sealed_items_by_referral ON sealed_items (referral_id);
  `,
  // 4: de-identified figures, one agency's tables per closed month (no device), and the communities
  // whose figures the network turned off.
  `
  ALTER TABLE network ADD COLUMN withheld_communities TEXT NOT NULL DEFAULT '[]';
  CREATE TABLE published_stats (
    agency_id TEXT NOT NULL, month TEXT NOT NULL, needs TEXT NOT NULL, turn_aways TEXT NOT NULL,
    PRIMARY KEY (agency_id, month)
  );
  CREATE INDEX published_stats_by_month ON published_stats (month);
  `,
  // 5: a device's keys replaced (a forgotten passphrase): the old ones kept, retired, for openers.
  `
  CREATE TABLE retired_device_keys (
    seq INTEGER PRIMARY KEY AUTOINCREMENT, device_id TEXT NOT NULL, agency_id TEXT,
    agreement TEXT NOT NULL, signing TEXT NOT NULL
  );
  CREATE INDEX retired_device_keys_by_device ON retired_device_keys (device_id, seq);
  `,
];

export const SCHEMA_VERSION = MIGRATIONS.length;

/** Opens (creating if need be) and migrates a hub database file; `:memory:` for tests. */
export function openSqliteStorage(file: string): HubStorage {
  const db = new Database(file);
  db.pragma('journal_mode = WAL');
  db.pragma('synchronous = NORMAL');
  db.pragma('foreign_keys = ON');
  db.pragma('busy_timeout = 5000');
  // What is deleted (a purged referral's ciphertext and routing, a purged tombstone) is overwritten
  // with zeros, not left in free pages of the file.
  db.pragma('secure_delete = ON');
  migrate(db);
  // A second, read-only connection: reads outside a transaction (pull, the HSDS API) see committed
  // data only, never a batch half-applied, and do not wait for the writer. (`:memory:` has one.)
  const reader = file === ':memory:' ? null : new Database(file, { readonly: true });
  reader?.pragma('busy_timeout = 5000');
  return new SqliteStorage(db, reader);
}

export function migrate(db: Database.Database): void {
  const from = db.pragma('user_version', { simple: true }) as number;
  if (from > MIGRATIONS.length) {
    throw new Error(
      `This hub database is at schema version ${from}, newer than this hub (${MIGRATIONS.length}): update the hub.`,
    );
  }
  for (let version = from; version < MIGRATIONS.length; version++) {
    db.transaction(() => {
      db.exec(MIGRATIONS[version] as string);
      db.pragma(`user_version = ${version + 1}`);
    })();
  }
}

const json = (value: unknown) => (value === null || value === undefined ? null : JSON.stringify(value));
const parse = <T>(text: unknown): T => JSON.parse(text as string) as T;

interface RecordDbRow {
  entity: Entity;
  id: string;
  version: number;
  seq: number;
  value: string | null;
  agency_id: string | null;
  scope: 'network' | 'agency';
  modified_at: string;
}

function recordOf(row: RecordDbRow): RecordRow {
  return {
    entity: row.entity,
    id: row.id,
    version: row.version,
    seq: row.seq,
    value: row.value === null ? null : parse(row.value),
    agencyId: row.agency_id,
    scope: row.scope,
    modifiedAt: row.modified_at,
  };
}

interface InviteDbRow {
  id: string;
  code_hash: string;
  role: InviteRow['role'];
  agency_id: string | null;
  created_at: string;
  expires_at: string;
  used_at: string | null;
  used_by: string | null;
  revoked_at: string | null;
}

const inviteOf = (r: InviteDbRow): InviteRow => ({
  id: r.id,
  codeHash: r.code_hash,
  role: r.role,
  agencyId: r.agency_id,
  createdAt: r.created_at,
  expiresAt: r.expires_at,
  usedAt: r.used_at,
  usedBy: r.used_by,
  revokedAt: r.revoked_at,
});

interface DeviceDbRow {
  id: string;
  token_hash: string;
  name: string | null;
  role: DeviceRow['role'];
  agency_id: string | null;
  enrolled_at: string;
  last_seen_at: string | null;
  revoked_at: string | null;
}

const deviceOf = (r: DeviceDbRow): DeviceRow => ({
  id: r.id,
  tokenHash: r.token_hash,
  ...(r.name === null ? {} : { name: r.name }),
  role: r.role,
  agencyId: r.agency_id,
  enrolledAt: r.enrolled_at,
  lastSeenAt: r.last_seen_at,
  revokedAt: r.revoked_at,
});

interface DeviceKeysDbRow {
  device_id: string;
  agency_id: string | null;
  agreement: string;
  signing: string;
}

const keysOf = (r: DeviceKeysDbRow): PublicDeviceKeys => ({
  deviceId: r.device_id,
  agencyId: r.agency_id,
  agreement: r.agreement,
  signing: r.signing,
});

interface SealedDbRow {
  seq: number;
  kind: SealedKind;
  key: string;
  referral_id: string;
  body: string;
}

const sealedOf = (r: SealedDbRow): SealedRow => ({
  seq: r.seq,
  kind: r.kind,
  key: r.key,
  referralId: r.referral_id,
  body: r.body,
});

interface StatsDbRow {
  agency_id: string;
  month: string;
  needs: string;
  turn_aways: string;
}

const statsOf = (r: StatsDbRow): StatsRow => ({
  agencyId: r.agency_id,
  month: r.month,
  needs: r.needs,
  turnAways: r.turn_aways,
});

class SqliteStorage implements HubStorage {
  /** One writer: transactions queue here, so no two interleave their statements. */
  private queue: Promise<unknown> = Promise.resolve();
  /** Set inside a transaction's body (and what it awaits), so that a nested call joins it. */
  private readonly inside = new AsyncLocalStorage<true>();

  private readonly statements = new Map<Database.Database, Map<string, Database.Statement>>();

  constructor(
    private readonly db: Database.Database,
    private readonly reader: Database.Database | null,
  ) {}

  /** The connection a statement runs on: the writer inside a transaction, else the reader for reads. */
  private connection(sql: string): Database.Database {
    if (this.inside.getStore() || !this.reader || !/^\s*SELECT/i.test(sql)) return this.db;
    return this.reader;
  }

  /** A prepared statement, cached per connection. */
  private q(sql: string): Database.Statement {
    const conn = this.connection(sql);
    let cache = this.statements.get(conn);
    if (!cache) {
      cache = new Map();
      this.statements.set(conn, cache);
    }
    let statement = cache.get(sql);
    if (!statement) {
      statement = conn.prepare(sql);
      cache.set(sql, statement);
    }
    return statement;
  }

  transaction<T>(body: () => Promise<T>): Promise<T> {
    if (this.inside.getStore()) return body(); // nested: part of the outer one
    const run = (): Promise<T> =>
      this.inside.run(true, async () => {
        this.db.exec('BEGIN IMMEDIATE');
        try {
          const result = await body();
          this.db.exec('COMMIT');
          return result;
        } catch (error) {
          if (this.db.inTransaction) this.db.exec('ROLLBACK');
          throw error;
        }
      });
    const next = this.queue.then(run, run);
    this.queue = next.catch(() => undefined);
    return next;
  }

  async close(): Promise<void> {
    await this.queue;
    this.reader?.close();
    this.db.close();
    // An AsyncLocalStorage stays in Node's list (and costs every later async step) until disabled.
    this.inside.disable();
  }

  async getNetwork(): Promise<NetworkRow | null> {
    const r = this.q('SELECT * FROM network LIMIT 1').get() as
      | {
          id: string;
          name: string;
          demo: number;
          hsds_public: number;
          peers_may_send_referrals: number;
          referral_retention_days: number;
          withheld_communities: string;
          created_at: string;
        }
      | undefined;
    return r
      ? {
          id: r.id,
          name: r.name,
          demo: r.demo === 1,
          hsdsPublic: r.hsds_public === 1,
          peersMaySendReferrals: r.peers_may_send_referrals === 1,
          referralRetentionDays: r.referral_retention_days,
          withheldCommunities: parse<string[]>(r.withheld_communities),
          createdAt: r.created_at,
        }
      : null;
  }

  async putNetwork(n: NetworkRow): Promise<void> {
    this.q(
      `INSERT INTO network (id, name, demo, hsds_public, peers_may_send_referrals, referral_retention_days,
           withheld_communities, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)
         ON CONFLICT (id) DO UPDATE SET name = excluded.name, demo = excluded.demo,
           hsds_public = excluded.hsds_public, peers_may_send_referrals = excluded.peers_may_send_referrals,
           referral_retention_days = excluded.referral_retention_days,
           withheld_communities = excluded.withheld_communities`,
    ).run(
      n.id,
      n.name,
      n.demo ? 1 : 0,
      n.hsdsPublic ? 1 : 0,
      n.peersMaySendReferrals ? 1 : 0,
      n.referralRetentionDays,
      JSON.stringify(n.withheldCommunities),
      n.createdAt,
    );
  }

  async listAgencies(): Promise<AgencyRow[]> {
    return (
      this.q('SELECT * FROM agencies ORDER BY name, id').all() as Array<{
        id: string;
        name: string;
        created_at: string;
      }>
    ).map((r) => ({ id: r.id, name: r.name, createdAt: r.created_at }));
  }

  async getAgency(id: string): Promise<AgencyRow | null> {
    const r = this.q('SELECT * FROM agencies WHERE id = ?').get(id) as
      | { id: string; name: string; created_at: string }
      | undefined;
    return r ? { id: r.id, name: r.name, createdAt: r.created_at } : null;
  }

  async putAgency(a: AgencyRow): Promise<void> {
    this.q(
      `INSERT INTO agencies (id, name, created_at) VALUES (?, ?, ?)
         ON CONFLICT (id) DO UPDATE SET name = excluded.name`,
    ).run(a.id, a.name, a.createdAt);
  }

  async putInvite(i: InviteRow): Promise<void> {
    this.q(
      `INSERT INTO invites (id, code_hash, role, agency_id, created_at, expires_at, used_at, used_by, revoked_at)
         VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)
         ON CONFLICT (id) DO UPDATE SET used_at = excluded.used_at, used_by = excluded.used_by,
           revoked_at = excluded.revoked_at`,
    ).run(i.id, i.codeHash, i.role, i.agencyId, i.createdAt, i.expiresAt, i.usedAt, i.usedBy, i.revokedAt);
  }

  async getInvite(id: string): Promise<InviteRow | null> {
    const r = this.q('SELECT * FROM invites WHERE id = ?').get(id) as InviteDbRow | undefined;
    return r ? inviteOf(r) : null;
  }

  async findInviteByCodeHash(codeHash: string): Promise<InviteRow | null> {
    const r = this.q('SELECT * FROM invites WHERE code_hash = ?').get(codeHash) as InviteDbRow | undefined;
    return r ? inviteOf(r) : null;
  }

  async listInvites(): Promise<InviteRow[]> {
    return (this.q('SELECT * FROM invites ORDER BY created_at DESC, id').all() as InviteDbRow[]).map(
      inviteOf,
    );
  }

  async putDevice(d: DeviceRow): Promise<void> {
    this.q(
      `INSERT INTO devices (id, token_hash, name, role, agency_id, enrolled_at, last_seen_at, revoked_at)
         VALUES (?, ?, ?, ?, ?, ?, ?, ?)
         ON CONFLICT (id) DO UPDATE SET name = excluded.name, last_seen_at = excluded.last_seen_at,
           revoked_at = excluded.revoked_at`,
    ).run(d.id, d.tokenHash, d.name ?? null, d.role, d.agencyId, d.enrolledAt, d.lastSeenAt, d.revokedAt);
  }

  async getDevice(id: string): Promise<DeviceRow | null> {
    const r = this.q('SELECT * FROM devices WHERE id = ?').get(id) as DeviceDbRow | undefined;
    return r ? deviceOf(r) : null;
  }

  async findDeviceByTokenHash(tokenHash: string): Promise<DeviceRow | null> {
    const r = this.q('SELECT * FROM devices WHERE token_hash = ?').get(tokenHash) as DeviceDbRow | undefined;
    return r ? deviceOf(r) : null;
  }

  async listDevices(): Promise<DeviceRow[]> {
    return (this.q('SELECT * FROM devices ORDER BY enrolled_at DESC, id').all() as DeviceDbRow[]).map(
      deviceOf,
    );
  }

  async getRecord(entity: Entity, id: string): Promise<RecordRow | null> {
    const r = this.q('SELECT * FROM records WHERE entity = ? AND id = ?').get(entity, id) as
      | RecordDbRow
      | undefined;
    return r ? recordOf(r) : null;
  }

  async putRecord(
    row: Omit<RecordRow, 'seq'>,
    changedFields: readonly string[],
    byDevice: string | null = null,
  ): Promise<RecordRow> {
    const seq = this.latestSeqNow() + 1;
    this.q(
      `INSERT INTO records (entity, id, version, seq, value, agency_id, scope, modified_at)
         VALUES (?, ?, ?, ?, ?, ?, ?, ?)
         ON CONFLICT (entity, id) DO UPDATE SET version = excluded.version, seq = excluded.seq,
           value = excluded.value, agency_id = excluded.agency_id, scope = excluded.scope,
           modified_at = excluded.modified_at`,
    ).run(row.entity, row.id, row.version, seq, json(row.value), row.agencyId, row.scope, row.modifiedAt);
    this.q(
      `INSERT INTO record_versions (entity, id, version, fields, device_id) VALUES (?, ?, ?, ?, ?)
         ON CONFLICT DO UPDATE SET fields = excluded.fields, device_id = excluded.device_id`,
    ).run(row.entity, row.id, row.version, JSON.stringify([...changedFields]), byDevice);
    return { ...row, seq };
  }

  async fieldsChangedSince(
    entity: Entity,
    id: string,
    version: number,
    exceptDevice: string | null = null,
  ): Promise<Set<string>> {
    const rows = this.q(
      `SELECT fields FROM record_versions WHERE entity = ? AND id = ? AND version > ?
         AND (? IS NULL OR device_id IS NULL OR device_id <> ?)`,
    ).all(entity, id, version, exceptDevice, exceptDevice) as Array<{ fields: string }>;
    return new Set(rows.flatMap((r) => parse<string[]>(r.fields)));
  }

  async changesSince(
    cursor: number,
    limit: number,
    scope: { agencyId: string | null },
  ): Promise<{ rows: RecordRow[]; latestSeq: number }> {
    const read = () => ({
      rows: (
        this.q(
          `SELECT * FROM records WHERE seq > ? AND (scope = 'network' OR (agency_id IS NOT NULL AND agency_id = ?))
           ORDER BY seq LIMIT ?`,
        ).all(cursor, scope.agencyId, limit) as RecordDbRow[]
      ).map(recordOf),
      latestSeq: this.latestSeqNow(),
    });
    // One snapshot for both reads, so the cursor never passes a record the page did not see.
    if (this.inside.getStore()) return read();
    return this.connection('SELECT').transaction(read).deferred();
  }

  private latestSeqNow(): number {
    const r = this.q('SELECT MAX(seq) AS seq FROM records').get() as { seq: number | null };
    return Math.max(r.seq ?? 0, this.oldestCursorNow());
  }

  private oldestCursorNow(): number {
    const r = this.q("SELECT value FROM meta WHERE key = 'purged_through'").get() as
      | { value: string }
      | undefined;
    return r ? Number(r.value) : 0;
  }

  async latestSeq(): Promise<number> {
    return this.latestSeqNow();
  }

  async oldestCursor(): Promise<number> {
    return this.oldestCursorNow();
  }

  async purgeTombstones(seq: number): Promise<number> {
    const gone = this.q('DELETE FROM records WHERE value IS NULL AND seq <= ?').run(seq).changes;
    this.q(
      `INSERT INTO meta (key, value) VALUES ('purged_through', ?)
         ON CONFLICT (key) DO UPDATE SET value = MAX(CAST(value AS INTEGER), CAST(excluded.value AS INTEGER))`,
    ).run(String(seq));
    return gone;
  }

  async listLive(
    entity: Entity,
    page: { offset: number; limit: number; modifiedAfter?: string | undefined },
  ): Promise<{ rows: RecordRow[]; total: number }> {
    const after = page.modifiedAfter ?? '';
    const where = 'entity = ? AND value IS NOT NULL AND modified_at > ?';
    const total = (
      this.q(`SELECT COUNT(*) AS n FROM records WHERE ${where}`).get(entity, after) as { n: number }
    ).n;
    const rows = (
      this.q(`SELECT * FROM records WHERE ${where} ORDER BY id LIMIT ? OFFSET ?`).all(
        entity,
        after,
        page.limit,
        page.offset,
      ) as RecordDbRow[]
    ).map(recordOf);
    return { rows, total };
  }

  async getResult(deviceId: string, mutationId: string): Promise<MutationResult | null> {
    const r = this.q('SELECT result FROM results WHERE device_id = ? AND mutation_id = ?').get(
      deviceId,
      mutationId,
    ) as { result: string } | undefined;
    return r ? parse<MutationResult>(r.result) : null;
  }

  async putResult(deviceId: string, mutationId: string, result: MutationResult): Promise<void> {
    this.q('INSERT INTO results (device_id, mutation_id, result) VALUES (?, ?, ?)').run(
      deviceId,
      mutationId,
      JSON.stringify(result),
    );
  }

  async putConflict(c: ConflictRow): Promise<void> {
    this.q(
      `INSERT INTO conflicts (device_id, mutation_id, entity, record_id, mutation, current, current_version, at)
         VALUES (?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT DO NOTHING`,
    ).run(
      c.deviceId,
      c.mutationId,
      c.entity,
      c.recordId,
      JSON.stringify(c.mutation),
      json(c.current),
      c.currentVersion,
      c.at,
    );
  }

  async listConflicts(): Promise<ConflictRow[]> {
    return (
      this.q('SELECT * FROM conflicts ORDER BY at, mutation_id').all() as Array<{
        device_id: string;
        mutation_id: string;
        entity: Entity;
        record_id: string;
        mutation: string;
        current: string | null;
        current_version: number;
        at: string;
      }>
    ).map((r) => ({
      deviceId: r.device_id,
      mutationId: r.mutation_id,
      entity: r.entity,
      recordId: r.record_id,
      mutation: parse(r.mutation),
      current: r.current === null ? null : parse(r.current),
      currentVersion: r.current_version,
      at: r.at,
    }));
  }

  async getDeviceKeys(deviceId: string): Promise<PublicDeviceKeys | null> {
    const r = this.q('SELECT * FROM device_keys WHERE device_id = ?').get(deviceId) as
      | DeviceKeysDbRow
      | undefined;
    return r ? keysOf(r) : null;
  }

  async putDeviceKeys(k: PublicDeviceKeys): Promise<void> {
    this.q('INSERT INTO device_keys (device_id, agency_id, agreement, signing) VALUES (?, ?, ?, ?)').run(
      k.deviceId,
      k.agencyId,
      k.agreement,
      k.signing,
    );
  }

  async replaceDeviceKeys(k: PublicDeviceKeys): Promise<void> {
    this.db.transaction(() => {
      const moved = this.q(
        `INSERT INTO retired_device_keys (device_id, agency_id, agreement, signing)
           SELECT device_id, agency_id, agreement, signing FROM device_keys WHERE device_id = ?`,
      ).run(k.deviceId).changes;
      if (moved === 0) throw new Error(`Device ${k.deviceId} has no keys to replace.`);
      this.q('UPDATE device_keys SET agency_id = ?, agreement = ?, signing = ? WHERE device_id = ?').run(
        k.agencyId,
        k.agreement,
        k.signing,
        k.deviceId,
      );
    })();
  }

  async retiredDeviceKeys(deviceId: string): Promise<PublicDeviceKeys[]> {
    return (
      this.q('SELECT * FROM retired_device_keys WHERE device_id = ? ORDER BY seq').all(
        deviceId,
      ) as DeviceKeysDbRow[]
    ).map(keysOf);
  }

  async listDeviceKeys(): Promise<ListedKeysRow[]> {
    return (
      this.q(
        `SELECT k.*, d.revoked_at IS NOT NULL AS revoked FROM (
             SELECT device_id, agency_id, agreement, signing, 1 AS retired, seq FROM retired_device_keys
             UNION ALL
             SELECT device_id, agency_id, agreement, signing, 0 AS retired, NULL AS seq FROM device_keys
           ) k JOIN devices d ON d.id = k.device_id
           ORDER BY k.agency_id, k.device_id, k.retired DESC, k.seq`,
      ).all() as Array<DeviceKeysDbRow & { revoked: number; retired: number }>
    ).map((r) => ({ ...keysOf(r), revoked: r.revoked === 1, retired: r.retired === 1 }));
  }

  async getReferralRoute(referralId: string): Promise<ReferralRouteRow | null> {
    const r = this.q('SELECT * FROM referral_routes WHERE referral_id = ?').get(referralId) as
      | { referral_id: string; from_agency: string; to_agency: string; purge_at: string }
      | undefined;
    return r
      ? { referralId: r.referral_id, fromAgency: r.from_agency, toAgency: r.to_agency, purgeAt: r.purge_at }
      : null;
  }

  async putReferralRoute(route: ReferralRouteRow): Promise<void> {
    this.q(
      'INSERT INTO referral_routes (referral_id, from_agency, to_agency, purge_at) VALUES (?, ?, ?, ?)',
    ).run(route.referralId, route.fromAgency, route.toAgency, route.purgeAt);
  }

  async getSealed(kind: SealedKind, key: string): Promise<SealedRow | null> {
    const r = this.q('SELECT * FROM sealed_items WHERE kind = ? AND key = ?').get(kind, key) as
      | SealedDbRow
      | undefined;
    return r ? sealedOf(r) : null;
  }

  async putSealed(row: Omit<SealedRow, 'seq'>): Promise<SealedRow> {
    const { lastInsertRowid } = this.q(
      'INSERT INTO sealed_items (kind, key, referral_id, body) VALUES (?, ?, ?, ?)',
    ).run(row.kind, row.key, row.referralId, row.body);
    return { ...row, seq: Number(lastInsertRowid) };
  }

  async sealedSince(
    cursor: number,
    limit: number,
    scope: { agencyId: string | null; now: string },
  ): Promise<{ rows: SealedRow[]; latestSeq: number }> {
    const read = () => ({
      rows: (
        this.q(
          `SELECT s.* FROM sealed_items s JOIN referral_routes r ON r.referral_id = s.referral_id
             WHERE s.seq > ? AND (r.from_agency = ? OR r.to_agency = ?) AND r.purge_at > ?
             ORDER BY s.seq LIMIT ?`,
        ).all(cursor, scope.agencyId, scope.agencyId, scope.now, limit) as SealedDbRow[]
      ).map(sealedOf),
      latestSeq:
        (this.q('SELECT MAX(seq) AS seq FROM sealed_items').get() as { seq: number | null }).seq ?? 0,
    });
    // One snapshot for both reads, as for records (S5).
    if (this.inside.getStore()) return read();
    return this.connection('SELECT').transaction(read).deferred();
  }

  async purgeReferrals(now: string): Promise<number> {
    this.q(
      `DELETE FROM sealed_items WHERE referral_id IN
         (SELECT referral_id FROM referral_routes WHERE purge_at <= ?)`,
    ).run(now);
    return this.q('DELETE FROM referral_routes WHERE purge_at <= ?').run(now).changes;
  }

  async getStats(agencyId: string, month: string): Promise<StatsRow | null> {
    const r = this.q('SELECT * FROM published_stats WHERE agency_id = ? AND month = ?').get(
      agencyId,
      month,
    ) as StatsDbRow | undefined;
    return r ? statsOf(r) : null;
  }

  async putStats(row: StatsRow): Promise<void> {
    this.q('INSERT INTO published_stats (agency_id, month, needs, turn_aways) VALUES (?, ?, ?, ?)').run(
      row.agencyId,
      row.month,
      row.needs,
      row.turnAways,
    );
  }

  async listStats(months: number): Promise<StatsRow[]> {
    return (
      this.q(
        `SELECT * FROM published_stats WHERE month IN
           (SELECT DISTINCT month FROM published_stats ORDER BY month DESC LIMIT ?)
           ORDER BY month DESC, agency_id`,
      ).all(months) as StatsDbRow[]
    ).map(statsOf);
  }

  async statsMonthsOf(agencyId: string, limit: number): Promise<string[]> {
    return (
      this.q('SELECT month FROM published_stats WHERE agency_id = ? ORDER BY month DESC LIMIT ?').all(
        agencyId,
        limit,
      ) as Array<{ month: string }>
    ).map((r) => r.month);
  }

  async audit(e: Omit<AuditEntry, 'seq'>): Promise<void> {
    this.q('INSERT INTO audit (at, action, device_id, subject, detail) VALUES (?, ?, ?, ?, ?)').run(
      e.at,
      e.action,
      e.deviceId,
      e.subject,
      e.detail,
    );
  }

  async listAudit(page: { before?: number | undefined; limit: number }): Promise<AuditEntry[]> {
    return (
      this.q('SELECT * FROM audit WHERE seq < ? ORDER BY seq DESC LIMIT ?').all(
        page.before ?? Number.MAX_SAFE_INTEGER,
        page.limit,
      ) as Array<{
        seq: number;
        at: string;
        action: string;
        device_id: string | null;
        subject: string | null;
        detail: string | null;
      }>
    ).map((r) => ({
      seq: r.seq,
      at: r.at,
      action: r.action,
      deviceId: r.device_id,
      subject: r.subject,
      detail: r.detail,
    }));
  }
}
