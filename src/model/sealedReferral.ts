// What the hub stores and relays of a referral (R2): ids, agency and device ids, base64 blobs and one
// timestamp, never a word of plaintext. Here, not in vault/, so the hub (which may not import vault/)
// validates the same shapes it stores. Sizes are those of P-256 and AES; vault/ makes and opens them.
import * as z from 'zod/mini';
import { base64, base64Of, isoDateTime, uuid } from './common';

/** An uncompressed P-256 point (0x04, x, y). */
export const P256_PUBLIC_BYTES = 65;
/** ECDSA P-256 in WebCrypto's form, r ‖ s. */
export const P256_SIGNATURE_BYTES = 64;
export const GCM_IV_BYTES = 12;
/** A 256-bit key under AES-KW (RFC 3394) adds 8 bytes. */
export const WRAPPED_KEY_BYTES = 40;
/** Far above a referral's largest plaintext (a 2,000-character summary in 4-byte characters). */
export const CIPHERTEXT_MAX_CHARS = 65_536;
/** Devices one envelope is sealed for: every device of two agencies. */
export const RECIPIENTS_MAX = 200;
export const SEALED_FORMAT = 1;

const publicKey = base64Of(P256_PUBLIC_BYTES);
const signature = base64Of(P256_SIGNATURE_BYTES);
const ciphertext = base64.check(z.minLength(1), z.maxLength(CIPHERTEXT_MAX_CHARS));

/** A device's public keys as published through the hub; the private halves never leave the device. */
export const publicDeviceKeysSchema = z.strictObject({
  deviceId: uuid,
  /** The agency the device is enrolled with (none for peer supporters and some coordinators). */
  agencyId: z.nullable(uuid),
  /** ECDH P-256: referral keys are wrapped for it. */
  agreement: publicKey,
  /** ECDSA P-256: what it seals, grants and changes is signed with it. */
  signing: publicKey,
});
export type PublicDeviceKeys = z.infer<typeof publicDeviceKeysSchema>;

/** The referral's content key wrapped for one device. */
export const wrappedKeySchema = z.strictObject({ device: uuid, wrapped: base64Of(WRAPPED_KEY_BYTES) });
export type WrappedKey = z.infer<typeof wrappedKeySchema>;

export const referralEnvelopeSchema = z.strictObject({
  format: z.literal(SEALED_FORMAT),
  referralId: uuid,
  fromAgency: uuid,
  toAgency: uuid,
  /** The device that sealed and signed it. */
  sender: uuid,
  /** When every copy goes (retention or consent's end, the sooner): the hub purges without reading. */
  purgeAt: isoDateTime,
  /** The sealing's ephemeral ECDH public key, shared by every entry in `keys`. */
  ephemeral: publicKey,
  iv: base64Of(GCM_IV_BYTES),
  ciphertext,
  keys: z.array(wrappedKeySchema).check(
    z.minLength(1),
    z.maxLength(RECIPIENTS_MAX),
    z.refine((ks) => new Set(ks.map((k) => k.device)).size === ks.length, {
      message: 'one entry per device',
    }),
  ),
  signature,
});
export type ReferralEnvelope = z.infer<typeof referralEnvelopeSchema>;

/** Access given to a device that joined later, by one that could already open the referral. */
export const keyGrantSchema = z.strictObject({
  format: z.literal(SEALED_FORMAT),
  referralId: uuid,
  /** The device given access. */
  device: uuid,
  /** The device that gave it, and signed this record. */
  granter: uuid,
  ephemeral: publicKey,
  wrapped: base64Of(WRAPPED_KEY_BYTES),
  signature,
});
export type KeyGrant = z.infer<typeof keyGrantSchema>;

/** A status change and its note, sealed with the referral's key: the hub cannot tell which it is. */
export const statusUpdateSchema = z.strictObject({
  format: z.literal(SEALED_FORMAT),
  /** The change's own id (UUIDv7): a replayed push is the same change. */
  id: uuid,
  referralId: uuid,
  /** The device that made the change, and signed this record. */
  device: uuid,
  iv: base64Of(GCM_IV_BYTES),
  ciphertext,
  signature,
});
export type StatusUpdate = z.infer<typeof statusUpdateSchema>;
