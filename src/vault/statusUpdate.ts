// A referral's status changes (R3), sealed with the referral's own content key: the status and its
// note are read only by the devices that hold the referral, and the hub relays updates it cannot tell
// apart. The device that made the change signs it. Which change is allowed when is model/'s rule
// (`mayChangeStatus`), applied by the caller in the hub's order (S12), not here.
import { uuidv7 } from '../model/ids';
import { type ReferralSide, type StatusChange, statusChangeSchema } from '../model/referral';
import { err, ok, type Result } from '../model/result';
import { SEALED_FORMAT, type StatusUpdate, statusUpdateSchema } from '../model/sealedReferral';
import { type DeviceKeys, encodeFields, sign } from './deviceKeys';
import { type KeyLookup, type OpenError, type OpenedReferral, signedBy } from './envelope';
import { fromBase64 } from './keys';
import { decryptText, encryptJson, parseJson } from './sealing';

const STATUS_LABEL = 'circle-of-care/referral-status/v1';
const STATUS_CONTENT_LABEL = 'circle-of-care/referral-status-content/v1';
/** A change with a note of up to 1,000 characters of English or French fits in one size. */
export const STATUS_PAD_BYTES = 1536;

const statusAad = (u: Pick<StatusUpdate, 'id' | 'referralId' | 'device'>) =>
  encodeFields([STATUS_CONTENT_LABEL, u.referralId, u.id, u.device]);

const statusBytes = (u: Omit<StatusUpdate, 'signature'>) =>
  encodeFields([
    STATUS_LABEL,
    String(u.format),
    u.id,
    u.referralId,
    u.device,
    fromBase64(u.iv),
    fromBase64(u.ciphertext),
  ]);

/** The change sealed and signed by this device. Throws on a change (or an id) the schemas refuse. */
export async function sealStatus(
  opened: OpenedReferral,
  me: DeviceKeys,
  change: StatusChange,
  id: string = uuidv7(),
): Promise<StatusUpdate> {
  const head = { id, referralId: opened.envelope.referralId, device: me.public.deviceId };
  const sealed = await encryptJson(
    opened.key,
    statusChangeSchema.parse(change),
    statusAad(head),
    STATUS_PAD_BYTES,
  );
  const unsigned = { format: SEALED_FORMAT, ...head, ...sealed } as const;
  return statusUpdateSchema.parse({ ...unsigned, signature: await sign(me, statusBytes(unsigned)) });
}

export interface OpenedStatus {
  change: StatusChange;
  device: string;
  /** Which agency's device made it (the receiving one when a referral stays within one agency). */
  side: ReferralSide;
}

/** The change, if it belongs to this referral and a known device of either agency signed it. */
export async function openStatus(
  update: unknown,
  opened: OpenedReferral,
  lookup: KeyLookup,
): Promise<Result<OpenedStatus, OpenError>> {
  const parsed = statusUpdateSchema.safeParse(update);
  if (!parsed.success) return err('unreadable');
  const u = parsed.data;
  const e = opened.envelope;
  // The referral id bound is the envelope's: an update moved to another referral does not decrypt.
  const text = await decryptText(opened.key, u, statusAad({ ...u, referralId: e.referralId }));
  if (text === null) return err('tampered');
  const signer = await signedBy(e, u.device, lookup, u.signature, statusBytes(u));
  if (!signer) return err('bad-signature');
  const change = statusChangeSchema.safeParse(parseJson(text));
  if (!change.success) return err('unreadable');
  const side = signer.agencyId === e.toAgency ? 'receiver' : 'sender';
  return ok({ change: change.data, device: u.device, side });
}
