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

  it('refuses a database from a newer hub, naming both versions', () => {
    const file = join(mkdtempSync(join(tmpdir(), 'hub-new-')), 'hub.sqlite');
    const db = new Database(file);
    db.pragma(`user_version = ${SCHEMA_VERSION + 1}`);
    db.close();
    expect(() => openSqliteStorage(file)).toThrow(/newer than this hub/);
  });
});
