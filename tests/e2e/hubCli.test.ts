// The operator's CLI (`npm run hub -- …`) against a running hub's data folder: invites, agencies,
// devices, the HSDS switch, the communities whose figures are withheld, an online backup and the
// audit log.
import { execFileSync } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { PROTOCOL_HEADER, PROTOCOL_VERSION } from '../../src/protocol';
import { startServer } from './harness';

const CLI = resolve('dist/server/cli.mjs');

describe('the hub CLI', () => {
  it('invites, lists, switches the HSDS API, backs up and prints the audit log beside a running hub', async () => {
    const server = await startServer();
    const hub = (...args: string[]) =>
      execFileSync(process.execPath, [CLI, ...args, '--data', server.dataDir], { encoding: 'utf8' });
    try {
      const agency = hub('add-agency', 'Birchlight', "Women's", 'Centre');
      const agencyId = agency.split(/\s+/)[0] as string;
      expect(hub('agencies')).toContain("Birchlight Women's Centre");
      const invite = hub('invite', '--role', 'editor', '--agency', agencyId, '--days', '2');
      const code = /: ([0-9A-Z]{5}-[0-9A-Z]{5})/.exec(invite)?.[1];
      expect(code).toBeTruthy();
      const joined = await fetch(`${server.url}api/enrol`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', [PROTOCOL_HEADER]: String(PROTOCOL_VERSION) },
        body: JSON.stringify({ code, deviceName: 'Outreach phone' }),
      });
      expect(joined.status).toBe(200);
      expect(hub('devices')).toMatch(/editor .*Outreach phone/);

      expect((await fetch(`${server.url}hsds/services`)).status).toBe(401);
      hub('hsds-public', 'on');
      const open = await fetch(`${server.url}hsds/services?per_page=1`);
      expect(open.status).toBe(200);
      expect(((await open.json()) as { total_items: number }).total_items).toBeGreaterThan(0);

      const backup = join(mkdtempSync(join(tmpdir(), 'hub-backup-')), 'hub.sqlite');
      hub('backup', backup);
      const copy = new Database(backup, { readonly: true });
      expect(copy.pragma('integrity_check', { simple: true })).toBe('ok');
      expect((copy.prepare('SELECT COUNT(*) AS n FROM devices').get() as { n: number }).n).toBe(1);
      copy.close();

      expect(hub('withhold-community')).toContain('No community');
      expect(hub('withhold-community', 'attawapiskat', 'on')).toContain('now withheld');
      hub('withhold-community', 'fort-albany', 'on');
      hub('withhold-community', 'attawapiskat', 'on');
      expect(
        hub('withhold-community')
          .trim()
          .split('\n')
          .map((line) => line.split(/\s+/)[0]),
      ).toEqual(['fort-albany', 'attawapiskat']);
      expect(hub('withhold-community', 'fort-albany', 'off')).toContain('shown again');
      expect(hub('withhold-community')).not.toContain('fort-albany');
      expect(() => hub('withhold-community', 'atlantis', 'on')).toThrow();
      expect(() => hub('withhold-community', 'attawapiskat', 'yes')).toThrow();

      const audit = hub('audit', '--limit', '20');
      for (const action of ['create-agency', 'create-invite', 'enrol', 'hsds-public', 'withheld-communities'])
        expect(audit).toContain(action);
      expect(() => hub('invite', '--role', 'root')).toThrow();
    } finally {
      await server.stop();
    }
  });
});
