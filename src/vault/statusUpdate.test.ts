// Status changes and their notes (R3): sealed with the referral's key, signed by the device that made
// them, opaque to the hub.
import { beforeAll, describe, expect, it } from 'vitest';
import { AGENCY, type ReferralWorld, referralWorld, sealSample } from '../../tests/fixtures/referrals';
import type { StatusChange } from '../model/referral';
import { type StatusUpdate, statusUpdateSchema } from '../model/sealedReferral';
import { type OpenedReferral, openReferral } from './envelope';
import { fromBase64, toBase64 } from './keys';
import { openStatus, STATUS_PAD_BYTES, sealStatus } from './statusUpdate';

let world: ReferralWorld;
let atReceiver: OpenedReferral;
let atSender: OpenedReferral;
let otherReferral: OpenedReferral;
const DECLINED: StatusChange = {
  status: 'declined',
  note: 'No bed until the 3rd; she asked to be called back by the outreach worker.',
  at: '2026-11-16T14:00:00.000Z',
};
const UPDATE_ID = '01900000-0000-7000-8000-000000000001';

async function sealAndOpen(world: ReferralWorld, referralId: string) {
  const envelope = await sealSample(world, { referralId });
  const open = async (i: number, side: 'sender' | 'receiver') => {
    const opened = await openReferral(envelope, world[side][i]!, { lookup: world.lookup });
    if (!opened.ok) throw new Error(opened.error);
    return opened.value;
  };
  return { receiver: await open(1, 'receiver'), sender: await open(2, 'sender') };
}

beforeAll(async () => {
  world = await referralWorld(3);
  ({ receiver: atReceiver, sender: atSender } = await sealAndOpen(
    world,
    '7e000000-0000-4000-8000-00000000007e',
  ));
  ({ receiver: otherReferral } = await sealAndOpen(world, '7e000000-0000-4000-8000-00000000007f'));
});

const flip = (text: string) => {
  const bytes = fromBase64(text);
  bytes[0] = (bytes[0] as number) ^ 0x80;
  return toBase64(bytes);
};

describe('status updates', () => {
  it('round trip: the sender agency reads the receiver’s change and note', async () => {
    const update = await sealStatus(atReceiver, world.receiver[1]!, DECLINED, UPDATE_ID);
    expect(statusUpdateSchema.safeParse(update).success).toBe(true);
    expect(await openStatus(update, atSender, world.lookup)).toEqual({
      ok: true,
      value: { change: DECLINED, device: world.receiver[1]!.public.deviceId, side: 'receiver' },
    });
    const fromSender = await sealStatus(atSender, world.sender[2]!, { status: 'received', at: DECLINED.at });
    const opened = await openStatus(fromSender, atReceiver, world.lookup);
    expect(opened.ok && opened.value.side).toBe('sender');
  });

  it('hold neither the status nor the note in the clear, and pad every change to one size', async () => {
    const update = await sealStatus(atReceiver, world.receiver[1]!, DECLINED, UPDATE_ID);
    const bare = await sealStatus(atReceiver, world.receiver[1]!, { status: 'accepted', at: DECLINED.at });
    const json = JSON.stringify(update);
    for (const word of ['declined', 'No bed', DECLINED.at]) expect(json).not.toContain(word);
    expect(fromBase64(update.ciphertext).length).toBe(STATUS_PAD_BYTES + 16);
    expect(fromBase64(bare.ciphertext).length).toBe(fromBase64(update.ciphertext).length);
  });

  it.each<[string, (u: StatusUpdate) => unknown, (w: ReferralWorld) => OpenedReferral, string]>([
    [
      'a bit of the ciphertext',
      (u) => ({ ...u, ciphertext: flip(u.ciphertext) }),
      () => atSender,
      'tampered',
    ],
    ['a bit of the IV', (u) => ({ ...u, iv: flip(u.iv) }), () => atSender, 'tampered'],
    [
      'its id changed',
      (u) => ({ ...u, id: '01900000-0000-7000-8000-000000000002' }),
      () => atSender,
      'tampered',
    ],
    [
      'moved to another referral',
      (u) => ({ ...u, referralId: otherReferral.envelope.referralId }),
      () => otherReferral,
      'tampered',
    ],
    [
      'relabelled as another device’s',
      (u) => ({ ...u, device: world.receiver[0]!.public.deviceId }),
      () => atSender,
      'tampered',
    ],
    [
      'a bit of the signature',
      (u) => ({ ...u, signature: flip(u.signature) }),
      () => atSender,
      'bad-signature',
    ],
    ['a key the schema does not know', (u) => ({ ...u, status: 'declined' }), () => atSender, 'unreadable'],
  ])('%s → %s', async (_what, change, reader, error) => {
    const update = await sealStatus(atReceiver, world.receiver[1]!, DECLINED, UPDATE_ID);
    expect(await openStatus(change(update), reader(world), world.lookup)).toEqual({ ok: false, error });
  });

  it('refuses a change signed by a device the caller does not know, or of another agency', async () => {
    const update = await sealStatus(atReceiver, world.receiver[1]!, DECLINED, UPDATE_ID);
    const signer = world.receiver[1]!.public;
    const forgetting = (id: string) => (id === signer.deviceId ? undefined : world.lookup(id));
    const moved = (id: string) =>
      id === signer.deviceId ? { ...signer, agencyId: AGENCY.other } : world.lookup(id);
    for (const lookup of [forgetting, moved])
      expect(await openStatus(update, atSender, lookup)).toEqual({ ok: false, error: 'bad-signature' });
  });

  it('refuses to seal a change the schema refuses', async () => {
    await expect(
      sealStatus(atReceiver, world.receiver[1]!, { ...DECLINED, note: 'x'.repeat(1001) }),
    ).rejects.toThrow();
  });
});
