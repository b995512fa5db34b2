// The vault in Node's WebCrypto: the parameters, the round trips, and what must be refused.
import { describe, expect, it } from 'vitest';
import {
  changePassphrase,
  createVault,
  DEFAULT_ITERATIONS,
  fromBase64,
  MIN_ITERATIONS,
  open,
  seal,
  toBase64,
  unlockVault,
  type VaultRecord,
} from './keys';

const PASS = 'river stones under birch';
const NOTE = { alias: 'J.', needs: ['shelter'], told_once: 'Left on Tuesday; do not call after 6.' };

// Each derivation is 600,000 rounds of PBKDF2: a second or so here, more on a loaded machine.
describe('the vault', { timeout: 60_000 }, () => {
  it('derives with PBKDF2-SHA-256 at 600,000 iterations or more, a 16-byte salt and a 12-byte IV', async () => {
    expect(MIN_ITERATIONS).toBeGreaterThanOrEqual(600_000);
    expect(DEFAULT_ITERATIONS).toBeGreaterThanOrEqual(MIN_ITERATIONS);
    const { record } = await createVault(PASS);
    expect(record).toMatchObject({ format: 1, kdf: 'PBKDF2-SHA-256', iterations: DEFAULT_ITERATIONS });
    expect(fromBase64(record.salt).length).toBe(16);
    expect(fromBase64(record.iv).length).toBe(12);
    // 32 bytes of key and a 16-byte GCM tag: the key is wrapped, never stored as it is.
    expect(fromBase64(record.wrappedKey).length).toBe(48);
    await expect(createVault(PASS, 100_000)).rejects.toThrow(/600000 iterations/);
  });

  it('unlocks with the passphrase only; the key in memory cannot be exported', async () => {
    const { record, key } = await createVault(PASS);
    expect(key.extractable).toBe(false);
    const sealed = await seal(key, NOTE, 'referral/1');
    const again = await unlockVault(record, PASS);
    expect(again.ok).toBe(true);
    if (!again.ok) return;
    expect(again.key.extractable).toBe(false);
    expect(await open(again.key, sealed, 'referral/1')).toEqual(NOTE);
    expect(await unlockVault(record, 'river stones under birch ')).toEqual({
      ok: false,
      error: 'wrong-passphrase',
    });
    expect(await unlockVault(record, '')).toEqual({ ok: false, error: 'wrong-passphrase' });
  });

  it('refuses a record weakened below the minimum, or malformed', async () => {
    const { record } = await createVault(PASS);
    expect(await unlockVault({ ...record, iterations: 1000 }, PASS)).toEqual({
      ok: false,
      error: 'unreadable-record',
    });
    expect(await unlockVault({ ...record, kdf: 'SHA-1' }, PASS)).toEqual({
      ok: false,
      error: 'unreadable-record',
    });
    expect(await unlockVault({ ...record, extra: 1 }, PASS)).toEqual({
      ok: false,
      error: 'unreadable-record',
    });
    expect(await unlockVault(null, PASS)).toEqual({ ok: false, error: 'unreadable-record' });
    // The same iterations but another salt: the derived key differs, so it is a wrong passphrase.
    const other: VaultRecord = { ...record, salt: toBase64(new Uint8Array(16)) };
    expect(await unlockVault(other, PASS)).toEqual({ ok: false, error: 'wrong-passphrase' });
  });

  it('changing the passphrase re-wraps the same key: what was sealed still opens, the old passphrase no longer does', async () => {
    const { record, key } = await createVault(PASS);
    const sealed = await seal(key, NOTE, 'saved/list');
    expect((await changePassphrase(record, 'wrong one entirely', 'new words for the lock')).ok).toBe(false);
    const changed = await changePassphrase(record, PASS, 'new words for the lock');
    expect(changed.ok).toBe(true);
    if (!changed.ok) return;
    expect(changed.record.salt).not.toBe(record.salt);
    expect((await unlockVault(changed.record, PASS)).ok).toBe(false);
    const reopened = await unlockVault(changed.record, 'new words for the lock');
    expect(reopened.ok && (await open(reopened.key, sealed, 'saved/list'))).toEqual(NOTE);
  });

  it('a sealed value opens only with its key, its context and its bytes unchanged', async () => {
    const a = await createVault(PASS);
    const b = await createVault(PASS);
    const sealed = await seal(a.key, NOTE, 'referral/1');
    expect(await open(b.key, sealed, 'referral/1')).toBeNull();
    expect(await open(a.key, sealed, 'referral/2')).toBeNull();
    const bytes = fromBase64(sealed.data);
    bytes[0] = (bytes[0] ?? 0) ^ 1;
    expect(await open(a.key, { ...sealed, data: toBase64(bytes) }, 'referral/1')).toBeNull();
    expect(await open(a.key, { ...sealed, iv: toBase64(new Uint8Array(12)) }, 'referral/1')).toBeNull();
    // Two seals of the same value differ (a fresh IV each time), and neither holds the text.
    const twice = await seal(a.key, NOTE, 'referral/1');
    expect(twice.data).not.toBe(sealed.data);
    expect(atob(sealed.data)).not.toContain('Tuesday');
  });
});
