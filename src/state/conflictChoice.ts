// A person's way through a kept conflict (S4), pure: which fields differ between this device's copy
// and the network's, what each choice defaults to, and the whole record the choices make, which
// `sync.resolve` turns into a new change. The screens only render and collect choices.
import { type Conflict, type Entity, type RecordValue, sameValue } from '../model/mutation';
import { RECORD_SCHEMAS } from '../model/records';

/** What to keep for one field. */
export type FieldChoice = { take: 'mine' } | { take: 'theirs' } | { take: 'edit'; text: string };

/** Which side is missing: a record deleted here, in the network, or in both places. */
export type ConflictShape = 'both' | 'deleted-here' | 'deleted-there' | 'deleted-both';

export interface Choices {
  fields: Readonly<Record<string, FieldChoice>>;
  /** For a record deleted on one side: bring it back (true) or keep it deleted (false). */
  keep: boolean;
}

type Sides = Pick<Conflict, 'mine' | 'theirs' | 'fields' | 'mutation'>;

/** Set by the database on every write: never a person's choice. */
const IGNORED = new Set(['last_modified']);

export function conflictShape(c: Pick<Conflict, 'mine' | 'theirs'>): ConflictShape {
  if (c.mine && c.theirs) return 'both';
  if (c.theirs) return 'deleted-here';
  if (c.mine) return 'deleted-there';
  return 'deleted-both';
}

/** The fields the hub named first, then every other field whose value differs, in name order. */
export function differingFields(c: Pick<Conflict, 'mine' | 'theirs' | 'fields'>): string[] {
  const mine = c.mine ?? {};
  const theirs = c.theirs ?? {};
  const named = (c.fields ?? []).filter((f) => !IGNORED.has(f));
  const others = Object.keys({ ...mine, ...theirs })
    .filter((f) => !IGNORED.has(f) && !named.includes(f) && !sameValue(mine[f], theirs[f]))
    .sort();
  return [...new Set(named), ...others];
}

/** Whether this device's change touched the field: then keeping it is the default. */
function changedHere(c: Sides, field: string): boolean {
  if (c.fields?.includes(field)) return true;
  const m = c.mutation;
  if (m.op === 'patch') return m.fields.includes(field);
  return m.op === 'put';
}

/** What each choice starts as: the person's own side, where they changed it or deleted it. */
export function defaultChoices(c: Sides): Choices {
  const fields: Record<string, FieldChoice> = {};
  for (const f of differingFields(c)) fields[f] = { take: changedHere(c, f) ? 'mine' : 'theirs' };
  return { fields, keep: conflictShape(c) !== 'deleted-here' };
}

/** What a zod schema says of itself (its definition), enough to tell free text from the rest. */
interface SchemaDef {
  _zod: { def: { type: string; format?: string; innerType?: SchemaDef; shape?: Record<string, SchemaDef> } };
}

/**
 * Whether the entity's schema holds free text in this field: a string, or a web or email address;
 * never an id, a date or a choice among set values. undefined when the schema does not know it.
 */
export function isFreeText(entity: Entity, field: string): boolean | undefined {
  let s = (RECORD_SCHEMAS[entity] as unknown as SchemaDef)._zod.def.shape?.[field];
  if (!s) return undefined;
  while ((s._zod.def.type === 'optional' || s._zod.def.type === 'nullable') && s._zod.def.innerType)
    s = s._zod.def.innerType;
  const { type, format } = s._zod.def;
  return type === 'string' && (format === undefined || format === 'url' || format === 'email');
}

/**
 * The text an edit starts from (this device's, else the network's), or null when the field is not
 * edited as text: free text in the schema, and text (or nothing) on both sides.
 */
export function editableText(c: Pick<Conflict, 'entity' | 'mine' | 'theirs'>, field: string): string | null {
  if (isFreeText(c.entity, field) === false) return null;
  const values = [c.mine?.[field], c.theirs?.[field]];
  const absent = (v: unknown) => v === undefined || v === null;
  if (!values.every((v) => typeof v === 'string' || absent(v))) return null;
  if (values.every(absent)) return null;
  return (values.find((v) => typeof v === 'string') as string | undefined) ?? '';
}

function pick(target: RecordValue, field: string, from: RecordValue | null): void {
  if (from && Object.hasOwn(from, field)) target[field] = from[field];
  else delete target[field];
}

/**
 * The record as the person chose it (null: deleted). It starts from the network's copy, so a field
 * nobody disagrees on stays as the network has it.
 */
export function resolvedRecord(c: Sides, choices: Choices): RecordValue | null {
  switch (conflictShape(c)) {
    case 'deleted-both':
      return null;
    case 'deleted-here':
      return choices.keep ? { ...c.theirs } : null;
    case 'deleted-there':
      return choices.keep ? { ...c.mine } : null;
    case 'both': {
      const value: RecordValue = { ...c.theirs };
      for (const f of differingFields(c)) {
        const choice = choices.fields[f] ?? defaultChoices(c).fields[f];
        if (choice?.take === 'edit') value[f] = choice.text;
        else pick(value, f, choice?.take === 'theirs' ? c.theirs : c.mine);
      }
      return value;
    }
  }
}

/**
 * The record's own name (a service's, an assessment's title), when it has one: the network's first,
 * the name others know it by, even when this device renamed it.
 */
export function recordName(c: Pick<Conflict, 'mine' | 'theirs'>): string | null {
  for (const side of [c.theirs, c.mine]) {
    for (const key of ['name', 'title']) {
      const v = side?.[key];
      if (typeof v === 'string' && v.trim() !== '') return v.trim();
    }
  }
  return null;
}

/** "minimum_age" reads "Minimum age": the words when the catalog has no label for a field. */
export function humanizeField(id: string): string {
  const words = id
    .replace(/([a-z])([A-Z])/g, '$1 $2')
    .replace(/[_-]+/g, ' ')
    .trim()
    .toLowerCase();
  return words.charAt(0).toUpperCase() + words.slice(1);
}

export type ValueView =
  | { kind: 'empty' }
  | { kind: 'yes' }
  | { kind: 'no' }
  | { kind: 'text'; text: string }
  | { kind: 'data'; text: string };

export const VALUE_DATA_MAX_CHARS = 160;

const isPlain = (v: unknown) => ['string', 'number', 'boolean'].includes(typeof v);

/**
 * A flat object in words, its id left out: "Status: full" with its keys, "555-0101 voice" as an item
 * of a list. null when it holds nested data.
 */
function flatText(o: object, withKeys: boolean): string | null {
  const entries = Object.entries(o).filter(
    ([k, v]) => k !== 'id' && v !== null && v !== undefined && v !== '',
  );
  if (!entries.every(([, v]) => isPlain(v))) return null;
  return withKeys
    ? entries.map(([k, v]) => `${humanizeField(k)}: ${String(v)}`).join('; ')
    : entries.map(([, v]) => String(v)).join(' ');
}

function readable(value: object): string | null {
  if (!Array.isArray(value)) return flatText(value, true);
  const items = value.map((v) =>
    isPlain(v) ? String(v) : v && typeof v === 'object' && !Array.isArray(v) ? flatText(v, false) : null,
  );
  return items.every((i) => i !== null) ? items.join(items.some((i) => i.includes(' ')) ? '; ' : ', ') : null;
}

/** A value as a person can read it: text as is, lists and flat objects in words, else short JSON. */
export function describeValue(value: unknown): ValueView {
  if (value === undefined || value === null || value === '') return { kind: 'empty' };
  if (typeof value === 'boolean') return { kind: value ? 'yes' : 'no' };
  if (typeof value === 'string') return { kind: 'text', text: value };
  if (typeof value === 'number') return { kind: 'text', text: String(value) };
  if (Array.isArray(value) && value.length === 0) return { kind: 'empty' };
  const text = typeof value === 'object' ? readable(value) : null;
  if (text !== null) return { kind: 'text', text };
  const json = JSON.stringify(value) ?? String(value);
  return {
    kind: 'data',
    text: json.length > VALUE_DATA_MAX_CHARS ? `${json.slice(0, VALUE_DATA_MAX_CHARS - 1)}…` : json,
  };
}
