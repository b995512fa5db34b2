// The app lock's keys (WebCrypto only). A random AES-GCM-256 data key encrypts what is locked; it is
// stored only wrapped (AES-GCM) by a key derived from the passphrase with PBKDF2-SHA-256. Unwrapped,
// it lives in memory, never extractable: lock or quick exit drops it. Changing the passphrase re-wraps
// the same data key, so nothing locked is re-encrypted. A forgotten passphrase means the data is gone.
import * as z from 'zod/mini';
import { base64 } from '../model/common';

/** OWASP's floor for PBKDF2-SHA-256 (2023): a stored record asking for fewer is refused. */
export const MIN_ITERATIONS = 600_000;
export const DEFAULT_ITERATIONS = 600_000;
const SALT_BYTES = 16;
const IV_BYTES = 12;
const FORMAT = 1;

/** What is stored to unlock: never the passphrase, never the data key in the clear. */
export const vaultRecordSchema = z.strictObject({
  format: z.literal(FORMAT),
  kdf: z.literal('PBKDF2-SHA-256'),
  iterations: z.int().check(z.gte(MIN_ITERATIONS), z.lte(10_000_000)),
  salt: base64,
  iv: base64,
  wrappedKey: base64,
});
export type VaultRecord = z.infer<typeof vaultRecordSchema>;

export type UnlockError = 'wrong-passphrase' | 'unreadable-record';

const subtle = () => globalThis.crypto.subtle;
const random = (n: number) => globalThis.crypto.getRandomValues(new Uint8Array(n));

export function toBase64(bytes: Uint8Array): string {
  let s = '';
  for (const b of bytes) s += String.fromCharCode(b);
  return btoa(s);
}

export function fromBase64(text: string): Uint8Array<ArrayBuffer> {
  const s = atob(text);
  const out = new Uint8Array(s.length);
  for (let i = 0; i < s.length; i++) out[i] = s.charCodeAt(i);
  return out;
}

async function wrappingKey(passphrase: string, salt: Uint8Array<ArrayBuffer>, iterations: number) {
  const material = await subtle().importKey(
    'raw',
    new TextEncoder().encode(passphrase.normalize('NFC')),
    'PBKDF2',
    false,
    ['deriveKey'],
  );
  return subtle().deriveKey(
    { name: 'PBKDF2', hash: 'SHA-256', salt, iterations },
    material,
    { name: 'AES-GCM', length: 256 },
    false,
    ['wrapKey', 'unwrapKey'],
  );
}

async function wrap(dataKey: CryptoKey, passphrase: string, iterations: number): Promise<VaultRecord> {
  const salt = random(SALT_BYTES);
  const iv = random(IV_BYTES);
  const kek = await wrappingKey(passphrase, salt, iterations);
  const wrapped = await subtle().wrapKey('raw', dataKey, kek, { name: 'AES-GCM', iv });
  return {
    format: FORMAT,
    kdf: 'PBKDF2-SHA-256',
    iterations,
    salt: toBase64(salt),
    iv: toBase64(iv),
    wrappedKey: toBase64(new Uint8Array(wrapped)),
  };
}

async function unwrap(
  record: unknown,
  passphrase: string,
  extractable: boolean,
): Promise<{ ok: true; key: CryptoKey } | { ok: false; error: UnlockError }> {
  const parsed = vaultRecordSchema.safeParse(record);
  if (!parsed.success) return { ok: false, error: 'unreadable-record' };
  const r = parsed.data;
  const kek = await wrappingKey(passphrase, fromBase64(r.salt), r.iterations);
  try {
    const key = await subtle().unwrapKey(
      'raw',
      fromBase64(r.wrappedKey),
      kek,
      { name: 'AES-GCM', iv: fromBase64(r.iv) },
      { name: 'AES-GCM', length: 256 },
      extractable,
      ['encrypt', 'decrypt'],
    );
    return { ok: true, key };
  } catch {
    // AES-GCM's tag fails: the passphrase (or the record) is not the one that wrapped the key.
    return { ok: false, error: 'wrong-passphrase' };
  }
}

/** A new lock: a fresh data key, wrapped by the passphrase. The key comes back ready to use. */
export async function createVault(
  passphrase: string,
  iterations = DEFAULT_ITERATIONS,
): Promise<{ record: VaultRecord; key: CryptoKey }> {
  if (iterations < MIN_ITERATIONS) throw new RangeError(`PBKDF2 needs at least ${MIN_ITERATIONS} iterations`);
  const extractable = await subtle().generateKey({ name: 'AES-GCM', length: 256 }, true, [
    'encrypt',
    'decrypt',
  ]);
  const record = await wrap(extractable, passphrase, iterations);
  // What stays in memory cannot be exported: only a passphrase change re-wraps, from the record.
  const unlocked = await unwrap(record, passphrase, false);
  if (!unlocked.ok) throw new Error('a new vault did not open');
  return { record, key: unlocked.key };
}

/** The data key, or why not. A record weakened below MIN_ITERATIONS is refused as unreadable. */
export function unlockVault(record: unknown, passphrase: string) {
  return unwrap(record, passphrase, false);
}

/** The same data key under a new passphrase (and a new salt): nothing locked is re-encrypted. */
export async function changePassphrase(
  record: unknown,
  current: string,
  next: string,
  iterations = DEFAULT_ITERATIONS,
): Promise<{ ok: true; record: VaultRecord } | { ok: false; error: UnlockError }> {
  const opened = await unwrap(record, current, true);
  if (!opened.ok) return opened;
  return { ok: true, record: await wrap(opened.key, next, Math.max(iterations, MIN_ITERATIONS)) };
}

/** A sealed value: AES-GCM with a fresh IV; `context` (what and which record) is bound as AAD. */
export interface Sealed {
  iv: string;
  data: string;
}

export async function seal(key: CryptoKey, value: unknown, context: string): Promise<Sealed> {
  const iv = random(IV_BYTES);
  const data = await subtle().encrypt(
    { name: 'AES-GCM', iv, additionalData: new TextEncoder().encode(context) },
    key,
    new TextEncoder().encode(JSON.stringify(value)),
  );
  return { iv: toBase64(iv), data: toBase64(new Uint8Array(data)) };
}

/** The value, or null when the key, the context or the bytes are not the ones it was sealed with. */
export async function open(key: CryptoKey, sealed: Sealed, context: string): Promise<unknown | null> {
  try {
    const plain = await subtle().decrypt(
      { name: 'AES-GCM', iv: fromBase64(sealed.iv), additionalData: new TextEncoder().encode(context) },
      key,
      fromBase64(sealed.data),
    );
    return JSON.parse(new TextDecoder().decode(plain)) as unknown;
  } catch {
    return null;
  }
}
