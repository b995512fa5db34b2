import { describe, expect, it } from 'vitest';
import { filesAsText, readZip, zipFiles } from './zip';

const text = (bytes: Uint8Array | undefined) => new TextDecoder().decode(bytes);
const errorOf = (result: ReturnType<typeof readZip>) => (result.ok ? null : result.error);

/** Where each field sits in a central-directory entry, and its width in bytes. */
const CENTRAL_FIELDS = { flags: [8, 2], method: [10, 2], compressedSize: [20, 4], size: [24, 4] } as const;

/** Rewrites a field of every central-directory entry: how a hostile zip lies about its sizes. */
function forge(zip: Uint8Array, field: keyof typeof CENTRAL_FIELDS, value: number): Uint8Array {
  const copy = zip.slice();
  const view = new DataView(copy.buffer);
  const [offset, width] = CENTRAL_FIELDS[field];
  for (let at = 0; at + 46 <= copy.length; at++) {
    if (view.getUint32(at, true) !== 0x02014b50) continue;
    if (width === 4) view.setUint32(at + offset, value, true);
    else view.setUint16(at + offset, value, true);
  }
  return copy;
}

const zeros = (bytes: number) => new Uint8Array(bytes);

describe('zipFiles and readZip', () => {
  it('give the files back, text as UTF-8', () => {
    const bytes = Uint8Array.from([0, 1, 2, 255]);
    const result = readZip(zipFiles({ 'services.csv': 'id,name\r\n1,ᐊᓂᔑᓈᐯ\r\n', 'logo.bin': bytes }));
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(text(result.value['services.csv'])).toBe('id,name\r\n1,ᐊᓂᔑᓈᐯ\r\n');
    expect([...(result.value['logo.bin'] ?? [])]).toEqual([0, 1, 2, 255]);
  });

  it('finds files inside one top-level folder, skipping folders and macOS litter', () => {
    const zip = zipFiles({
      'hsds/': zeros(0),
      'hsds/services.csv': 'a',
      'hsds/more/phones.csv': 'b',
      'hsds/.DS_Store': 'x',
      '__MACOSX/hsds/._services.csv': 'x',
    });
    const result = readZip(zip);
    expect(result.ok && Object.keys(result.value).sort()).toEqual(['more/phones.csv', 'services.csv']);
  });

  it('keeps the folders when files are not all in one', () => {
    const result = readZip(zipFiles({ 'a/services.csv': 'a', 'b/services.csv': 'b' }));
    expect(result.ok && Object.keys(result.value).sort()).toEqual(['a/services.csv', 'b/services.csv']);
  });

  it.each([['../evil'], ['hsds/../../evil'], ['/etc/passwd'], ['C:/Windows/evil'], ['..\\evil']])(
    'refuses a path that leaves the folder: %s',
    (name) => {
      const error = errorOf(readZip(zipFiles({ 'services.csv': 'a', [name]: 'evil' })));
      expect(error).toMatchObject({ kind: 'unsafe-path', file: name });
    },
  );

  it('refuses two files that unpack to the same name', () => {
    expect(errorOf(readZip(zipFiles({ 'a/x.csv': '1', 'a\\x.csv': '2' })))?.kind).toBe('unsafe-path');
  });
});

describe('readZip refuses what is broken', () => {
  const valid = zipFiles({ 'services.csv': 'id,name\r\n'.repeat(2000), 'phones.csv': 'id\r\n' });

  it.each<[string, Uint8Array]>([
    ['cut in half', valid.subarray(0, valid.length / 2)],
    ['missing its last byte', valid.subarray(0, valid.length - 1)],
    ['not a zip at all', new TextEncoder().encode('id,name\r\n1,Sam\r\n')],
    ['empty', zeros(0)],
  ])('a zip %s', (_, bytes) => {
    expect(errorOf(readZip(bytes))).toMatchObject({
      kind: 'corrupt',
      reason: expect.stringMatching(/end record/),
    });
  });

  it('damaged compressed data', () => {
    const damaged = valid.slice();
    for (let at = 60; at < 90; at++) damaged[at] = (damaged[at] as number) ^ 0xff;
    expect(errorOf(readZip(damaged))).toMatchObject({ kind: 'corrupt', file: 'services.csv' });
  });

  it.each<[string, 'flags' | 'method', number]>([
    ['an encrypted file', 'flags', 1],
    ['another compression method (bzip2)', 'method', 12],
  ])('%s is not supported', (_, field, value) => {
    expect(errorOf(readZip(forge(valid, field, value)))).toMatchObject({ kind: 'unsupported' });
  });

  it('a directory that points past the end', () => {
    const error = errorOf(readZip(forge(valid, 'compressedSize', 0x7fffffff)));
    expect(error?.kind).toBe('corrupt');
  });
});

describe('readZip refuses a zip bomb', () => {
  it('by the ratio of its declared sizes, before inflating', () => {
    const bomb = zipFiles({ 'services.csv': zeros(4_000_000) });
    expect(errorOf(readZip(bomb))).toMatchObject({
      kind: 'too-large',
      file: 'services.csv',
      reason: expect.stringMatching(/to 1, more than 1000 to 1/),
    });
    // The same file passes when the caller allows the ratio.
    expect(readZip(bomb, { maxRatio: 10_000 }).ok).toBe(true);
  });

  it('when the declared size lies: inflating stops at the declared size', () => {
    const liar = forge(zipFiles({ 'services.csv': zeros(4_000_000) }), 'size', 100);
    expect(errorOf(readZip(liar))).toMatchObject({
      kind: 'corrupt',
      reason: 'it unpacks to more than its declared size',
    });
  });

  it('by the declared total', () => {
    const huge = forge(zipFiles({ 'services.csv': 'a' }), 'size', 400_000_000);
    expect(errorOf(readZip(huge))).toMatchObject({ kind: 'too-large' });
    const files = Object.fromEntries(Array.from({ length: 5 }, (_, i) => [`${i}.csv`, 'x'.repeat(100)]));
    expect(errorOf(readZip(zipFiles(files), { maxTotalBytes: 450 }))?.kind).toBe('too-large');
    expect(readZip(zipFiles(files), { maxTotalBytes: 500 }).ok).toBe(true);
  });

  it('by the number of files', () => {
    const files = Object.fromEntries(Array.from({ length: 2_001 }, (_, i) => [`${i}.csv`, 'x']));
    expect(errorOf(readZip(zipFiles(files)))).toMatchObject({ kind: 'too-many-files' });
    expect(errorOf(readZip(zipFiles({ a: 'x', b: 'y', c: 'z' }), { maxFiles: 2 }))?.kind).toBe(
      'too-many-files',
    );
  });
});

describe('filesAsText', () => {
  it('decodes UTF-8 and refuses other encodings, naming the file', () => {
    const utf8 = new TextEncoder().encode('\uFEFFnom\r\nFrançoise\r\n');
    expect(filesAsText({ 'a.csv': utf8 })).toEqual({
      ok: true,
      value: { 'a.csv': '\uFEFFnom\r\nFrançoise\r\n' },
    });
    const latin1 = Uint8Array.from([0x46, 0x72, 0x61, 0x6e, 0xe7, 0x6f, 0x69, 0x73, 0x65]);
    expect(filesAsText({ 'b.csv': latin1 })).toMatchObject({ ok: false, error: { file: 'b.csv' } });
  });
});
