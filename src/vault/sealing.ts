// The referral's primitives, shared by envelopes, grants and status updates: a content key wrapped for
// one device (ECDH P-256 → HKDF-SHA-256 → AES-KW) and AES-GCM over padded JSON. WebCrypto reports
// every failure as a DOMException; here each becomes null, and callers name it.
import type { PublicDeviceKeys } from '../model/sealedReferral';
import { agreementPublicKey, encodeFields } from './deviceKeys';
import { fromBase64, toBase64 } from './keys';

const subtle = () => globalThis.crypto.subtle;
const KEY_LABEL = 'circle-of-care/referral-key/v1';
const IV_BYTES = 12;

/** The work's result, or null when WebCrypto (or a parse) refused it. */
export async function attempt<T>(work: () => Promise<T>): Promise<T | null> {
  try {
    return await work();
  } catch {
    return null;
  }
}

export function newContentKey(): Promise<CryptoKey> {
  // Extractable only while sealing or granting: it must be wrapped for each device.
  return subtle().generateKey({ name: 'AES-GCM', length: 256 }, true, ['encrypt', 'decrypt']);
}

export async function newEphemeral(): Promise<{ privateKey: CryptoKey; raw: Uint8Array<ArrayBuffer> }> {
  const pair = await subtle().generateKey({ name: 'ECDH', namedCurve: 'P-256' }, false, ['deriveBits']);
  return {
    privateKey: pair.privateKey,
    raw: new Uint8Array(await subtle().exportKey('raw', pair.publicKey)),
  };
}

/**
 * The key-encryption key between an ephemeral key and a device's agreement key. HKDF's salt is the
 * ephemeral public key and its info names the referral, the device and the device's public key, so
 * a wrapped key moved to another referral or device does not unwrap.
 */
async function keyEncryptionKey(
  mine: CryptoKey,
  theirs: CryptoKey,
  ephemeralRaw: Uint8Array<ArrayBuffer>,
  referralId: string,
  device: PublicDeviceKeys,
  usage: 'wrapKey' | 'unwrapKey',
): Promise<CryptoKey> {
  const shared = await subtle().deriveBits({ name: 'ECDH', public: theirs }, mine, 256);
  const hkdf = await subtle().importKey('raw', shared, 'HKDF', false, ['deriveKey']);
  const info = encodeFields([KEY_LABEL, referralId, device.deviceId, fromBase64(device.agreement)]);
  return subtle().deriveKey(
    { name: 'HKDF', hash: 'SHA-256', salt: ephemeralRaw, info },
    hkdf,
    { name: 'AES-KW', length: 256 },
    false,
    [usage],
  );
}

/** The content key wrapped for `device`; throws only on a recipient whose public key is not a point. */
export async function wrapFor(
  contentKey: CryptoKey,
  ephemeral: { privateKey: CryptoKey; raw: Uint8Array<ArrayBuffer> },
  referralId: string,
  device: PublicDeviceKeys,
): Promise<string> {
  const theirs = await agreementPublicKey(device);
  const kek = await keyEncryptionKey(
    ephemeral.privateKey,
    theirs,
    ephemeral.raw,
    referralId,
    device,
    'wrapKey',
  );
  return toBase64(new Uint8Array(await subtle().wrapKey('raw', contentKey, kek, 'AES-KW')));
}

/** The content key this device's entry holds, or null when it does not unwrap (AES-KW's check fails). */
export function unwrapFor(
  wrapped: string,
  ephemeral: string,
  referralId: string,
  me: { public: PublicDeviceKeys; agreementKey: CryptoKey },
  extractable: boolean,
): Promise<CryptoKey | null> {
  return attempt(async () => {
    const ephemeralRaw = fromBase64(ephemeral);
    const theirs = await subtle().importKey(
      'raw',
      ephemeralRaw,
      { name: 'ECDH', namedCurve: 'P-256' },
      false,
      [],
    );
    const kek = await keyEncryptionKey(
      me.agreementKey,
      theirs,
      ephemeralRaw,
      referralId,
      me.public,
      'unwrapKey',
    );
    return subtle().unwrapKey('raw', fromBase64(wrapped), kek, 'AES-KW', 'AES-GCM', extractable, [
      'encrypt',
      'decrypt',
    ]);
  });
}

/**
 * JSON under AES-GCM with a fresh IV and `aad` bound, padded with spaces (which JSON ignores) to a
 * multiple of `padBytes`, so that a ciphertext's size says little of how much a person told.
 */
export async function encryptJson(
  key: CryptoKey,
  value: unknown,
  aad: Uint8Array<ArrayBuffer>,
  padBytes: number,
): Promise<{ iv: string; ciphertext: string }> {
  const json = new TextEncoder().encode(JSON.stringify(value));
  const padded = new Uint8Array(Math.ceil(json.length / padBytes) * padBytes).fill(0x20);
  padded.set(json);
  const iv = globalThis.crypto.getRandomValues(new Uint8Array(IV_BYTES));
  const data = await subtle().encrypt({ name: 'AES-GCM', iv, additionalData: aad }, key, padded);
  return { iv: toBase64(iv), ciphertext: toBase64(new Uint8Array(data)) };
}

/** The decrypted text, or null when the key, IV, ciphertext or additional data are not as sealed. */
export function decryptText(
  key: CryptoKey,
  sealed: { iv: string; ciphertext: string },
  aad: Uint8Array<ArrayBuffer>,
): Promise<string | null> {
  return attempt(async () => {
    const plain = await subtle().decrypt(
      { name: 'AES-GCM', iv: fromBase64(sealed.iv), additionalData: aad },
      key,
      fromBase64(sealed.ciphertext),
    );
    return new TextDecoder('utf-8', { fatal: true }).decode(plain);
  });
}

/** JSON.parse as a value, or undefined for text that is not JSON. */
export function parseJson(text: string): unknown {
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return undefined;
  }
}
