// Sealed items of the right sizes for the relay's tests: the hub checks routing only, so bytes of
// the right lengths stand in for keys, ciphertext and signatures (tests/integration relays real ones).
import { randomUUID } from 'node:crypto';
import type { KeyGrant, ReferralEnvelope, SealedItem, StatusUpdate } from '../protocol';
import type { DeviceRow } from './storage/types';

export const SAMPLE_T0 = new Date('2026-11-20T10:00:00Z');
const DAY_MS = 86_400_000;
export const b64 = (bytes: number, fill = 1) => Buffer.alloc(bytes, fill).toString('base64');

type Party = Pick<DeviceRow, 'id' | 'agencyId'>;

export const keysOf = (d: Party, fill = 4) => ({
  deviceId: d.id,
  agencyId: d.agencyId,
  agreement: b64(65, fill),
  signing: b64(65, fill + 1),
});

/** An envelope from `sender`, purged 30 days after SAMPLE_T0, wrapped for it and `recipients`. */
export function envelope(sender: Party, toAgency: string, recipients: Party[]): ReferralEnvelope {
  return {
    format: 1,
    referralId: randomUUID(),
    fromAgency: sender.agencyId ?? randomUUID(),
    toAgency,
    sender: sender.id,
    purgeAt: new Date(SAMPLE_T0.getTime() + 30 * DAY_MS).toISOString(),
    ephemeral: b64(65),
    iv: b64(12),
    ciphertext: b64(4112),
    keys: [sender, ...recipients].map((r) => ({ device: r.id, wrapped: b64(40) })),
    signature: b64(64),
  };
}
export const grant = (e: ReferralEnvelope, granter: Party, device: Party): KeyGrant => ({
  format: 1,
  referralId: e.referralId,
  device: device.id,
  granter: granter.id,
  ephemeral: b64(65, 2),
  wrapped: b64(40, 2),
  signature: b64(64, 2),
});
export const status = (e: ReferralEnvelope, device: Party): StatusUpdate => ({
  format: 1,
  id: randomUUID(),
  referralId: e.referralId,
  device: device.id,
  iv: b64(12, 3),
  ciphertext: b64(1552, 3),
  signature: b64(64, 3),
});
export const asEnvelope = (e: ReferralEnvelope): SealedItem => ({ kind: 'envelope', item: e });
export const asGrant = (g: KeyGrant): SealedItem => ({ kind: 'grant', item: g });
export const asStatus = (u: StatusUpdate): SealedItem => ({ kind: 'status', item: u });
