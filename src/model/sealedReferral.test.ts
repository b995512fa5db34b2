// What the hub stores of a referral: fixed-size blobs and ids, and nothing else.
import { describe, expect, it } from 'vitest';
import { base64Of } from './common';
import { keyGrantSchema, referralEnvelopeSchema, statusUpdateSchema } from './sealedReferral';

const b64 = (bytes: number) => btoa(String.fromCharCode(...new Uint8Array(bytes).fill(7)));
const id = (n: number) => `0000000${n}-0000-4000-8000-000000000000`;
const envelope = {
  format: 1,
  referralId: id(1),
  fromAgency: id(2),
  toAgency: id(3),
  sender: id(4),
  purgeAt: '2027-01-01T05:00:00.000Z',
  ephemeral: b64(65),
  iv: b64(12),
  ciphertext: b64(4112),
  keys: [
    { device: id(4), wrapped: b64(40) },
    { device: id(5), wrapped: b64(40) },
  ],
  signature: b64(64),
};

describe('base64 of a known size', () => {
  it.each<[number, string, boolean]>([
    [12, b64(12), true],
    [12, b64(11), false],
    [12, b64(13), false],
    [40, b64(40), true],
    [40, `${b64(40).slice(0, -2)}A=`, false],
    [65, b64(65), true],
    [65, b64(65).replace('=', 'A'), false],
    [64, `${b64(64).slice(0, -4)}*AA=`, false],
  ])('%i bytes: %s valid %s', (bytes, text, valid) => {
    expect(base64Of(bytes).safeParse(text).success).toBe(valid);
  });
});

describe('the stored records', () => {
  it.each<[string, unknown, boolean]>([
    ['an envelope', envelope, true],
    ['an alias beside the ciphertext', { ...envelope, alias: 'Birchwren' }, false],
    ['a sent time beside the purge time', { ...envelope, sentAt: '2026-11-15T17:00:00Z' }, false],
    ['a device twice', { ...envelope, keys: [envelope.keys[0], envelope.keys[0]] }, false],
    ['no device', { ...envelope, keys: [] }, false],
    ['a key entry with a note', { ...envelope, keys: [{ ...envelope.keys[0], name: 'Ann’s phone' }] }, false],
    ['a short signature', { ...envelope, signature: b64(63) }, false],
    ['a format to come', { ...envelope, format: 2 }, false],
  ])('%s → valid %s', (_what, value, valid) => {
    expect(referralEnvelopeSchema.safeParse(value).success).toBe(valid);
  });

  const grant = {
    format: 1,
    referralId: id(1),
    device: id(6),
    granter: id(5),
    ephemeral: b64(65),
    wrapped: b64(40),
    signature: b64(64),
  };
  const update = {
    format: 1,
    id: id(7),
    referralId: id(1),
    device: id(5),
    iv: b64(12),
    ciphertext: b64(1552),
    signature: b64(64),
  };
  it.each<[string, { safeParse: (v: unknown) => { success: boolean } }, unknown, boolean]>([
    ['a grant', keyGrantSchema, grant, true],
    ['a grant with the granter’s name', keyGrantSchema, { ...grant, granterName: 'Ann' }, false],
    ['a status update', statusUpdateSchema, update, true],
    [
      'a status update with its status in the clear',
      statusUpdateSchema,
      { ...update, status: 'declined' },
      false,
    ],
    ['a status update with a time', statusUpdateSchema, { ...update, at: '2026-11-16T14:00:00Z' }, false],
  ])('%s → valid %s', (_what, schema, value, valid) => {
    expect(schema.safeParse(value).success).toBe(valid);
  });
});
