// Referrals sealed end to end (R2): who opens them, what is refused, and what the hub would hold.
import { beforeAll, describe, expect, it } from 'vitest';
import {
  AGENCY,
  type ReferralWorld,
  referralWorld,
  SENT_AT,
  sampleReferral,
  sealSample,
} from '../../tests/fixtures/referrals';
import { type Referral, TOLD_ONCE_MAX } from '../model/referral';
import { keyGrantSchema, type ReferralEnvelope, referralEnvelopeSchema } from '../model/sealedReferral';
import { createDeviceKeys } from './deviceKeys';
import { grantAccess, openReferral, REFERRAL_PAD_BYTES, type SealRequest } from './envelope';
import { fromBase64, toBase64 } from './keys';

let world: ReferralWorld;
let envelope: ReferralEnvelope;

beforeAll(async () => {
  world = await referralWorld(3);
  envelope = await sealSample(world);
});

/** The same base64 with one bit flipped in byte `at` (from the end when negative). */
function flipBit(text: string, at = 0): string {
  const bytes = fromBase64(text);
  const i = at < 0 ? bytes.length + at : at;
  bytes[i] = (bytes[i] as number) ^ 0x01;
  return toBase64(bytes);
}

/** A UUID with one hex digit changed: still a UUID, no longer the same one. */
const otherUuid = (id: string) => `${id.slice(0, -1)}${id.endsWith('f') ? 'e' : 'f'}`;

describe('sealing a referral', () => {
  it('opens on every device of both agencies, as it was written', async () => {
    for (const device of [...world.sender, ...world.receiver]) {
      const opened = await openReferral(envelope, device, { lookup: world.lookup });
      expect(opened.ok && opened.value.referral).toEqual(sampleReferral());
      expect(opened.ok && opened.value.key.extractable).toBe(false);
    }
    expect(envelope.keys.map((k) => k.device).sort()).toEqual(world.recipients.map((d) => d.deviceId).sort());
  });

  it('does not open on a device of another agency', async () => {
    expect(await openReferral(envelope, world.other[0]!, { lookup: world.lookup })).toEqual({
      ok: false,
      error: 'not-for-this-device',
    });
  });

  it('is stored as a schema-valid record with no plaintext, even base64-decoded', async () => {
    expect(referralEnvelopeSchema.safeParse(envelope).success).toBe(true);
    expect(envelope.purgeAt).toBe('2027-01-01T05:00:00.000Z'); // consent ends before 90 days pass
    const referral = sampleReferral();
    const words = [
      referral.alias,
      ...(referral.needs ?? []),
      referral.contact?.detail ?? '',
      referral.contact?.safeTimes ?? '',
      'Tuesday',
      'motel',
      SENT_AT.toISOString().slice(0, 10),
      referral.consent.until,
    ];
    const json = JSON.stringify(envelope);
    const blobs = [envelope.ephemeral, envelope.iv, envelope.ciphertext, envelope.signature]
      .concat(envelope.keys.map((k) => k.wrapped))
      .map((b) => new TextDecoder('latin1').decode(fromBase64(b)))
      .join('\n');
    for (const word of words) {
      expect(json).not.toContain(word);
      expect(blobs).not.toContain(word);
    }
    // Nothing of the JSON either: decoded, no blob has a run of 24 printable characters (random
    // bytes have one about once in 10^10 tries).
    expect(blobs).not.toMatch(/[ -~]{24}/);
  });

  it('pads the plaintext: a one-line and a full summary seal to the same size', async () => {
    const summary = 'Elle a quitté le motel mardi; ses papiers sont gardés par son chauffeur. ';
    const full = await sealSample(world, {
      referral: sampleReferral({ toldOnce: summary.repeat(40).slice(0, TOLD_ONCE_MAX).trim() }),
    });
    expect(fromBase64(full.ciphertext).length).toBe(fromBase64(envelope.ciphertext).length);
    // The bucket plus AES-GCM's 16-byte tag.
    expect(fromBase64(envelope.ciphertext).length).toBe(REFERRAL_PAD_BYTES + 16);
  });

  it.each<[string, (w: ReferralWorld) => Partial<SealRequest>, RegExp]>([
    [
      'a recipient outside both agencies',
      (w) => ({ recipients: [{ ...w.recipients[0]!, agencyId: AGENCY.other }] }),
      /neither agency/,
    ],
    ['an agency the person did not agree to', () => ({ toAgency: AGENCY.other }), /consent/],
    ['consent that has ended', () => ({ now: new Date('2027-01-01T05:00:00Z') }), /consent/],
    ['a referral id that is not a UUID', () => ({ referralId: 'referral-1' }), /referralId/],
    [
      'a sender with no agency',
      (w) => ({ sender: { ...w.sender[0]!, public: { ...w.sender[0]!.public, agencyId: null } } }),
      /from an agency/,
    ],
    [
      'a legal name',
      () => ({ referral: { ...sampleReferral(), legalName: 'Jane Doe' } as Referral }),
      /legalName/,
    ],
  ])('refuses to seal for %s', async (_what, change, message) => {
    await expect(sealSample(world, change(world))).rejects.toThrow(message);
  });
});

const open = (e: unknown, device = world.receiver[1]!) => openReferral(e, device, { lookup: world.lookup });
const failure = (error: string) => ({ ok: false, error });

describe('opening refuses what was changed', () => {
  it.each<[string, (e: ReferralEnvelope) => ReferralEnvelope]>([
    ['a bit of the ciphertext', (e) => ({ ...e, ciphertext: flipBit(e.ciphertext, 3) })],
    ['a bit of the GCM tag', (e) => ({ ...e, ciphertext: flipBit(e.ciphertext, -1) })],
    ['a bit of the IV', (e) => ({ ...e, iv: flipBit(e.iv) })],
    [
      "a bit of this device's wrapped key",
      (e) => ({
        ...e,
        keys: e.keys.map((k) =>
          k.device === world.receiver[1]!.public.deviceId ? { ...k, wrapped: flipBit(k.wrapped, 5) } : k,
        ),
      }),
    ],
    ['a bit of the ephemeral key', (e) => ({ ...e, ephemeral: flipBit(e.ephemeral, -1) })],
    ['the referral id (bound as additional data)', (e) => ({ ...e, referralId: otherUuid(e.referralId) })],
    ['the sending agency (bound as additional data)', (e) => ({ ...e, fromAgency: otherUuid(e.fromAgency) })],
    ['the receiving agency (bound as additional data)', (e) => ({ ...e, toAgency: AGENCY.other })],
  ])('%s → tampered', async (_what, change) => {
    expect(await open(change(envelope))).toEqual(failure('tampered'));
  });

  it.each<[string, (e: ReferralEnvelope) => ReferralEnvelope]>([
    ['the purge time', (e) => ({ ...e, purgeAt: '2028-01-01T05:00:00.000Z' })],
    [
      "another device's wrapped key",
      (e) => ({
        ...e,
        keys: e.keys.map((k) =>
          k.device === world.receiver[0]!.public.deviceId ? { ...k, wrapped: flipBit(k.wrapped, 5) } : k,
        ),
      }),
    ],
    [
      'an entry dropped',
      (e) => ({ ...e, keys: e.keys.filter((k) => k.device !== world.sender[2]!.public.deviceId) }),
    ],
    [
      'the sender changed to another device of its agency',
      (e) => ({ ...e, sender: world.sender[1]!.public.deviceId }),
    ],
    ['the sender changed to an unknown device', (e) => ({ ...e, sender: otherUuid(e.sender) })],
    ['a bit of the signature', (e) => ({ ...e, signature: flipBit(e.signature, 10) })],
  ])('%s → bad signature', async (_what, change) => {
    expect(await open(change(envelope))).toEqual(failure('bad-signature'));
  });

  it('keeps the order of key entries out of what is signed', async () => {
    const reordered = { ...envelope, keys: [...envelope.keys].reverse() };
    expect((await open(reordered)).ok).toBe(true);
  });

  it('refuses a referral signed by a device that is not the sender, even one of its agency', async () => {
    // Sealed by the second sending device, labelled as the first: the signature is not the sender's.
    const forged = await sealSample(world, {
      referral: sampleReferral({ alias: 'Someone else' }),
      sender: world.sender[1]!,
    });
    expect(await open({ ...forged, sender: world.sender[0]!.public.deviceId })).toEqual(
      failure('bad-signature'),
    );
    // A device of the receiving agency, signing as itself, is not of the sending agency.
    const fromReceiver = await sealSample(world, {
      sender: { ...world.receiver[0]!, public: { ...world.receiver[0]!.public, agencyId: AGENCY.sender } },
    });
    expect(await open(fromReceiver)).toEqual(failure('bad-signature'));
    // Nor is a device of another agency.
    const stranger = await createDeviceKeys(world.other[0]!.public.deviceId, AGENCY.other);
    const lookup = (id: string) => (id === stranger.public.deviceId ? stranger.public : world.lookup(id));
    const fromStranger = await sealSample(world, {
      sender: { ...stranger, public: { ...stranger.public, agencyId: AGENCY.sender } },
    });
    expect(await openReferral(fromStranger, world.receiver[0]!, { lookup })).toEqual(
      failure('bad-signature'),
    );
  });

  it.each<[string, () => unknown]>([
    ['a record that is not an envelope', () => ({ hello: 'world' })],
    [
      'plaintext beside the ciphertext (a key the schema does not know)',
      () => ({ ...envelope, alias: 'Birchwren' }),
    ],
    ['a ciphertext longer than any referral', () => ({ ...envelope, ciphertext: 'A'.repeat(70_000) })],
  ])('%s → unreadable', async (_what, make) => {
    expect(await open(make())).toEqual(failure('unreadable'));
  });
});

describe('devices that join later, and devices revoked', () => {
  it('opens through a grant from a device of either agency; the envelope is unchanged', async () => {
    const late = await createDeviceKeys('0b00d900-0000-4000-8000-0000000000d9', AGENCY.receiver);
    const lookup = (id: string) => (id === late.public.deviceId ? late.public : world.lookup(id));
    expect(await openReferral(envelope, late, { lookup })).toEqual(failure('not-for-this-device'));
    for (const granter of [world.receiver[2]!, world.sender[1]!]) {
      const before = JSON.stringify(envelope);
      const grant = await grantAccess(envelope, granter, late.public, { lookup });
      expect(grant.ok).toBe(true);
      if (!grant.ok) return;
      expect(keyGrantSchema.safeParse(grant.value).success).toBe(true);
      expect(JSON.stringify(envelope)).toBe(before);
      const opened = await openReferral(envelope, late, { lookup, grants: [grant.value] });
      expect(opened.ok && opened.value.referral).toEqual(sampleReferral());
      // The grant names its granter; another device's name on it breaks its signature.
      const relabelled = { ...grant.value, granter: world.receiver[0]!.public.deviceId };
      expect(await openReferral(envelope, late, { lookup, grants: [relabelled] })).toEqual(
        failure('bad-signature'),
      );
      const damaged = { ...grant.value, wrapped: flipBit(grant.value.wrapped, 3) };
      expect(await openReferral(envelope, late, { lookup, grants: [damaged] })).toEqual(failure('tampered'));
    }
  });

  it('refuses a grant from a device the caller does not know, or of another agency', async () => {
    const late = await createDeviceKeys('0b00d800-0000-4000-8000-0000000000d8', AGENCY.receiver);
    // A device that could open the referral but is not (or no longer) among the published ones.
    const unknown = world.receiver[2]!;
    const withBoth = (id: string) => (id === late.public.deviceId ? late.public : world.lookup(id));
    const grant = await grantAccess(envelope, unknown, late.public, { lookup: withBoth });
    if (!grant.ok) throw new Error(grant.error);
    const forgetting = (id: string) => (id === unknown.public.deviceId ? undefined : withBoth(id));
    expect(await openReferral(envelope, late, { lookup: forgetting, grants: [grant.value] })).toEqual(
      failure('bad-signature'),
    );
    const moved = (id: string) =>
      id === unknown.public.deviceId ? { ...unknown.public, agencyId: AGENCY.other } : withBoth(id);
    expect(await openReferral(envelope, late, { lookup: moved, grants: [grant.value] })).toEqual(
      failure('bad-signature'),
    );
  });

  it('gives no grant to a device outside the two agencies, nor for an envelope that does not open', async () => {
    expect(
      await grantAccess(envelope, world.receiver[0]!, world.other[0]!.public, { lookup: world.lookup }),
    ).toEqual(failure('outside-the-agencies'));
    const late = await createDeviceKeys('0b00d700-0000-4000-8000-0000000000d7', AGENCY.receiver);
    expect(await grantAccess(envelope, world.other[0]!, late.public, { lookup: world.lookup })).toEqual(
      failure('not-for-this-device'),
    );
    expect(
      await grantAccess(
        { ...envelope, purgeAt: '2030-01-01T00:00:00.000Z' },
        world.receiver[0]!,
        late.public,
        {
          lookup: world.lookup,
        },
      ),
    ).toEqual(failure('bad-signature'));
  });

  it('a grant opens only the envelope whose key it holds, not another under the same id', async () => {
    const late = await createDeviceKeys('0b00d600-0000-4000-8000-0000000000d6', AGENCY.receiver);
    const lookup = (id: string) => (id === late.public.deviceId ? late.public : world.lookup(id));
    const grant = await grantAccess(envelope, world.receiver[0]!, late.public, { lookup });
    if (!grant.ok) throw new Error(grant.error);
    const second = await sealSample(world, { referral: sampleReferral({ alias: 'Another' }) });
    // Same referral id, another content key: the grant's key does not unwrap as this one's.
    expect((await openReferral(second, late, { lookup, grants: [grant.value] })).ok).toBe(false);
  });

  it('a revoked device reads nothing sealed after it left the list', async () => {
    const revoked = world.receiver[2]!;
    const current = world.recipients.filter((d) => d.deviceId !== revoked.public.deviceId);
    const after = await sealSample(world, {
      referralId: '7e000000-0000-4000-8000-00000000007f',
      recipients: current,
    });
    expect(await openReferral(after, revoked, { lookup: world.lookup })).toEqual(
      failure('not-for-this-device'),
    );
    expect((await openReferral(after, world.receiver[0]!, { lookup: world.lookup })).ok).toBe(true);
    // What it held before is out of reach of this code: the purge removes it from the device.
    expect((await openReferral(envelope, revoked, { lookup: world.lookup })).ok).toBe(true);
  });

  it('a device that replaced its keys (a forgotten passphrase) still vouches for what its old keys signed', async () => {
    const sender = world.sender[0]!;
    const renewed = await createDeviceKeys(sender.public.deviceId, AGENCY.sender);
    const receiver = world.receiver[0]!;
    // The list as the hub gives it after the replacement: the new keys, the old ones retired.
    const both = (id: string) =>
      id === sender.public.deviceId ? [renewed.public, sender.public] : world.lookup(id);
    const onlyNew = (id: string) => (id === sender.public.deviceId ? renewed.public : world.lookup(id));
    expect((await openReferral(envelope, receiver, { lookup: both })).ok).toBe(true);
    expect(await openReferral(envelope, receiver, { lookup: onlyNew })).toEqual(failure('bad-signature'));
    // Another agency's keys listed under the sender's id vouch for nothing.
    const stranger = { ...world.other[0]!.public, deviceId: sender.public.deviceId };
    expect(
      await openReferral(envelope, receiver, {
        lookup: (id) => (id === sender.public.deviceId ? [renewed.public, stranger] : world.lookup(id)),
      }),
    ).toEqual(failure('bad-signature'));
  });
});
