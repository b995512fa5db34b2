// The compact form of a pulled page (S5), which a device asks for with `form=compact`; an older hub
// ignores the parameter and answers the plain form, which a device still reads. The same records in
// fewer bytes: most of a directory's compressed bytes are its random UUIDs (ids of records, phones,
// schedules, languages, areas); written as 36 hex characters among the text, one costs about 24 bytes
// once compressed, against 17 for its 16 bytes in base64url side by side with the others. So every
// string of a page that is a UUID in its canonical lowercase form is written as `~`, and its bytes go,
// in base64url (22 characters), into the page's `ids` column, in the order a reader meets them (the
// records in order; in each, its value depth first in `Object.keys` order, then its id, then its
// owner). A string that itself starts with `~` gets one more `~` in front; nothing else changes, keys
// included. A record drops `seq` (a device stores the page's cursor, never a record's) and its id when
// its value carries the same one (a tombstone keeps it).
import type { CompactPullResponse, CompactRecord, PulledChange, PulledPage, PullResponse } from './index';

/** Starts a packed UUID, or (doubled) a string that started with it. */
export const UUID_MARK = '~';

const BASE64URL = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_';
const SIX_BITS = new Int8Array(128).fill(-1);
for (let i = 0; i < BASE64URL.length; i++) SIX_BITS[BASE64URL.charCodeAt(i)] = i;
const HEX = '0123456789abcdef';
const UUID_RE = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;
/** The hex digits' positions in a canonical UUID (dashes at 8, 13, 18, 23). */
const HEX_AT = [...Array(36).keys()].filter((i) => i !== 8 && i !== 13 && i !== 18 && i !== 23);

function isUuid(s: string): boolean {
  return s.length === 36 && s.charCodeAt(8) === 45 && UUID_RE.test(s);
}

/** A canonical UUID's 128 bits as 22 base64url characters (the last carries 2 bits). */
function uuidTo64(s: string): string {
  let out = '';
  let bits = 0;
  let held = 0;
  for (const at of HEX_AT) {
    held = (held << 4) | HEX.indexOf(s.charAt(at));
    bits += 4;
    if (bits >= 6) {
      bits -= 6;
      out += BASE64URL.charAt((held >> bits) & 63);
    }
  }
  return out + BASE64URL.charAt((held << (6 - bits)) & 63);
}

/** 22 base64url characters back to the canonical UUID; null if they are not a packed UUID. */
function uuidFrom64(s: string, from: number, to: number): string | null {
  if (to > s.length) return null;
  let out = '';
  let bits = 0;
  let held = 0;
  for (let i = from; i < to; i++) {
    const code = s.charCodeAt(i);
    const six = code < 128 ? (SIX_BITS[code] as number) : -1;
    if (six < 0) return null;
    held = ((held << 6) | six) & 0xfff;
    bits += 6;
    while (bits >= 4 && out.length < 36) {
      bits -= 4;
      if (out.length === 8 || out.length === 13 || out.length === 18 || out.length === 23) out += '-';
      out += HEX.charAt((held >> bits) & 15);
    }
  }
  // The last character's two spare bits are zero in what the hub writes.
  return out.length === 36 && (held & ((1 << bits) - 1)) === 0 ? out : null;
}

/** Collects a page's UUIDs as they are packed, in the order a reader meets them. */
class UuidWriter {
  readonly column: string[] = [];

  pack(s: string): string {
    if (isUuid(s)) {
      this.column.push(uuidTo64(s));
      return UUID_MARK;
    }
    return s.startsWith(UUID_MARK) ? UUID_MARK + s : s;
  }

  /** A copy of a JSON value with every string packed, keys as they are, in `Object.keys` order. */
  packValue(value: unknown): unknown {
    if (typeof value === 'string') return this.pack(value);
    if (Array.isArray(value)) return value.map((item) => this.packValue(item));
    if (value !== null && typeof value === 'object') {
      // No prototype: a key named __proto__ stays a key.
      const out: Record<string, unknown> = Object.create(null);
      for (const key of Object.keys(value))
        out[key] = this.packValue((value as Record<string, unknown>)[key]);
      return out;
    }
    return value;
  }
}

class Unpackable extends Error {}

/** Gives back a page's UUIDs from its column, in the order the writer packed them. */
class UuidReader {
  private at = 0;

  constructor(private readonly column: string) {}

  unpack(s: string): string {
    if (!s.startsWith(UUID_MARK)) return s;
    if (s.length > 1) {
      if (s.charAt(1) !== UUID_MARK) throw new Unpackable();
      return s.slice(1);
    }
    const uuid = uuidFrom64(this.column, this.at, this.at + 22);
    if (uuid === null) throw new Unpackable();
    this.at += 22;
    return uuid;
  }

  /** Unpacks every string of a freshly parsed JSON value in place (it is the caller's own). */
  unpackInPlace(value: unknown): unknown {
    if (typeof value === 'string') return this.unpack(value);
    if (Array.isArray(value)) {
      for (let i = 0; i < value.length; i++) value[i] = this.unpackInPlace(value[i]);
    } else if (value !== null && typeof value === 'object') {
      const object = value as Record<string, unknown>;
      for (const key of Object.keys(object)) object[key] = this.unpackInPlace(object[key]);
    }
    return value;
  }

  get done(): boolean {
    return this.at === this.column.length;
  }
}

/** The compact form of a page the hub read, with the hub's latest sequence. */
export function toCompactPage(page: PullResponse, latest: number): CompactPullResponse {
  const writer = new UuidWriter();
  const records = page.records.map((r) => {
    const record: CompactRecord = { e: r.entity, v: r.version, r: null };
    if (r.value) record.r = writer.packValue(r.value) as Record<string, unknown>;
    if (r.value?.id !== r.id) record.i = writer.pack(r.id);
    if (r.owner !== undefined) record.o = r.owner === null ? null : writer.pack(r.owner);
    return record;
  });
  return {
    form: 'compact',
    records,
    ids: writer.column.join(''),
    cursor: page.cursor,
    more: page.more,
    reset: page.reset,
    latest,
  };
}

const isId = (id: unknown): id is string => typeof id === 'string' && UUID_RE.test(id);

/**
 * The records of a compact page, unpacked in place (the page is the caller's own, freshly parsed);
 * null when a packed string or an id does not read, or the column holds more or fewer UUIDs than the
 * page names, which a device takes as a bad answer.
 */
export function fromCompactPage(page: CompactPullResponse): PulledPage | null {
  const reader = new UuidReader(page.ids);
  const records: PulledChange[] = [];
  try {
    for (const r of page.records) {
      const value = r.r === null ? null : (reader.unpackInPlace(r.r) as Record<string, unknown>);
      const id = r.i === undefined ? value?.id : reader.unpack(r.i);
      if (!isId(id)) return null;
      const record: PulledChange = { entity: r.e, id, version: r.v, value };
      if (r.o !== undefined) {
        const owner = r.o === null ? null : reader.unpack(r.o);
        if (owner !== null && !isId(owner)) return null;
        record.owner = owner;
      }
      records.push(record);
    }
  } catch (error) {
    if (error instanceof Unpackable) return null;
    throw error;
  }
  if (!reader.done) return null;
  return { records, cursor: page.cursor, more: page.more, reset: page.reset, latest: page.latest };
}
