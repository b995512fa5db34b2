// A bundle: chosen records in one file, for carrying data between devices when there is no hub (a
// USB stick, an email attachment). JSON with a format name, a format version and a SHA-256 of its
// records, so that a cut, corrupted or foreign file is told apart and refused before anything is
// written. Records are our own, whole (nothing is withheld: a bundle is as private as the device).
import { canonicalJson, ENTITIES, type Entity } from '../model/mutation';
import { err, ok, type Result } from '../model/result';

export const BUNDLE_FORMAT = 'circle-of-care-bundle';
export const BUNDLE_VERSION = 1;

export type BundleKind = 'directory' | 'assessment';

export interface BundleRecord {
  entity: Entity;
  value: Record<string, unknown> & { id: string };
}

export interface Bundle {
  format: typeof BUNDLE_FORMAT;
  version: number;
  kind: BundleKind;
  created_at: string;
  /** `sha256-` and the hex digest of the records' canonical JSON. */
  checksum: string;
  records: BundleRecord[];
}

export type BundleError =
  | { code: 'unreadable'; message: string }
  | { code: 'foreign'; message: string }
  | { code: 'newer'; message: string }
  | { code: 'corrupted'; message: string };

async function digest(records: readonly BundleRecord[]): Promise<string> {
  const bytes = new TextEncoder().encode(canonicalJson(records));
  const hash = new Uint8Array(await crypto.subtle.digest('SHA-256', bytes));
  return `sha256-${Array.from(hash, (b) => b.toString(16).padStart(2, '0')).join('')}`;
}

export async function encodeBundle(kind: BundleKind, records: BundleRecord[], now: Date): Promise<string> {
  const bundle: Bundle = {
    format: BUNDLE_FORMAT,
    version: BUNDLE_VERSION,
    kind,
    created_at: now.toISOString(),
    checksum: await digest(records),
    records,
  };
  return JSON.stringify(bundle);
}

/** Whether a parsed JSON document says it is a bundle (so that the reader tries no other format). */
export function looksLikeBundle(document: unknown): boolean {
  return (
    typeof document === 'object' &&
    document !== null &&
    (document as { format?: unknown }).format === BUNDLE_FORMAT
  );
}

const isRecord = (r: unknown): r is BundleRecord =>
  typeof r === 'object' &&
  r !== null &&
  (ENTITIES as readonly unknown[]).includes((r as BundleRecord).entity) &&
  typeof (r as BundleRecord).value === 'object' &&
  (r as BundleRecord).value !== null &&
  typeof (r as BundleRecord).value.id === 'string';

/** A parsed document as a bundle, checked whole: its format, version, shape and checksum. */
export async function decodeBundle(document: unknown): Promise<Result<Bundle, BundleError>> {
  if (!looksLikeBundle(document))
    return err({ code: 'foreign', message: 'This file is not a Circle of Care bundle.' });
  const b = document as Partial<Bundle>;
  if (typeof b.version !== 'number' || b.version > BUNDLE_VERSION)
    return err({
      code: 'newer',
      message: `This bundle was made by a newer version of the app (format ${String(b.version)}): update the app to read it.`,
    });
  if (
    (b.kind !== 'directory' && b.kind !== 'assessment') ||
    typeof b.checksum !== 'string' ||
    !Array.isArray(b.records) ||
    !b.records.every(isRecord)
  )
    return err({
      code: 'corrupted',
      message: 'This bundle is damaged: its parts are not where they belong.',
    });
  if ((await digest(b.records)) !== b.checksum)
    return err({
      code: 'corrupted',
      message: 'This bundle is damaged: its contents do not match its checksum (changed or cut short).',
    });
  return ok(b as Bundle);
}
