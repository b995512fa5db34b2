// The referral relay end to end, in-process: referrals sealed on "devices" (vault/, in Node's
// WebCrypto), published keys, pushes and pulls through the app's hub client to the real hub app on a
// real SQLite file, and the file itself read back to see what the hub keeps.
import { randomBytes, randomUUID } from 'node:crypto';
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { type PulledSealed, type ReferralEnvelope, referralIdOf, type SealedItem } from '../../src/protocol';
import { createApp } from '../../src/server/app';
import { createHub, sha256 } from '../../src/server/hub';
import { startReferralPurge } from '../../src/server/referralPurge';
import { openSqliteStorage } from '../../src/server/storage/sqlite';
import type { DeviceRow } from '../../src/server/storage/types';
import { createHubClient } from '../../src/sync/hubClient';
import { createDeviceKeys, type DeviceKeys } from '../../src/vault/deviceKeys';
import { grantAccess, type KeyLookup, openReferral } from '../../src/vault/envelope';
import { sealStatus } from '../../src/vault/statusUpdate';
import {
  AGENCY,
  REFERRAL_ID,
  referralWorld,
  SENT_AT,
  SERVICE,
  sampleReferral,
  sealSample,
} from '../fixtures/referrals';

const HUB = 'http://hub.test';
const MINUTE_MS = 60_000;
const DAY_MS = 86_400_000;
const NOTE = 'Bed held at Maison Aurore until Friday; ask for Marguerite at the side door.';

const staticRoot = mkdtempSync(join(tmpdir(), 'circle-relay-static-'));
writeFileSync(join(staticRoot, 'index.html'), '<!doctype html><title>Circle of Care</title>');

/** A hub on a SQLite file, the fixtures' agencies and devices seated on it with keys published. */
async function relayHub(devices = 3) {
  const file = join(mkdtempSync(join(tmpdir(), 'circle-relay-')), 'hub.sqlite');
  const storage = openSqliteStorage(file);
  let clock = new Date(SENT_AT.getTime() + MINUTE_MS);
  const hub = createHub({ storage, now: () => clock });
  await hub.createNetwork({ name: 'Relay network', demo: false });
  for (const [name, id] of Object.entries(AGENCY))
    await storage.putAgency({ id, name: `Agency ${name}`, createdAt: SENT_AT.toISOString() });
  const app = createApp({ staticRoot, hub: { hub, storage, perTokenPerMinute: 1e9 } });
  let dropReply = false;
  const client = createHubClient({
    base: HUB,
    fetch: async (url, { signal: _signal, ...init }) => {
      const answer = await app.request(url, init);
      // The hub handled it; the answer is lost on the way back (a pull cut mid-way).
      if (dropReply) throw new TypeError('Failed to fetch');
      return answer;
    },
  });
  const world = await referralWorld(devices);
  const tokens = new Map<string, string>();

  /** Enrols a device with the hub's own records (its role, its agency) and publishes its keys. */
  async function seat(keys: DeviceKeys, role: DeviceRow['role'] = 'outreach') {
    const token = randomBytes(32).toString('base64url');
    await storage.putDevice({
      id: keys.public.deviceId,
      tokenHash: sha256(token),
      role,
      agencyId: keys.public.agencyId,
      enrolledAt: clock.toISOString(),
      lastSeenAt: null,
      revokedAt: null,
    });
    tokens.set(keys.public.deviceId, token);
    expect(await client.publishKeys(token, keys.public)).toEqual({ ok: true, value: { status: 'stored' } });
    return token;
  }
  for (const d of [...world.sender, ...world.receiver, ...world.other]) await seat(d);
  const coordinator = await seat(await createDeviceKeys(randomUUID(), null), 'coordinator');

  const token = (d: DeviceKeys) => tokens.get(d.public.deviceId) as string;
  /** What a device knows of the network's keys: the hub's list, revoked devices included. */
  const lookup = async (d: DeviceKeys): Promise<KeyLookup> => {
    const listed = await client.listKeys(token(d));
    if (!listed.ok) throw new Error(listed.error.message);
    const keys = new Map(listed.value.keys.map((k) => [k.deviceId, k]));
    return (id) => keys.get(id);
  };
  const push = async (d: DeviceKeys, items: SealedItem[]) => {
    const answer = await client.pushSealed(token(d), items);
    if (!answer.ok) throw new Error(`${answer.error.code}: ${answer.error.message}`);
    return answer.value;
  };
  /** Every page from `cursor`, as a device applies them (each page and its cursor kept together). */
  const pullAll = async (d: DeviceKeys, limit = 100, from = 0) => {
    const items: PulledSealed[] = [];
    let cursor = from;
    for (let more = true; more; ) {
      const page = await client.pullSealed(token(d), cursor, limit);
      if (!page.ok) throw new Error(page.error.code);
      items.push(...page.value.items);
      cursor = page.value.cursor;
      more = page.value.more;
    }
    return { items, cursor };
  };
  /** Rows of every table of the hub's file, read through a connection of its own. */
  const tableCounts = () => {
    const db = new Database(file, { readonly: true });
    const tables = db
      .prepare("SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name")
      .all() as Array<{
      name: string;
    }>;
    const counts = Object.fromEntries(
      tables.map(({ name }) => [
        name,
        (db.prepare(`SELECT COUNT(*) AS n FROM "${name}"`).get() as { n: number }).n,
      ]),
    );
    db.close();
    return counts;
  };
  return {
    file,
    storage,
    hub,
    client,
    world,
    coordinator,
    seat,
    token,
    lookup,
    push,
    pullAll,
    tableCounts,
    dropReplies: (on: boolean) => {
      dropReply = on;
    },
    advance: (ms: number) => {
      clock = new Date(clock.getTime() + ms);
    },
  };
}

const envelopeOf = (pulled: PulledSealed | undefined) => (pulled?.kind === 'envelope' ? pulled.item : null);
const asEnvelope = (envelope: ReferralEnvelope): SealedItem => ({ kind: 'envelope', item: envelope });

/** Every string in a row, and those inside the JSON it holds. */
function stringsOf(value: unknown): string[] {
  if (typeof value === 'string') {
    try {
      const parsed: unknown = JSON.parse(value);
      if (parsed !== null && typeof parsed === 'object') return [value, ...stringsOf(parsed)];
    } catch {
      // not JSON: the string itself
    }
    return [value];
  }
  if (Buffer.isBuffer(value)) return [value.toString('latin1')];
  if (Array.isArray(value)) return value.flatMap(stringsOf);
  if (value !== null && typeof value === 'object') return Object.values(value).flatMap(stringsOf);
  return [];
}

describe('the referral relay, device to hub to device', () => {
  it('The hub’s stored rows hold no plaintext of a referral', async () => {
    const h = await relayHub();
    const [sender, receiver] = [h.world.sender[0]!, h.world.receiver[0]!];
    const envelope = await sealSample(h.world);
    expect(await h.push(sender, [asEnvelope(envelope)])).toMatchObject([{ status: 'stored' }]);

    // The receiver opens it with the keys the hub lists, and accepts with a note.
    const pulled = envelopeOf((await h.pullAll(receiver)).items[0]);
    const opened = await openReferral(pulled, receiver, { lookup: await h.lookup(receiver) });
    if (!opened.ok) throw new Error(opened.error);
    expect(opened.value.referral.alias).toBe('Birchwren');
    const accepted = await sealStatus(opened.value, receiver, {
      status: 'accepted',
      note: NOTE,
      at: SENT_AT.toISOString(),
    });
    expect(await h.push(receiver, [{ kind: 'status', item: accepted }])).toMatchObject([
      { status: 'stored' },
    ]);

    // A device that joins the receiving agency later is given access by one already in.
    const newcomer = await createDeviceKeys('0b00d900-0000-4000-8000-0000000000d9', AGENCY.receiver);
    await h.seat(newcomer);
    const granted = await grantAccess(envelope, receiver, newcomer.public, {
      lookup: await h.lookup(receiver),
    });
    if (!granted.ok) throw new Error(granted.error);
    expect(await h.push(receiver, [{ kind: 'grant', item: granted.value }])).toMatchObject([
      { status: 'stored' },
    ]);
    const theirs = (await h.pullAll(newcomer)).items;
    expect(theirs.map((i) => i.kind)).toEqual(['envelope', 'status', 'grant']);
    const grants = theirs.flatMap((i) => (i.kind === 'grant' ? [i.item] : []));
    const late = await openReferral(envelopeOf(theirs[0]), newcomer, {
      lookup: await h.lookup(newcomer),
      grants,
    });
    expect(late.ok && late.value.referral.toldOnce).toBe(sampleReferral().toldOnce);

    // Every row of every table, and the file's bytes (the write-ahead log too).
    const db = new Database(h.file, { readonly: true });
    const tables = (
      db.prepare("SELECT name FROM sqlite_master WHERE type = 'table'").all() as Array<{ name: string }>
    ).map((t) => t.name);
    expect(tables).toEqual(
      expect.arrayContaining(['device_keys', 'referral_routes', 'sealed_items', 'audit']),
    );
    const strings = tables.flatMap((name) => stringsOf(db.prepare(`SELECT * FROM "${name}"`).all()));
    db.close();
    // The dump is real: the ciphertext the hub relays is in it.
    expect(strings.some((s) => s.includes(envelope.ciphertext.slice(0, 64)))).toBe(true);
    const decoded = strings.flatMap((s) =>
      (s.match(/[A-Za-z0-9+/]{16,}={0,2}/g) ?? []).flatMap((run) => {
        const bytes = Buffer.from(run, 'base64');
        return [bytes.toString('utf8'), bytes.toString('latin1')];
      }),
    );
    const files = [h.file, `${h.file}-wal`].filter(existsSync).map((f) => readFileSync(f).toString('latin1'));
    const referral = sampleReferral();
    const secrets = [
      referral.alias,
      ...(referral.needs ?? []),
      referral.contact?.detail ?? '',
      referral.contact?.safeTimes ?? '',
      'Left the motel',
      'her documents',
      'the man who drives her',
      referral.consent.until,
      referral.createdAt,
      SERVICE.from,
      SERVICE.to,
      'Maison Aurore',
      'Marguerite',
      'accepted',
    ];
    // Eight characters at least, so that random base64 cannot hold one by chance.
    for (const secret of secrets) {
      expect(secret.length).toBeGreaterThanOrEqual(8);
      for (const [where, texts] of [
        ['rows', strings],
        ['base64 in rows', decoded],
        ['file bytes', files],
      ] as const)
        expect(
          texts.some((t) => t.includes(secret)),
          `${secret} in ${where}`,
        ).toBe(false);
    }
  });

  it('reaches every device of the two agencies; a third agency’s device pulls none of it', async () => {
    const h = await relayHub();
    const envelope = await sealSample(h.world);
    await h.push(h.world.sender[0]!, [asEnvelope(envelope)]);
    for (const device of [...h.world.sender, ...h.world.receiver]) {
      const { items } = await h.pullAll(device);
      const opened = await openReferral(envelopeOf(items[0]), device, { lookup: await h.lookup(device) });
      expect(opened.ok, device.public.deviceId).toBe(true);
    }
    const outsider = h.world.other[0]!;
    const { items, cursor } = await h.pullAll(outsider);
    expect(items).toEqual([]);
    expect(cursor).toBe(1); // past what it may not see
  });

  it('refuses a forged sender, a wrong fromAgency, an outside or revoked recipient, a late purgeAt and an unpermitted peer, storing nothing', async () => {
    const h = await relayHub();
    const [sender, other] = [h.world.sender[0]!, h.world.sender[1]!];
    const sealed = await sealSample(h.world);
    const before = h.tableCounts();
    const outsiderEntry = { device: h.world.other[0]!.public.deviceId, wrapped: sealed.keys[0]!.wrapped };
    const peer = await createDeviceKeys('0a00d800-0000-4000-8000-0000000000d8', AGENCY.sender);
    await h.seat(peer, 'peer');
    const peers = h.tableCounts();
    const cases: Array<[string, DeviceKeys, ReferralEnvelope, string]> = [
      ['a forged sender', other, sealed, 'wrong_device'],
      ['a wrong fromAgency', sender, { ...sealed, fromAgency: AGENCY.other }, 'wrong_agency'],
      [
        'a recipient outside the two agencies',
        sender,
        { ...sealed, keys: [...sealed.keys, outsiderEntry] },
        'bad_recipient',
      ],
      [
        'a peer without the network’s permission',
        peer,
        await sealSample(h.world, { sender: peer, referralId: randomUUID() }),
        'may_not_send',
      ],
    ];
    for (const [name, device, envelope, reason] of cases)
      expect(await h.push(device, [asEnvelope(envelope)]), name).toMatchObject([
        { status: 'refused', reason },
      ]);

    // A recipient revoked since the sender's list was made.
    const revoked = h.world.receiver[2]!;
    const coordinator = h.coordinator;
    const removed = await h.hub.revokeDevice(null, revoked.public.deviceId);
    expect(removed.revokedAt).not.toBeNull();
    expect(await h.push(sender, [asEnvelope(sealed)])).toMatchObject([
      { status: 'refused', reason: 'bad_recipient' },
    ]);

    // The coordinator shortens retention to 30 days: consent's end (47 days away) is now too late.
    expect((await h.client.setReferralSettings(coordinator, { retentionDays: 30 })).ok).toBe(true);
    const listed = await h.client.listKeys(h.token(sender));
    if (!listed.ok) throw new Error(listed.error.code);
    expect(listed.value.settings.retentionDays).toBe(30);
    const current = listed.value.keys.filter(
      (k) => !k.revoked && (k.agencyId === AGENCY.sender || k.agencyId === AGENCY.receiver),
    );
    const late = await sealSample(h.world, { recipients: current });
    expect(await h.push(sender, [asEnvelope(late)])).toMatchObject([
      { status: 'refused', reason: 'bad_purge_at' },
    ]);

    const counts = h.tableCounts();
    for (const table of ['device_keys', 'referral_routes', 'sealed_items'])
      expect(counts[table], table).toBe(peers[table]);
    expect(before.sealed_items).toBe(0);

    // Sealed within the network's settings, and with the coordinator's permission for peers, both go.
    const within = await sealSample(h.world, { recipients: current, retentionDays: 30 });
    expect(await h.push(sender, [asEnvelope(within)])).toMatchObject([{ status: 'stored' }]);
    expect((await h.client.setReferralSettings(coordinator, { peersMaySend: true })).ok).toBe(true);
    const fromPeer = await sealSample(h.world, {
      sender: peer,
      recipients: current,
      referralId: randomUUID(),
      retentionDays: 30,
    });
    expect(await h.push(peer, [asEnvelope(fromPeer)])).toMatchObject([{ status: 'stored' }]);
    // The revoked device is left out of what is sealed after, and pulls nothing at all.
    expect(within.keys.map((k) => k.device)).not.toContain(revoked.public.deviceId);
    const refused = await h.client.pullSealed(h.token(revoked), 0, 10);
    expect(refused.ok ? null : refused.error.code).toBe('revoked');
  });

  it('nothing a revoked device pushes is stored', async () => {
    const h = await relayHub(1);
    const sender = h.world.sender[0]!;
    await h.hub.revokeDevice(null, sender.public.deviceId);
    const answer = await h.client.pushSealed(h.token(sender), [asEnvelope(await sealSample(h.world))]);
    expect(answer.ok ? null : answer.error.code).toBe('revoked');
    const again = await h.client.publishKeys(h.token(sender), sender.public);
    expect(again.ok ? null : again.error.code).toBe('revoked');
    expect(h.tableCounts().sealed_items).toBe(0);
  });

  it('replays are idempotent; the same id with other bytes is refused', async () => {
    const h = await relayHub(2);
    const [sender, receiver] = [h.world.sender[0]!, h.world.receiver[0]!];
    const envelope = await sealSample(h.world);
    expect(await h.push(sender, [asEnvelope(envelope)])).toMatchObject([{ status: 'stored' }]);
    expect(await h.push(sender, [asEnvelope(envelope)])).toMatchObject([{ status: 'stored' }]);
    // Sealed again under the same id (a fresh content key): other bytes.
    const resealed = await sealSample(h.world);
    expect(resealed.referralId).toBe(REFERRAL_ID);
    expect(await h.push(sender, [asEnvelope(resealed)])).toMatchObject([
      { status: 'refused', reason: 'exists' },
    ]);

    const opened = await openReferral(envelope, receiver, { lookup: await h.lookup(receiver) });
    if (!opened.ok) throw new Error(opened.error);
    const change = { status: 'received' as const, at: SENT_AT.toISOString() };
    const update = await sealStatus(opened.value, receiver, change);
    const twice = await h.push(receiver, [
      { kind: 'status', item: update },
      { kind: 'status', item: update },
    ]);
    expect(twice.map((r) => r.status)).toEqual(['stored', 'stored']);
    const other = await sealStatus(opened.value, receiver, change, update.id);
    expect(await h.push(receiver, [{ kind: 'status', item: other }])).toMatchObject([
      { status: 'refused', reason: 'exists' },
    ]);
    expect(h.tableCounts()).toMatchObject({ referral_routes: 1, sealed_items: 2 });
    // And a public key published again: the same is fine, other keys are refused.
    expect(await h.client.publishKeys(h.token(sender), sender.public)).toEqual({
      ok: true,
      value: { status: 'stored' },
    });
    const fresh = await createDeviceKeys(sender.public.deviceId, AGENCY.sender);
    expect(await h.client.publishKeys(h.token(sender), fresh.public)).toMatchObject({
      ok: true,
      value: { status: 'refused', reason: 'exists' },
    });
  });

  it('[S5] a pull cut mid-way resumes from its cursor, without doubles', async () => {
    const h = await relayHub(1);
    const [sender, receiver] = [h.world.sender[0]!, h.world.receiver[0]!];
    const ids = Array.from({ length: 7 }, () => randomUUID());
    for (const referralId of ids)
      await h.push(sender, [asEnvelope(await sealSample(h.world, { referralId }))]);

    const applied: PulledSealed[] = [];
    const first = await h.client.pullSealed(h.token(receiver), 0, 3);
    if (!first.ok) throw new Error(first.error.code);
    applied.push(...first.value.items);
    let cursor = first.value.cursor;
    // The next page is read by the hub, but its answer never arrives: the device keeps its cursor.
    h.dropReplies(true);
    const lost = await h.client.pullSealed(h.token(receiver), cursor, 3);
    expect(lost.ok ? null : lost.error.code).toBe('offline');
    h.dropReplies(false);
    const rest = await h.pullAll(receiver, 3, cursor);
    applied.push(...rest.items);
    cursor = rest.cursor;
    expect(applied.map((i) => envelopeOf(i)?.referralId)).toEqual(ids);
    expect(new Set(applied.map((i) => i.seq)).size).toBe(applied.length);
    expect(await h.client.pullSealed(h.token(receiver), cursor, 3)).toMatchObject({
      ok: true,
      value: { items: [], more: false, cursor },
    });
  });

  it('the purge removes exactly the due referrals’ rows, at start and on its timer (injected clock)', async () => {
    const h = await relayHub(2);
    const [sender, receiver] = [h.world.sender[0]!, h.world.receiver[0]!];
    // Consent that ends on 2026-11-20 purges that referral first (the shorter wins).
    const soon = await sealSample(h.world, {
      referralId: randomUUID(),
      referral: sampleReferral({
        consent: {
          share: ['needs', 'contact', 'summary'],
          withAgencies: [AGENCY.receiver],
          until: '2026-11-20',
        },
      }),
    });
    const kept = await sealSample(h.world);
    await h.push(sender, [asEnvelope(soon), asEnvelope(kept)]);
    const lookup = await h.lookup(receiver);
    for (const envelope of [soon, kept]) {
      const opened = await openReferral(envelope, receiver, { lookup });
      if (!opened.ok) throw new Error(opened.error);
      const update = await sealStatus(opened.value, receiver, {
        status: 'received',
        at: SENT_AT.toISOString(),
      });
      const granted = await grantAccess(envelope, receiver, h.world.receiver[1]!.public, { lookup });
      if (!granted.ok) throw new Error(granted.error);
      await h.push(receiver, [
        { kind: 'status', item: update },
        { kind: 'grant', item: granted.value },
      ]);
    }

    const ticks: Array<() => void> = [];
    const purge = startReferralPurge(h.hub.relay, {
      repeat: (run) => {
        ticks.push(run);
        return { stop: () => ticks.splice(0) };
      },
    });
    expect(await purge.first).toBe(0); // at start: nothing due yet
    const before = h.tableCounts();
    expect(before).toMatchObject({ referral_routes: 2, sealed_items: 6 });

    h.advance(6 * DAY_MS); // past 2026-11-21 05:00 UTC, the end of 20 November in Toronto
    ticks[0]?.();
    await h.storage.transaction(async () => {}); // the tick's purge is the transaction before this one
    const after = h.tableCounts();
    expect(after).toEqual({
      ...before,
      referral_routes: 1,
      sealed_items: 3,
      audit: (before.audit ?? 0) + 1,
    });
    const left = (await h.pullAll(receiver)).items;
    expect(left.map((i) => [i.kind, referralIdOf(i)])).toEqual([
      ['envelope', kept.referralId],
      ['status', kept.referralId],
      ['grant', kept.referralId],
    ]);
    // Gone from the file too, once the write-ahead log is folded in: its pages were overwritten.
    const checkpoint = new Database(h.file);
    checkpoint.pragma('wal_checkpoint(TRUNCATE)');
    checkpoint.close();
    const bytes = [h.file, `${h.file}-wal`].filter(existsSync).map((f) => readFileSync(f).toString('latin1'));
    const sample = (e: ReferralEnvelope) => e.ciphertext.slice(100, 164);
    expect(bytes.some((b) => b.includes(sample(kept)))).toBe(true);
    expect(bytes.some((b) => b.includes(sample(soon)) || b.includes(soon.referralId))).toBe(false);
    const audit = await h.client.listAudit(h.coordinator, { limit: 1 });
    expect(audit.ok && audit.value[0]).toMatchObject({
      action: 'purge-referrals',
      detail: '1 referrals',
      subject: null,
    });
    purge.stop();
  });
});
