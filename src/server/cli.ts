// `npm run hub -- <command>`: the operator's tools, on the same data folder as the running hub (SQLite
// allows it: WAL, one writer at a time). Prints plain text; exits 2 on a usage error, 1 on a failure.
import { copyFileSync, existsSync, rmSync } from 'node:fs';
import Database from 'better-sqlite3';
import { COMMUNITIES, communityById } from '../data/reference';
import { RETENTION_DAYS_MAX, retentionDaysSchema } from '../model/referral';
import { ROLES, type Role } from '../protocol';
import { createHub } from './hub';
import { hubFile, parseHubArgs } from './start';
import { openSqliteStorage } from './storage/sqlite';

const USAGE = `Usage: npm run hub -- <command> [--data DIR]
  invite --role coordinator|editor|outreach|peer [--agency AGENCY_ID] [--days N]
                          a one-time invite code (default 7 days)
  agencies                list the agencies
  add-agency NAME         add an agency
  devices                 list the devices
  revoke DEVICE_ID        revoke a device (it wipes the network's data at its next contact)
  audit [--limit N]       the newest entries of the audit log
  hsds-public on|off      whether /hsds/ answers without a device token (default off: members only)
  peers-may-refer on|off  whether peer supporters may send referrals (default off)
  referral-retention DAYS how long a referral is kept at most, 1 to 365 days (default 90)
  withhold-community [ID on|off]
                          turn a community's figures off in the network's statistics (OCAP: the
                          community owns its data), or on again; alone, lists those turned off
  backup FILE             an online backup of the hub's database to FILE
  restore FILE            replace the database with FILE (stop the hub first)`;

function flag(args: string[], name: string): string | undefined {
  const i = args.indexOf(name);
  return i >= 0 ? args[i + 1] : undefined;
}

function fail(message: string, code = 2): never {
  console.error(message);
  process.exit(code);
}

async function main(argv: string[]): Promise<void> {
  const [command, ...rest] = argv;
  const { dataDir } = parseHubArgs(rest, process.env);
  const file = hubFile(dataDir);
  if (!command || command === 'help' || command === '--help') {
    process.stdout.write(`${USAGE}\n`);
    return;
  }
  if (command === 'restore') {
    const from = rest[0];
    if (!from || !existsSync(from)) fail(`restore needs a backup file that exists.\n${USAGE}`);
    const check = new Database(from, { readonly: true });
    const ok = check.pragma('integrity_check', { simple: true });
    check.close();
    if (ok !== 'ok') fail(`${from} is not a sound hub database (${String(ok)}).`, 1);
    // A stale write-ahead log beside the restored file would be replayed onto it.
    for (const suffix of ['-wal', '-shm']) if (existsSync(file + suffix)) rmSync(file + suffix);
    copyFileSync(from, file);
    process.stdout.write(`Restored ${file} from ${from}. Start the hub again.\n`);
    return;
  }
  if (!existsSync(file)) fail(`No hub database at ${file}: start the hub once (npm start) first.`, 1);
  const storage = openSqliteStorage(file);
  const hub = createHub({ storage });
  try {
    switch (command) {
      case 'invite': {
        const role = flag(rest, '--role') as Role | undefined;
        if (!role || !ROLES.includes(role)) fail(`invite needs --role ${ROLES.join('|')}.`);
        const days = flag(rest, '--days');
        const created = await hub.createInvite(null, {
          role,
          agencyId: flag(rest, '--agency') ?? null,
          ...(days ? { days: Number(days) } : {}),
        });
        process.stdout.write(
          `Invite for a ${role} (until ${created.invite.expiresAt}): ${created.code}\n` +
            `Link: https://YOUR-HUB/#join=${created.code.replace('-', '')}\n`,
        );
        break;
      }
      case 'agencies':
        if ((await hub.listAgencies()).length === 0)
          process.stdout.write('No agencies yet (add-agency NAME).\n');
        for (const a of await hub.listAgencies()) process.stdout.write(`${a.id}  ${a.name}\n`);
        break;
      case 'add-agency': {
        const name = rest
          .filter((a) => !a.startsWith('--'))
          .join(' ')
          .trim();
        if (!name) fail('add-agency needs a name.');
        const agency = await hub.createAgency(null, name);
        process.stdout.write(`${agency.id}  ${agency.name}\n`);
        break;
      }
      case 'devices':
        if ((await hub.listDevices()).length === 0) process.stdout.write('No devices have joined yet.\n');
        for (const d of await hub.listDevices())
          process.stdout.write(
            `${d.id}  ${d.role.padEnd(11)} ${d.agencyId ?? '-'.padEnd(36)}  seen ${d.lastSeenAt ?? 'never'}` +
              `${d.revokedAt ? `  REVOKED ${d.revokedAt}` : ''}  ${d.name ?? ''}\n`,
          );
        break;
      case 'revoke': {
        const id = rest[0];
        if (!id) fail('revoke needs a device id (see `devices`).');
        const device = await hub.revokeDevice(null, id);
        process.stdout.write(`Revoked ${device.id} at ${device.revokedAt}.\n`);
        break;
      }
      case 'audit': {
        const limit = Number(flag(rest, '--limit') ?? 50);
        for (const e of await hub.listAudit({ limit }))
          process.stdout.write(
            `${e.seq}  ${e.at}  ${e.action.padEnd(14)} ${e.deviceId ?? '-'}  ${e.subject ?? ''} ${e.detail ?? ''}\n`,
          );
        break;
      }
      case 'hsds-public': {
        const value = rest[0];
        if (value !== 'on' && value !== 'off') fail('hsds-public takes on or off.');
        const network = await hub.network();
        await storage.transaction(async () => {
          await storage.putNetwork({ ...network, hsdsPublic: value === 'on' });
          await storage.audit({
            at: new Date().toISOString(),
            action: 'hsds-public',
            deviceId: null,
            subject: network.id,
            detail: value,
          });
        });
        process.stdout.write(
          value === 'on'
            ? 'The HSDS API at /hsds/ is now public (restart not needed).\n'
            : 'The HSDS API at /hsds/ is now for members only.\n',
        );
        break;
      }
      case 'peers-may-refer': {
        const value = rest[0];
        if (value !== 'on' && value !== 'off') fail('peers-may-refer takes on or off.');
        await hub.relay.setSettings(null, { peersMaySend: value === 'on' });
        process.stdout.write(
          value === 'on'
            ? 'Peer supporters may now send referrals.\n'
            : 'Peer supporters may no longer send referrals.\n',
        );
        break;
      }
      case 'referral-retention': {
        const days = retentionDaysSchema.safeParse(Number(rest[0]));
        if (!days.success)
          fail(`referral-retention takes a whole number of days from 1 to ${RETENTION_DAYS_MAX}.`);
        await hub.relay.setSettings(null, { retentionDays: days.data });
        process.stdout.write(
          `Referrals sent from now on are kept at most ${days.data} days (sooner when consent ends).\n`,
        );
        break;
      }
      case 'withhold-community': {
        const [id, value] = rest;
        const withheld = (await hub.relay.settings()).withheldCommunities;
        if (id === undefined || id.startsWith('--')) {
          if (withheld.length === 0)
            process.stdout.write("No community's figures are withheld (withhold-community ID on).\n");
          for (const c of withheld) process.stdout.write(`${c}  ${communityById(c)?.name ?? ''}\n`);
          break;
        }
        if (value !== 'on' && value !== 'off') fail('withhold-community takes a community id and on or off.');
        const community = communityById(id);
        if (!community)
          fail(`${id} is not a community of this app. Its ids: ${COMMUNITIES.map((c) => c.id).join(', ')}.`);
        const others = withheld.filter((c) => c !== id);
        await hub.relay.setSettings(null, { withheldCommunities: value === 'on' ? [...others, id] : others });
        process.stdout.write(
          value === 'on'
            ? `${community.name}'s figures are now withheld: members see no figure of it, nor any total it was in.\n`
            : `${community.name}'s figures are shown again in the network's statistics.\n`,
        );
        break;
      }
      case 'backup': {
        const to = rest[0];
        if (!to) fail('backup needs a file to write.');
        const source = new Database(file, { readonly: true });
        await source.backup(to);
        source.close();
        process.stdout.write(`Backed up ${file} to ${to}.\n`);
        break;
      }
      default:
        fail(`Unknown command "${command}".\n${USAGE}`);
    }
  } finally {
    await storage.close();
  }
}

main(process.argv.slice(2)).catch((error: Error) => fail(error.message, 1));
