// A device's referral keys: made on the device, private halves not extractable, a fingerprint two
// workers can read to each other, and the canonical encoding everything signed goes through.
import { describe, expect, it } from 'vitest';
import { AGENCY as AGENCIES, referralWorld, sealSample } from '../../tests/fixtures/referrals';
import { type PublicDeviceKeys, publicDeviceKeysSchema } from '../model/sealedReferral';
import {
  createDeviceKeys,
  createLockedDeviceKeys,
  encodeFields,
  fingerprint,
  openLockedDeviceKeys,
  sign,
  verify,
} from './deviceKeys';
import { openReferral } from './envelope';
import { createVault } from './keys';

const DEVICE = '0b00d100-0000-4000-8000-0000000000d1';
const AGENCY = '0b000000-0000-4000-8000-00000000000b';
// P-256's generator G and 2G (private keys 1 and 2): fixed points anyone can recompute.
const G = 'BGsX0fLhLEJH+Lzm5WOkQPJ3A32BLeszoPShOUXYmMKWT+NC4v4af5uO5+tKfA+eFivOM1drMV7Oy7ZAaDe/UfU=';
const G2 = 'BHzyexiNA09+ilI4AwS1GsPAiWnid/IbNaYLSPxHZpl4B3dVENuO0EApPZrGn3Qw27p9reY86YIpngS3nSJ4c9E=';
const VECTOR: PublicDeviceKeys = { deviceId: DEVICE, agencyId: AGENCY, agreement: G, signing: G2 };

describe('device keys', () => {
  it('are P-256 pairs whose private halves cannot be exported', async () => {
    const keys = await createDeviceKeys(DEVICE, AGENCY);
    expect(keys.agreementKey).toMatchObject({ extractable: false, type: 'private' });
    expect(keys.agreementKey.algorithm).toMatchObject({ name: 'ECDH', namedCurve: 'P-256' });
    expect(keys.signingKey).toMatchObject({ extractable: false, type: 'private' });
    expect(keys.signingKey.algorithm).toMatchObject({ name: 'ECDSA', namedCurve: 'P-256' });
    await expect(globalThis.crypto.subtle.exportKey('pkcs8', keys.agreementKey)).rejects.toThrow();
    expect(publicDeviceKeysSchema.parse(keys.public)).toEqual(keys.public);
    expect(keys.public.agreement).not.toBe(keys.public.signing);
  });

  it('sign what only their own public key verifies', async () => {
    const a = await createDeviceKeys(DEVICE, AGENCY);
    const b = await createDeviceKeys(DEVICE, AGENCY);
    const bytes = encodeFields(['a message']);
    const signature = await sign(a, bytes);
    expect(await verify(a.public, signature, bytes)).toBe(true);
    expect(await verify(b.public, signature, bytes)).toBe(false);
    expect(await verify(a.public, signature, encodeFields(['a message!']))).toBe(false);
    // Malformed keys and signatures are a "no", never a thrown DOMException.
    expect(await verify({ ...a.public, signing: G.replace('BG', 'BH') }, signature, bytes)).toBe(false);
    expect(await verify(a.public, 'AAAA', bytes)).toBe(false);
  });

  it.each<[string, unknown, boolean]>([
    ['the vector', VECTOR, true],
    ['no agency (a peer supporter)', { ...VECTOR, agencyId: null }, true],
    ['a compressed or truncated point', { ...VECTOR, agreement: G.slice(0, 44) }, false],
    ['a private key beside the public ones', { ...VECTOR, privateKey: G }, false],
    ['a device id that is not a UUID', { ...VECTOR, deviceId: 'phone-2' }, false],
  ])('published keys: %s valid %s', (_what, value, valid) => {
    expect(publicDeviceKeysSchema.safeParse(value).success).toBe(valid);
  });
});

describe('fingerprints', () => {
  it('match a fixed vector (recomputed outside WebCrypto with node:crypto)', async () => {
    // SHA-256 of the length-prefixed label, device id, agency id, G and 2G is b07c8186 2bde5125 cc…
    expect(await fingerprint(VECTOR)).toBe('7371 1435 6228 7822 9423');
  });

  it('are 20 digits in 5 groups, and change with every key and with the agency', async () => {
    const base = await fingerprint(VECTOR);
    expect(base).toMatch(/^\d{4}( \d{4}){4}$/);
    const variants = [
      { ...VECTOR, agreement: G2, signing: G },
      { ...VECTOR, agreement: G2 },
      { ...VECTOR, signing: G },
      { ...VECTOR, agencyId: null },
      { ...VECTOR, deviceId: '0b00d200-0000-4000-8000-0000000000d2' },
    ];
    const prints = await Promise.all(variants.map(fingerprint));
    expect(new Set([base, ...prints]).size).toBe(variants.length + 1);
    expect(await fingerprint({ ...VECTOR })).toBe(base);
  });
});

describe('the canonical encoding', () => {
  it.each<[string, Array<string | Uint8Array>, Array<string | Uint8Array>]>([
    ['fields split differently', ['ab', 'c'], ['a', 'bc']],
    ['an empty field moved', ['', 'a'], ['a', '']],
    ['one field or two', ['ab'], ['a', 'b']],
  ])('never encodes %s alike', (_what, a, b) => {
    expect(encodeFields(a)).not.toEqual(encodeFields(b));
  });

  it('prefixes each field with its length in 4 bytes, big-endian', () => {
    expect([...encodeFields(['é', new Uint8Array([7])])]).toEqual([0, 0, 0, 2, 0xc3, 0xa9, 0, 0, 0, 1, 7]);
  });
});

describe('device keys locked under the app lock', () => {
  it('seal and sign like any device keys, open only with the lock’s data key, and store no private key in the clear', async () => {
    const lock = await createVault('river stones under the birch trees');
    const other = await createVault('galets de la rivière sous le bouleau');
    const world = await referralWorld(1);
    const made = await createLockedDeviceKeys(
      '5e00d900-0000-4000-8000-0000000000d9',
      AGENCIES.sender,
      lock.key,
    );
    expect(JSON.stringify(made.stored)).not.toMatch(/MIG|"d":/); // no PKCS #8 or JWK private key
    const reopened = await openLockedDeviceKeys(made.stored, lock.key);
    expect(reopened?.public).toEqual(made.stored.public);
    expect(reopened?.signingKey.extractable).toBe(false);
    expect(await openLockedDeviceKeys(made.stored, other.key)).toBeNull();
    // Moved to another device's record, the sealed keys do not open.
    const moved = {
      ...made.stored,
      public: { ...made.stored.public, deviceId: world.sender[0]?.public.deviceId ?? '' },
    };
    expect(await openLockedDeviceKeys(moved, lock.key)).toBeNull();

    // Sent from the locked keys, received by a device of the other agency.
    world.published.set(made.stored.public.deviceId, made.stored.public);
    const envelope = await sealSample(world, {
      sender: reopened as NonNullable<typeof reopened>,
      recipients: [made.stored.public, ...world.recipients],
    });
    const receiver = world.receiver[0];
    if (!receiver) throw new Error('no receiver');
    const opened = await openReferral(envelope, receiver, { lookup: world.lookup });
    expect(opened.ok).toBe(true);
  });
});
