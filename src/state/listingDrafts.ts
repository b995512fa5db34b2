// What a person typed in a listing form and has not saved: kept in memory and, on every keystroke,
// synchronously in the crash journal (journal.ts, its own part of the tab's entry), so that a reload,
// a crash, a killed tab or a quick exit keeps it. A draft is a patch: the fields the form changed, by
// dotted path, against the record as the form opened it (a new record: against an empty one). Reopened
// over the record as it is then, the typed fields win and the others take whatever changed meanwhile.
// A draft goes when the form saves or the person discards it, and every draft goes with a wipe or a
// leave; nothing else removes one.
import { signal } from '@preact/signals';
import { sameValue } from '../model/mutation';
import type { Drafts } from './autosave';
import type { EditEntity } from './editorStore';
import type { Journal, JournalEntry } from './journal';

/** The journal part, and the start of every key, of listing drafts (the workbook's keys never start so). */
const PART = 'listings';
const PREFIX = 'listing:';
const ENTITIES: readonly EditEntity[] = ['organization', 'service', 'location'];

/** A field the person emptied where the record had a value (JSON has no undefined). */
const ABSENT = { $absent: true } as const;
const isAbsent = (value: unknown) =>
  typeof value === 'object' && value !== null && (value as { $absent?: unknown }).$absent === true;

/** Which form a draft belongs to: a record's, or a new record's (its id chosen when the form opened). */
export interface DraftTarget {
  entity: EditEntity;
  id: string;
  isNew: boolean;
}

export function listingDraftKey({ entity, id, isNew }: DraftTarget): string {
  return `${PREFIX}${isNew ? 'new:' : ''}${entity}:${id}`;
}

export function parseListingDraftKey(key: string): DraftTarget | null {
  if (!key.startsWith(PREFIX)) return null;
  const parts = key.slice(PREFIX.length).split(':');
  const isNew = parts[0] === 'new';
  const [entity, id, ...rest] = isNew ? parts.slice(1) : parts;
  if (!ENTITIES.includes(entity as EditEntity) || !id || rest.length > 0) return null;
  return { entity: entity as EditEntity, id, isNew };
}

const isPlainObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/**
 * The fields of `draft` that differ from `base`, by dotted path: into nested objects (an access
 * condition is its own field), a list whole. `id` and `last_modified` are never a person's change.
 */
export function draftPatch(base: object, draft: object): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  const walk = (a: Record<string, unknown>, b: Record<string, unknown>, prefix: string) => {
    for (const key of new Set([...Object.keys(a), ...Object.keys(b)])) {
      if (!prefix && (key === 'id' || key === 'last_modified')) continue;
      const before = a[key];
      const after = b[key];
      if (isPlainObject(before) && isPlainObject(after)) walk(before, after, `${prefix}${key}.`);
      else if (!sameValue(before ?? null, after ?? null))
        out[`${prefix}${key}`] = after === undefined ? ABSENT : structuredClone(after);
    }
  };
  walk(base as Record<string, unknown>, draft as Record<string, unknown>, '');
  return out;
}

type Kind = 'array' | 'object' | 'scalar' | 'empty';
const kindOf = (v: unknown): Kind =>
  v === undefined || v === null || isAbsent(v)
    ? 'empty'
    : Array.isArray(v)
      ? 'array'
      : typeof v === 'object'
        ? 'object'
        : 'scalar';

/**
 * Whether a journaled value may stand where `base` stands: the journal is read back from storage, and
 * a list where the form expects a text would break the screen. Text in a number field is fine (the
 * form keeps what was typed until the save names the problem).
 */
function fits(base: unknown, value: unknown): boolean {
  const [a, b] = [kindOf(base), kindOf(value)];
  if (a === 'empty' || b === 'empty' || a === b) {
    if (a !== 'array' || b !== 'array') return true;
    const first = kindOf((base as unknown[])[0]);
    return first === 'empty' || (value as unknown[]).every((item) => kindOf(item) === first);
  }
  return false;
}

function setPath(target: Record<string, unknown>, path: readonly string[], value: unknown): void {
  const [head, ...rest] = path;
  if (head === undefined) return;
  if (rest.length === 0) {
    if (isAbsent(value)) delete target[head];
    else target[head] = structuredClone(value);
    return;
  }
  const inner = isPlainObject(target[head]) ? { ...(target[head] as object) } : {};
  target[head] = inner;
  setPath(inner as Record<string, unknown>, rest, value);
}

function getPath(target: unknown, path: readonly string[]): unknown {
  let value = target;
  for (const key of path) value = isPlainObject(value) ? value[key] : undefined;
  return value;
}

/** `record` with the patch over it; a field whose journaled value cannot stand there is left out. */
export function applyDraftPatch<T extends object>(record: T, patch: Record<string, unknown>): T {
  const out = structuredClone(record) as Record<string, unknown>;
  for (const [path, value] of Object.entries(patch)) {
    const keys = path.split('.');
    if (keys[0] === 'id' || keys[0] === 'last_modified') continue;
    if (fits(getPath(out, keys), value)) setPath(out, keys, value);
  }
  return out as T;
}

export interface ListingDraft extends DraftTarget {
  key: string;
  patch: Record<string, unknown>;
}

export function createListingDrafts(options: { journal?: Journal | null } = {}) {
  const journal = options.journal ?? null;
  const drafts = new Map<string, Record<string, unknown>>();
  /** Bumped whenever a draft comes or goes, so that screens read them again. */
  const version = signal(0);

  function persist(): void {
    journal?.write(Object.fromEntries(drafts) as Drafts, PART);
    version.value += 1;
  }

  /** Takes the listing drafts of tabs that are gone into this tab's, merged field by field. */
  function adopt(entries: readonly JournalEntry[]): void {
    let taken = false;
    for (const entry of entries) {
      for (const [key, fields] of Object.entries(entry.drafts)) {
        if (!parseListingDraftKey(key)) continue;
        drafts.set(key, { ...fields, ...drafts.get(key) });
        taken = true;
      }
    }
    if (taken) persist();
  }

  return {
    version,
    /**
     * At start, before the workbook replays and removes the entries of closed tabs (`orphans`, read
     * once for both): their listing drafts move into this tab's entry (they are not saved on their
     * own: the person saves a form).
     */
    async start(orphans?: readonly JournalEntry[]): Promise<void> {
      if (journal) adopt(orphans ?? (await journal.orphans()));
    },
    get(target: DraftTarget): Record<string, unknown> | undefined {
      return drafts.get(listingDraftKey(target));
    },
    /** Keeps a form's patch, in the journal before returning; an empty patch removes the draft. */
    put(target: DraftTarget, patch: Record<string, unknown>): void {
      const key = listingDraftKey(target);
      if (Object.keys(patch).length === 0) {
        if (!drafts.has(key)) return;
        drafts.delete(key);
      } else drafts.set(key, patch);
      persist();
    },
    remove(target: DraftTarget): void {
      if (drafts.delete(listingDraftKey(target))) persist();
    },
    /** Every draft kept, for the listings screen. */
    list(): ListingDraft[] {
      void version.value;
      const out: ListingDraft[] = [];
      for (const [key, patch] of drafts) {
        const target = parseListingDraftKey(key);
        if (target) out.push({ ...target, key, patch });
      }
      return out;
    },
    /** The device is wiped or leaves its network: every draft goes, here and in the journal. */
    discardAll(): void {
      drafts.clear();
      persist();
    },
  };
}

export type ListingDrafts = ReturnType<typeof createListingDrafts>;
