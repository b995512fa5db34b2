// A referral sealed end to end (R2). Each referral has its own AES-GCM-256 content key; the referral's
// JSON is encrypted with it (the referral id and both agencies bound as additional data), and the key
// is wrapped for every current device of both agencies through one ephemeral ECDH key. The sending
// device signs everything that matters. A device that joins later gets a grant: a separate record
// signed by a device already in, so the envelope's own signature never changes.
//
// Opening checks integrity before origin, and returns nothing until both hold: a wrapped key or
// ciphertext that does not decrypt is 'tampered'; one that decrypts but is not signed by the sending
// device of the sending agency, or was changed after signing, is 'bad-signature'.
import {
  consentCovers,
  purgeAt,
  RETENTION_DAYS_DEFAULT,
  type Referral,
  referralSchema,
} from '../model/referral';
import { err, ok, type Result } from '../model/result';
import {
  type KeyGrant,
  keyGrantSchema,
  type PublicDeviceKeys,
  type ReferralEnvelope,
  referralEnvelopeSchema,
  SEALED_FORMAT,
} from '../model/sealedReferral';
import { type DeviceKeys, encodeFields, sign, verify } from './deviceKeys';
import { fromBase64, toBase64 } from './keys';
import {
  attempt,
  decryptText,
  encryptJson,
  newContentKey,
  newEphemeral,
  parseJson,
  unwrapFor,
  wrapFor,
} from './sealing';

export type OpenError = 'not-for-this-device' | 'bad-signature' | 'tampered' | 'unreadable';
type Found = PublicDeviceKeys | readonly PublicDeviceKeys[] | undefined;
/**
 * A device's published keys by its id, as the caller knows them now (revoked devices included): one
 * set, or several when the device replaced its keys (a forgotten passphrase), its retired sets still
 * checking what they signed.
 */
export type KeyLookup = (deviceId: string) => Found | Promise<Found>;

export interface OpenOptions {
  lookup: KeyLookup;
  /** Grants stored beside the envelope; the one for this device is used when it has no entry. */
  grants?: readonly KeyGrant[];
}

export interface OpenedReferral {
  referral: Referral;
  envelope: ReferralEnvelope;
  /** The referral's content key (not extractable): status updates are sealed with it. */
  key: CryptoKey;
}

const ENVELOPE_LABEL = 'circle-of-care/referral-envelope/v1';
const CONTENT_LABEL = 'circle-of-care/referral-content/v1';
const GRANT_LABEL = 'circle-of-care/referral-grant/v1';
/** One size for nearly every referral: a 2,000-character summary and all the rest fit in 4 KiB. */
export const REFERRAL_PAD_BYTES = 4096;

const contentAad = (e: Pick<ReferralEnvelope, 'referralId' | 'fromAgency' | 'toAgency'>) =>
  encodeFields([CONTENT_LABEL, e.referralId, e.fromAgency, e.toAgency]);

/** What the sender signs: every field, the key entries in device order (their order means nothing). */
function envelopeBytes(e: Omit<ReferralEnvelope, 'signature'>) {
  const keys = [...e.keys].sort((a, b) => (a.device < b.device ? -1 : a.device > b.device ? 1 : 0));
  return encodeFields([
    ENVELOPE_LABEL,
    String(e.format),
    e.referralId,
    e.fromAgency,
    e.toAgency,
    e.sender,
    e.purgeAt,
    fromBase64(e.ephemeral),
    fromBase64(e.iv),
    fromBase64(e.ciphertext),
    String(keys.length),
    ...keys.flatMap((k) => [k.device, fromBase64(k.wrapped)]),
  ]);
}

/** What a granter signs: its own record. The key it wraps is the envelope's, so it opens nothing else. */
const grantBytes = (g: Omit<KeyGrant, 'signature'>) =>
  encodeFields([
    GRANT_LABEL,
    String(g.format),
    g.referralId,
    g.granter,
    g.device,
    fromBase64(g.ephemeral),
    fromBase64(g.wrapped),
  ]);

/**
 * The keys of `deviceId`, a known device of one of the envelope's two agencies (of `agency` when
 * given), that verify `signature` over `bytes`; null when none does.
 */
export async function signedBy(
  e: Pick<ReferralEnvelope, 'fromAgency' | 'toAgency'>,
  deviceId: string,
  lookup: KeyLookup,
  signature: string,
  bytes: Uint8Array<ArrayBuffer>,
  agency?: string,
): Promise<PublicDeviceKeys | null> {
  const found = await lookup(deviceId);
  const candidates: readonly PublicDeviceKeys[] =
    found === undefined ? [] : 'deviceId' in found ? [found] : found;
  for (const keys of candidates) {
    if (keys.deviceId !== deviceId) continue;
    if (
      agency !== undefined
        ? keys.agencyId !== agency
        : keys.agencyId !== e.fromAgency && keys.agencyId !== e.toAgency
    )
      continue;
    if (await verify(keys, signature, bytes)) return keys;
  }
  return null;
}

export interface SealRequest {
  referralId: string;
  referral: Referral;
  toAgency: string;
  sender: DeviceKeys;
  /** Every current device of both agencies: a revoked device is left out and reads nothing sent after. */
  recipients: readonly PublicDeviceKeys[];
  now?: Date;
  retentionDays?: number;
}

/**
 * The sealed referral. Throws on what a form checks first: an invalid referral, consent that does
 * not cover the receiving agency now, a sender without an agency, a recipient outside the two (or
 * with a published key that is not a P-256 point).
 */
export async function sealReferral(request: SealRequest): Promise<ReferralEnvelope> {
  const { referralId, toAgency, sender, now = new Date() } = request;
  const referral = referralSchema.parse(request.referral);
  const fromAgency = sender.public.agencyId;
  if (fromAgency === null) throw new TypeError('a referral is sent from an agency');
  if (!consentCovers(referral.consent, toAgency, now))
    throw new RangeError('the person’s consent does not cover this agency now');
  const devices = new Map([[sender.public.deviceId, sender.public]]);
  for (const r of request.recipients) {
    if (r.agencyId !== fromAgency && r.agencyId !== toAgency)
      throw new RangeError(`device ${r.deviceId} is in neither agency`);
    devices.set(r.deviceId, r);
  }
  const contentKey = await newContentKey();
  const ephemeral = await newEphemeral();
  const aad = contentAad({ referralId, fromAgency, toAgency });
  const { iv, ciphertext } = await encryptJson(contentKey, referral, aad, REFERRAL_PAD_BYTES);
  const keys = await Promise.all(
    [...devices.values()].map(async (d) => {
      const wrapped = await attempt(() => wrapFor(contentKey, ephemeral, referralId, d));
      if (wrapped === null) throw new RangeError(`device ${d.deviceId} has no usable agreement key`);
      return { device: d.deviceId, wrapped };
    }),
  );
  const retention = { sentAt: now, consentUntil: referral.consent.until };
  const unsigned = {
    format: SEALED_FORMAT,
    referralId,
    fromAgency,
    toAgency,
    sender: sender.public.deviceId,
    purgeAt: purgeAt(retention, request.retentionDays ?? RETENTION_DAYS_DEFAULT).toISOString(),
    ephemeral: toBase64(ephemeral.raw),
    iv,
    ciphertext,
    keys,
  } as const;
  // Parsed as the hub will: an id that is not a UUID, or too many devices, fails here, not there.
  return referralEnvelopeSchema.parse({
    ...unsigned,
    signature: await sign(sender, envelopeBytes(unsigned)),
  });
}

/** This device's content key: its own entry, else a grant to it from a device of either agency. */
async function contentKeyFor(
  e: ReferralEnvelope,
  me: DeviceKeys,
  options: OpenOptions,
  extractable: boolean,
): Promise<Result<CryptoKey, OpenError>> {
  const myId = me.public.deviceId;
  const entry = e.keys.find((k) => k.device === myId);
  if (entry) {
    const key = await unwrapFor(entry.wrapped, e.ephemeral, e.referralId, me, extractable);
    return key ? ok(key) : err('tampered');
  }
  let failure: OpenError = 'not-for-this-device';
  for (const candidate of options.grants ?? []) {
    const parsed = keyGrantSchema.safeParse(candidate);
    if (!parsed.success || parsed.data.device !== myId || parsed.data.referralId !== e.referralId) continue;
    const g = parsed.data;
    const key = await unwrapFor(g.wrapped, g.ephemeral, e.referralId, me, extractable);
    if (!key) {
      failure = 'tampered';
      continue;
    }
    if (await signedBy(e, g.granter, options.lookup, g.signature, grantBytes(g))) return ok(key);
    failure = 'bad-signature';
  }
  return err(failure);
}

async function openWith(
  envelope: unknown,
  me: DeviceKeys,
  options: OpenOptions,
  extractable: boolean,
): Promise<Result<OpenedReferral, OpenError>> {
  const parsed = referralEnvelopeSchema.safeParse(envelope);
  if (!parsed.success) return err('unreadable');
  const e = parsed.data;
  const key = await contentKeyFor(e, me, options, extractable);
  if (!key.ok) return key;
  const text = await decryptText(key.value, e, contentAad(e));
  if (text === null) return err('tampered');
  // The sender must be a known device of the sending agency, not merely of either.
  if (!(await signedBy(e, e.sender, options.lookup, e.signature, envelopeBytes(e), e.fromAgency)))
    return err('bad-signature');
  const referral = referralSchema.safeParse(parseJson(text));
  if (!referral.success) return err('unreadable');
  return ok({ referral: referral.data, envelope: e, key: key.value });
}

/** The referral, if this device may read it and it is exactly as its sender sealed it. */
export function openReferral(
  envelope: unknown,
  me: DeviceKeys,
  options: OpenOptions,
): Promise<Result<OpenedReferral, OpenError>> {
  return openWith(envelope, me, options, false);
}

export type GrantError = OpenError | 'outside-the-agencies';

/**
 * Access for a device that joined later, given by this one (which must open the envelope first, so a
 * forged or damaged referral is never passed on). Only a device of one of the two agencies gets it.
 */
export async function grantAccess(
  envelope: ReferralEnvelope,
  me: DeviceKeys,
  newDevice: PublicDeviceKeys,
  options: OpenOptions,
): Promise<Result<KeyGrant, GrantError>> {
  const opened = await openWith(envelope, me, options, true);
  if (!opened.ok) return opened;
  const e = opened.value.envelope;
  if (newDevice.agencyId !== e.fromAgency && newDevice.agencyId !== e.toAgency)
    return err('outside-the-agencies');
  const ephemeral = await newEphemeral();
  // A published key that is not a P-256 point cannot be granted to.
  const wrapped = await attempt(() => wrapFor(opened.value.key, ephemeral, e.referralId, newDevice));
  if (wrapped === null) return err('unreadable');
  const unsigned = {
    format: SEALED_FORMAT,
    referralId: e.referralId,
    device: newDevice.deviceId,
    granter: me.public.deviceId,
    ephemeral: toBase64(ephemeral.raw),
    wrapped,
  } as const;
  return ok({ ...unsigned, signature: await sign(me, grantBytes(unsigned)) });
}
