// A device's own key pairs for referrals (R2), made on the device and never on the hub: P-256 ECDH to
// receive referral keys and P-256 ECDSA to sign (X25519 and Ed25519 are missing from older phones'
// WebCrypto). The private halves are not extractable: IndexedDB stores them as CryptoKey objects and
// no script can read their bytes. The public halves are published through the hub with a fingerprint
// that two workers read to each other by phone, so a hub that swapped a key would be caught.
import { type PublicDeviceKeys, publicDeviceKeysSchema } from '../model/sealedReferral';
import { fromBase64, open, type Sealed, seal, toBase64 } from './keys';

export { type PublicDeviceKeys, publicDeviceKeysSchema };

export interface DeviceKeys {
  public: PublicDeviceKeys;
  /** ECDH P-256 private key, not extractable. */
  agreementKey: CryptoKey;
  /** ECDSA P-256 private key, not extractable. */
  signingKey: CryptoKey;
}

const subtle = () => globalThis.crypto.subtle;
const ECDH = { name: 'ECDH', namedCurve: 'P-256' } as const;
const ECDSA = { name: 'ECDSA', namedCurve: 'P-256' } as const;
const SIGN = { name: 'ECDSA', hash: 'SHA-256' } as const;

export async function createDeviceKeys(deviceId: string, agencyId: string | null): Promise<DeviceKeys> {
  const agreement = await subtle().generateKey(ECDH, false, ['deriveBits']);
  const signing = await subtle().generateKey(ECDSA, false, ['sign', 'verify']);
  const raw = async (key: CryptoKey) => toBase64(new Uint8Array(await subtle().exportKey('raw', key)));
  return {
    public: publicDeviceKeysSchema.parse({
      deviceId,
      agencyId,
      agreement: await raw(agreement.publicKey),
      signing: await raw(signing.publicKey),
    }),
    agreementKey: agreement.privateKey,
    signingKey: signing.privateKey,
  };
}

/**
 * The device's keys as the device stores them: the public halves, and the private halves (PKCS #8)
 * sealed under the app lock's data key, so that without the passphrase they cannot even be used.
 */
export interface StoredDeviceKeys {
  public: PublicDeviceKeys;
  sealed: Sealed;
}

const storedContext = (deviceId: string) => `device-keys:${deviceId}`;

/**
 * New key pairs for this device, made extractable only long enough to seal their private halves under
 * `dataKey`; what stays in memory is imported again, not extractable.
 */
export async function createLockedDeviceKeys(
  deviceId: string,
  agencyId: string | null,
  dataKey: CryptoKey,
): Promise<{ keys: DeviceKeys; stored: StoredDeviceKeys }> {
  const agreement = await subtle().generateKey(ECDH, true, ['deriveBits']);
  const signing = await subtle().generateKey(ECDSA, true, ['sign', 'verify']);
  const pkcs8 = async (key: CryptoKey) => toBase64(new Uint8Array(await subtle().exportKey('pkcs8', key)));
  const raw = async (key: CryptoKey) => toBase64(new Uint8Array(await subtle().exportKey('raw', key)));
  const stored: StoredDeviceKeys = {
    public: publicDeviceKeysSchema.parse({
      deviceId,
      agencyId,
      agreement: await raw(agreement.publicKey),
      signing: await raw(signing.publicKey),
    }),
    sealed: await seal(
      dataKey,
      { agreement: await pkcs8(agreement.privateKey), signing: await pkcs8(signing.privateKey) },
      storedContext(deviceId),
    ),
  };
  const keys = await openLockedDeviceKeys(stored, dataKey);
  if (!keys) throw new Error('new device keys did not open');
  return { keys, stored };
}

/** The device's keys, usable and not extractable; null when `dataKey` (or the record) is not theirs. */
export async function openLockedDeviceKeys(
  stored: StoredDeviceKeys,
  dataKey: CryptoKey,
): Promise<DeviceKeys | null> {
  const opened = (await open(dataKey, stored.sealed, storedContext(stored.public.deviceId))) as {
    agreement?: unknown;
    signing?: unknown;
  } | null;
  if (typeof opened?.agreement !== 'string' || typeof opened.signing !== 'string') return null;
  try {
    return {
      public: stored.public,
      agreementKey: await subtle().importKey('pkcs8', fromBase64(opened.agreement), ECDH, false, [
        'deriveBits',
      ]),
      signingKey: await subtle().importKey('pkcs8', fromBase64(opened.signing), ECDSA, false, ['sign']),
    };
  } catch {
    return null;
  }
}

/**
 * Fields joined so that no two different lists encode alike: each is its 4-byte big-endian length,
 * then its bytes (strings as UTF-8). What is signed or hashed is always this, never JSON.
 */
export function encodeFields(fields: ReadonlyArray<string | Uint8Array>): Uint8Array<ArrayBuffer> {
  const parts = fields.map((f) => (typeof f === 'string' ? new TextEncoder().encode(f) : f));
  const out = new Uint8Array(parts.reduce((n, p) => n + 4 + p.length, 0));
  const view = new DataView(out.buffer);
  let at = 0;
  for (const p of parts) {
    view.setUint32(at, p.length);
    out.set(p, at + 4);
    at += 4 + p.length;
  }
  return out;
}

async function sha256(bytes: Uint8Array<ArrayBuffer>): Promise<Uint8Array<ArrayBuffer>> {
  return new Uint8Array(await subtle().digest('SHA-256', bytes));
}

export const FINGERPRINT_GROUPS = 5;
const FINGERPRINT_LABEL = 'circle-of-care/device-fingerprint/v1';

/**
 * 20 digits in 5 groups of 4, read aloud in a minute. SHA-256 over the device id, its agency and both
 * public keys; each group is 5 bytes of the hash (40 bits) taken modulo 10,000, as Signal's safety
 * numbers do with 5 digits: the bias is under 1 in 10^8. 20 digits are about 66 bits: to pass a
 * comparison, a hub must find key pairs whose fingerprint matches one an honest device made
 * (a second preimage, about 2^66 tries), not any two that collide.
 */
export async function fingerprint(keys: PublicDeviceKeys): Promise<string> {
  const hash = await sha256(
    encodeFields([
      FINGERPRINT_LABEL,
      keys.deviceId,
      keys.agencyId ?? '',
      fromBase64(keys.agreement),
      fromBase64(keys.signing),
    ]),
  );
  const groups: string[] = [];
  for (let g = 0; g < FINGERPRINT_GROUPS; g++) {
    let n = 0;
    for (let i = 0; i < 5; i++) n = n * 256 + (hash[g * 5 + i] as number);
    groups.push(String(n % 10_000).padStart(4, '0'));
  }
  return groups.join(' ');
}

// Imported public keys, per published record (records are replaced, never changed in place).
const agreementKeys = new WeakMap<PublicDeviceKeys, Promise<CryptoKey>>();
const verifyKeys = new WeakMap<PublicDeviceKeys, Promise<CryptoKey>>();

function cached(
  cache: WeakMap<PublicDeviceKeys, Promise<CryptoKey>>,
  keys: PublicDeviceKeys,
  make: () => Promise<CryptoKey>,
) {
  let key = cache.get(keys);
  if (!key) {
    key = make();
    // A point that is not on the curve fails once; it is not remembered as a key.
    key.catch(() => cache.delete(keys));
    cache.set(keys, key);
  }
  return key;
}

/** The device's ECDH public key; rejects when the published bytes are not a P-256 point. */
export function agreementPublicKey(keys: PublicDeviceKeys): Promise<CryptoKey> {
  return cached(agreementKeys, keys, () =>
    subtle().importKey('raw', fromBase64(keys.agreement), ECDH, false, []),
  );
}

export async function sign(keys: DeviceKeys, bytes: Uint8Array<ArrayBuffer>): Promise<string> {
  return toBase64(new Uint8Array(await subtle().sign(SIGN, keys.signingKey, bytes)));
}

/** Whether `signature` is `keys`' over `bytes`; false (never a throw) for a malformed key or signature. */
export async function verify(
  keys: PublicDeviceKeys,
  signature: string,
  bytes: Uint8Array<ArrayBuffer>,
): Promise<boolean> {
  try {
    const key = await cached(verifyKeys, keys, () =>
      subtle().importKey('raw', fromBase64(keys.signing), ECDSA, false, ['verify']),
    );
    return await subtle().verify(SIGN, key, fromBase64(signature), bytes);
  } catch {
    return false;
  }
}
