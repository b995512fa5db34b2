// Keeping listings current (D7): a form's record loaded, checked by the records' own schemas and saved
// through db/'s commands (a new record whole, an edit as a patch of the fields the form changed, so a
// change made meanwhile elsewhere survives, S3), the problems of a refused one named at their fields,
// "Verified today", the listings that need attention, and who may edit what. The hub decides anyway
// (S8): a refusal waits on the Conflicts screen. Forms live here in memory, one per screen opened, so
// a form that opens another (a new organization, a new location) gets it back with the new record;
// what each form changed is also kept, keystroke by keystroke, in the listing drafts (listingDrafts.ts:
// the crash journal), so that reopening the form after a reload or a crash brings it back.
import { computed, effect, type ReadonlySignal, type Signal, signal } from '@preact/signals';
import type * as z from 'zod/mini';
import { communityById } from '../data/reference';
import {
  type CircleDatabase,
  type CommandError,
  type DirectorySnapshot,
  type Draft,
  type Ownership,
  patchRecord,
  readOwnership,
  saveRecord,
} from '../db';
import { newRecordId } from '../model/ids';
import type { Location } from '../model/location';
import { sameValue } from '../model/mutation';
import type { Organization } from '../model/organization';
import { RECORD_SCHEMAS, type RecordOf } from '../model/records';
import type { Role } from '../model/roles';
import { torontoDate } from '../model/schedule';
import type { Service } from '../model/service';
import { foldText } from '../model/text';
import {
  applyDraftPatch,
  createListingDrafts,
  type DraftTarget,
  draftPatch,
  type ListingDrafts,
} from './listingDrafts';
import type { Screen } from './navigation';

export type EditEntity = 'organization' | 'service' | 'location';
export type EditScreen = Extract<Screen, { name: 'edit' }>;
export type FormDraft<E extends EditEntity = EditEntity> = Draft<RecordOf[E]>;

/** Who this device is in its network, as far as editing goes. */
export interface Member {
  role: Role;
  agency: { id: string } | null;
}

export interface EditSubject {
  /** The record's ownership as this device knows it; undefined for a record not saved yet. */
  own: Ownership | undefined;
  /** For a service or a location: its organization's ownership. */
  organization?: Ownership | undefined;
  /** Created by this device since the app started (sent, perhaps, but not yet pulled back). */
  createdHere?: boolean;
}

/** Whether this person may create listings at all: without a network, or as coordinator or editor. */
export function mayCreate(member: Member | null): boolean {
  return !member || member.role === 'coordinator' || member.role === 'editor';
}

/**
 * Whether to offer editing a record. Without a network the device edits freely; a coordinator edits
 * everything; an editor what their agency owns, the services and locations of an organization it
 * owns, and what this device created; outreach workers and peer supporters edit nothing.
 */
export function mayEdit(member: Member | null, subject: EditSubject): boolean {
  if (!member || member.role === 'coordinator') return true;
  if (member.role !== 'editor') return false;
  const { own, organization } = subject;
  if (!own || own.unsent || subject.createdHere) return true;
  const agency = member.agency?.id;
  if (!agency) return false;
  return own.owner === agency || organization?.owner === agency || organization?.unsent === true;
}

export const STALE_AFTER_MONTHS = 12;

export type AttentionReason = { kind: 'never' } | { kind: 'stale'; months: number } | { kind: 'alert' };

const blank = (text: string | undefined) => !text || text.trim() === '';

/** Why a listing needs its agency's attention: never checked, checked over 12 months ago, an alert. */
export function attentionReasons(
  service: Pick<Service, 'assured_date' | 'alert' | 'alert_fr'>,
  today: string,
): AttentionReason[] {
  const reasons: AttentionReason[] = [];
  const checked = service.assured_date;
  const [y, m, d] = today.split('-').map(Number) as [number, number, number];
  const limit = `${y - 1}-${today.slice(5)}`;
  if (checked === null) reasons.push({ kind: 'never' });
  else if (checked < limit) {
    const [cy, cm, cd] = checked.split('-').map(Number) as [number, number, number];
    reasons.push({ kind: 'stale', months: (y - cy) * 12 + (m - cm) - (d < cd ? 1 : 0) });
  }
  if (!blank(service.alert) || !blank(service.alert_fr)) reasons.push({ kind: 'alert' });
  return reasons;
}

/** What was wrong with a field, for the form to say in the reader's language. */
export type ProblemCode =
  | 'required'
  | 'too-long'
  | 'too-short'
  | 'too-many'
  | 'too-small'
  | 'too-large'
  | 'markup'
  | 'format'
  | 'number'
  | 'ages'
  | 'same-times'
  | 'invalid';

export interface FieldIssue {
  /** Dotted path of the field, e.g. `phones.0.number`. */
  field: string;
  code: ProblemCode;
  /** The limit broken, for too long, too many, too small or too large. */
  limit?: number;
}

function valueAt(input: unknown, path: readonly PropertyKey[]): unknown {
  let value = input;
  for (const key of path) {
    if (value === null || typeof value !== 'object') return undefined;
    value = (value as Record<PropertyKey, unknown>)[key];
  }
  return value;
}

function problemOf(issue: z.core.$ZodIssue, value: unknown): Omit<FieldIssue, 'field'> {
  const empty = value === undefined || (typeof value === 'string' && value.trim() === '');
  const limit = (n: unknown) => ({ limit: Number(n) });
  switch (issue.code) {
    case 'invalid_type':
      if (value === undefined) return { code: 'required' };
      return { code: typeof value === 'number' || issue.expected === 'number' ? 'number' : 'invalid' };
    case 'too_small':
      if (issue.origin === 'string')
        return empty ? { code: 'required' } : { code: 'too-short', ...limit(issue.minimum) };
      return issue.origin === 'array' ? { code: 'invalid' } : { code: 'too-small', ...limit(issue.minimum) };
    case 'too_big':
      if (issue.origin === 'string') return { code: 'too-long', ...limit(issue.maximum) };
      return { code: issue.origin === 'array' ? 'too-many' : 'too-large', ...limit(issue.maximum) };
    case 'invalid_format':
      if (empty) return { code: 'required' };
      return { code: 'pattern' in issue && String(issue.pattern).includes('<>') ? 'markup' : 'format' };
    case 'invalid_value':
      return { code: empty ? 'required' : 'invalid' };
    case 'custom': {
      const last = String(issue.path.at(-1));
      return { code: last === 'maximum_age' ? 'ages' : last === 'closes_at' ? 'same-times' : 'invalid' };
    }
    default:
      return { code: 'invalid' };
  }
}

/** The schema's issues as problems at the form's fields (`input` tells a missing value from a wrong one). */
export function fieldIssues(issues: readonly z.core.$ZodIssue[], input: unknown): FieldIssue[] {
  return issues.map((issue) => ({
    field: issue.path.map(String).join('.'),
    ...problemOf(issue, valueAt(input, issue.path)),
  }));
}

const OPTIONAL_TEXT: Record<EditEntity, readonly string[]> = {
  service: [
    'name_fr',
    'alternate_name',
    'description_fr',
    'url',
    'email',
    'application_process_fr',
    'eligibility_description',
    'eligibility_description_fr',
    'fees_description',
    'interpretation_services',
    'alert',
    'alert_fr',
  ],
  organization: ['name_fr', 'alternate_name', 'description_fr', 'email', 'website'],
  location: ['name', 'name_fr', 'description', 'description_fr', 'transportation', 'transportation_fr'],
};

/**
 * A form's draft as a record: optional texts left empty are absent, an address left empty is none, and
 * a location whose position was not typed takes its community's.
 */
export function tidyDraft<E extends EditEntity>(entity: E, draft: FormDraft<E>): FormDraft<E> {
  const out = { ...draft } as Record<string, unknown>;
  for (const key of OPTIONAL_TEXT[entity]) {
    const value = out[key];
    if (value === undefined || (typeof value === 'string' && value.trim() === '')) delete out[key];
  }
  if (Array.isArray(out.phones)) {
    out.phones = (out.phones as Array<Record<string, unknown>>).map(
      ({ description, extension, ...phone }) => ({
        ...phone,
        ...(typeof description === 'string' && description.trim() !== '' ? { description } : {}),
        ...(extension === undefined ? {} : { extension }),
      }),
    );
  }
  if (Array.isArray(out.addresses)) {
    // An address left empty is no address.
    out.addresses = (out.addresses as Array<Record<string, string | undefined>>).filter(
      (a) => ![a.address_1, a.address_2, a.city, a.postal_code].every(blank),
    );
  }
  if (entity === 'location' && out.latitude === undefined && out.longitude === undefined) {
    const community = communityById(String(out.community_id));
    if (community) Object.assign(out, { latitude: community.lat, longitude: community.lng });
  }
  return out as FormDraft<E>;
}

/** The fields of `after` that differ from `before` (a removed one as undefined). */
function changesBetween(before: object, after: object): Record<string, unknown> {
  const a = before as Record<string, unknown>;
  const b = after as Record<string, unknown>;
  const changes: Record<string, unknown> = {};
  for (const key of new Set([...Object.keys(a), ...Object.keys(b)])) {
    if (key !== 'id' && key !== 'last_modified' && !sameValue(a[key] ?? null, b[key] ?? null))
      changes[key] = b[key];
  }
  return changes;
}

/** An empty record of `entity` with the id `id`: what a new record's draft is a patch against. */
export function blankRecord(entity: EditEntity, id: string, organizationId = ''): FormDraft {
  const blank =
    entity === 'service'
      ? blankService(organizationId)
      : entity === 'location'
        ? blankLocation(organizationId)
        : blankOrganization();
  return { ...blank, id };
}

export function blankService(organizationId = ''): FormDraft<'service'> {
  const unknown = 'unknown' as const;
  return {
    id: newRecordId(),
    organization_id: organizationId,
    name: '',
    description: '',
    status: 'active',
    application_process: '',
    conditions: {
      id_required: unknown,
      sobriety_required: unknown,
      referral_required: unknown,
      must_identify_as_trafficked: unknown,
      police_report_required: unknown,
      cost: unknown,
      waitlist: unknown,
      typical_wait_days: null,
    },
    confidentiality: { records: '', anonymous_ok: unknown, duty_to_report: '', police_contact: unknown },
    availability: { status: unknown, set_at: null },
    phones: [],
    schedules: [],
    languages: [],
    delivery_modes: [],
    service_areas: [],
    communities_served: [],
    location_ids: [],
    indigenous_led: unknown,
    lived_experience_staff: unknown,
    taxonomy_ids: [],
    assured_date: null,
  };
}

export function blankOrganization(): FormDraft<'organization'> {
  return { id: newRecordId(), name: '', description: '', phones: [] };
}

/** A new location; its position stays unset (undefined) until typed or taken from its community. */
export function blankLocation(organizationId = ''): FormDraft<'location'> {
  return {
    id: newRecordId(),
    organization_id: organizationId,
    location_type: 'physical',
    community_id: '',
    address_confidential: false,
    addresses: [],
    latitude: undefined as unknown as number,
    longitude: undefined as unknown as number,
  };
}

export type SaveFailure = 'storage-full' | 'database-closed' | 'not-found' | 'failed';

function failureOf(error: CommandError): { issues: FieldIssue[] } | { failure: SaveFailure } {
  if (error.code === 'invalid') {
    return {
      issues: error.problems.map((p) => ({
        field: p.field,
        code: p.message === 'is required' ? 'required' : 'invalid',
      })),
    };
  }
  if (error.code === 'storage-full' || error.code === 'database-closed' || error.code === 'not-found')
    return { failure: error.code };
  return { failure: 'failed' };
}

export interface FormState<E extends EditEntity = EditEntity> {
  entity: E;
  draft: FormDraft<E>;
  /** The record as loaded; null while creating one. */
  original: RecordOf[E] | null;
  issues: FieldIssue[];
  failure: SaveFailure | null;
  saving: boolean;
  /** Counts refused saves: the form moves focus to the first problem once per refusal. */
  refusals: number;
  /** The draft as it started, to ask before leaving with changes. */
  initial: string;
  /** Which form this is in the listing drafts. */
  target: DraftTarget;
  /** What the kept draft is a patch against: the record as loaded, or an empty one. */
  base: FormDraft;
  /** The draft was brought back from an earlier visit (a reload, a crash): the form says so. */
  restored: boolean;
}

export interface EditableRecords {
  services: Service[];
  organizations: Organization[];
  locations: Location[];
}

export interface AttentionItem {
  service: Service;
  reasons: AttentionReason[];
}

/** A form's kept draft, as the listings screen offers it: the form to open, and what to call it. */
export interface UnsavedDraft {
  entity: EditEntity;
  screen: EditScreen;
  /** The name typed in the draft, if any. */
  typedName: string | undefined;
  /** The record the draft changes; undefined for a new one. */
  record: RecordOf[EditEntity] | undefined;
}

type OwnershipMaps = Record<EditEntity, Map<string, Ownership>>;

export interface EditorStoreOptions {
  db: CircleDatabase;
  /** The directory as the directory store holds it (validated records, kept current). */
  snapshot: ReadonlySignal<DirectorySnapshot | null>;
  membership: ReadonlySignal<Member | null>;
  /** Whether the membership has been read yet (until then, nothing is offered). */
  known?: ReadonlySignal<boolean>;
  /** Where what the forms changed is kept as it is typed (in memory only when absent). */
  drafts?: ListingDrafts;
  now?: () => Date;
}

const byName = <T extends { name: string }>(records: T[]) =>
  records
    .map((r) => [foldText(r.name), r] as const)
    .sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0))
    .map(([, r]) => r);

export function createEditorStore(options: EditorStoreOptions) {
  const { db, snapshot, membership } = options;
  const drafts = options.drafts ?? createListingDrafts();
  const now = options.now ?? (() => new Date());
  const ownership = signal<OwnershipMaps | null>(null);
  const created = signal<ReadonlySet<string>>(new Set());
  /** Said once by the screen the person returns to after a save ("Saved."). */
  const flash = signal<'saved' | null>(null);
  const forms = new WeakMap<EditScreen, Signal<FormState>>();
  let attach: { parent: EditScreen; child: EditScreen; field: 'organization_id' | 'location_ids' } | null =
    null;

  const member = computed(() => (options.known?.value === false ? undefined : membership.value));
  const isEditor = computed(() => member.value?.role === 'editor');

  const byId = computed(() => {
    const snap = snapshot.value;
    return {
      service: new Map((snap?.services ?? []).map((r) => [r.id, r])),
      organization: new Map((snap?.organizations ?? []).map((r) => [r.id, r])),
      location: new Map((snap?.locations ?? []).map((r) => [r.id, r])),
    };
  });

  let loading = false;
  let again = false;
  /** An editor's view depends on who owns what: read again when the directory changes. */
  async function refreshOwnership(): Promise<void> {
    if (loading) {
      again = true;
      return;
    }
    loading = true;
    try {
      do {
        again = false;
        const [organization, service, location] = await Promise.all([
          readOwnership(db, 'organization'),
          readOwnership(db, 'service'),
          readOwnership(db, 'location'),
        ]);
        ownership.value = { organization, service, location };
      } while (again);
    } catch (error) {
      console.error(error);
    } finally {
      loading = false;
    }
  }
  const stopOwnership = effect(() => {
    void snapshot.value;
    if (isEditor.value) void refreshOwnership();
  });

  /** Whether to offer editing this record: undefined while it cannot be told yet. */
  function mayEditRecord(entity: EditEntity, id: string): boolean | undefined {
    const who = member.value;
    if (who === undefined) return undefined;
    if (who?.role !== 'editor') return mayEdit(who, { own: undefined });
    const maps = ownership.value;
    const own = maps?.[entity].get(id);
    if (created.value.has(id)) return true;
    if (!maps || !own) return undefined;
    const record = byId.value[entity].get(id) as { organization_id?: string } | undefined;
    const orgId = entity === 'organization' ? undefined : record?.organization_id;
    return mayEdit(who, { own, organization: orgId ? maps.organization.get(orgId) : undefined });
  }

  /** The records this person may edit (null while an editor's ownership is being read). */
  const editable = computed<EditableRecords | null>(() => {
    const snap = snapshot.value;
    const who = member.value;
    if (!snap || who === undefined || !mayCreate(who))
      return { services: [], organizations: [], locations: [] };
    if (who?.role === 'editor' && !ownership.value) return null;
    const may = (entity: EditEntity) => (r: { id: string }) => mayEditRecord(entity, r.id) === true;
    return {
      services: byName(snap.services.filter(may('service'))),
      organizations: byName(snap.organizations.filter(may('organization'))),
      locations: snap.locations.filter(may('location')),
    };
  });

  /** What needs attention first (never checked, then the oldest check, then alerts), and the rest. */
  const listings = computed(() => {
    const records = editable.value;
    if (!records) return null;
    const today = torontoDate(now());
    const attention: AttentionItem[] = [];
    const others: Service[] = [];
    for (const service of records.services) {
      const reasons = attentionReasons(service, today);
      if (reasons.length > 0) attention.push({ service, reasons });
      else others.push(service);
    }
    const checked = (item: AttentionItem) =>
      item.reasons[0]?.kind === 'alert' ? '9' : (item.service.assured_date ?? '0');
    attention.sort((a, b) => (checked(a) < checked(b) ? -1 : checked(a) > checked(b) ? 1 : 0));
    return { attention, others };
  });

  function record<E extends EditEntity>(entity: E, id: string): RecordOf[E] | undefined {
    return byId.value[entity].get(id) as RecordOf[E] | undefined;
  }

  /**
   * A form's state: a kept draft over `base` if there is one (restored), else `fresh`. The form counts
   * as changed against `fresh`, so that a restored draft is asked about before it is dropped.
   */
  function stateOf(
    target: DraftTarget,
    base: FormDraft,
    fresh: FormDraft,
    original: RecordOf[EditEntity] | null,
  ): FormState {
    const kept = drafts.get(target);
    const draft = kept ? applyDraftPatch(base, kept) : fresh;
    return {
      entity: target.entity,
      draft,
      original,
      issues: [],
      failure: null,
      saving: false,
      refusals: 0,
      initial: JSON.stringify(fresh),
      target,
      base,
      restored: kept !== undefined,
    };
  }

  /**
   * The form of an edit screen, kept while the screen is on the way back; null if its record is not
   * found. What was typed in it before and not saved (kept in the listing drafts) is brought back
   * over the record as it is now.
   */
  function formFor(screen: EditScreen): Signal<FormState> | null {
    const existing = forms.get(screen);
    if (existing) return existing;
    let state: FormState;
    const { entity } = screen;
    if (screen.id) {
      const found = record(entity, screen.id);
      if (!found) return null;
      const base = structuredClone(found) as FormDraft;
      state = stateOf({ entity, id: found.id, isNew: false }, base, base, found);
    } else {
      const id = screen.draftId ?? newRecordId();
      const base = blankRecord(entity, id);
      state = stateOf(
        { entity, id, isNew: true },
        base,
        blankRecord(entity, id, screen.organizationId),
        null,
      );
    }
    const form = signal(state);
    forms.set(screen, form);
    return form;
  }

  /** Changes a form's draft, and keeps what it changed (in the journal before this returns). */
  function edit(screen: EditScreen, change: (draft: FormDraft) => FormDraft): void {
    const form = forms.get(screen);
    if (!form) return;
    const draft = change(form.value.draft);
    form.value = { ...form.value, draft };
    drafts.put(form.value.target, draftPatch(form.value.base, draft));
  }

  /** The drafts kept for records that are there (or new ones), for this person to find and finish. */
  const unsaved = computed(() => {
    const out: UnsavedDraft[] = [];
    for (const kept of drafts.list()) {
      const { entity, id, isNew, patch } = kept;
      const found = isNew ? undefined : byId.value[entity].get(id);
      if (isNew ? !mayCreate(member.value ?? null) : !found || mayEditRecord(entity, id) !== true) continue;
      const typed = patch.name;
      out.push({
        entity,
        screen: isNew ? { name: 'edit', entity, draftId: id } : { name: 'edit', entity, id },
        typedName: typeof typed === 'string' && typed.trim() !== '' ? typed : undefined,
        record: found,
      });
    }
    return out;
  });

  function dirty(screen: EditScreen): boolean {
    const form = forms.get(screen)?.value;
    return !!form && JSON.stringify(form.draft) !== form.initial;
  }

  /** Validates the form's draft with its record's schema, then saves it; true once saved. */
  async function submit(screen: EditScreen): Promise<boolean> {
    const form = forms.get(screen);
    if (!form || form.value.saving) return false;
    const { entity, draft, original } = form.value;
    form.value = { ...form.value, saving: true };
    const tidy = tidyDraft(entity, draft);
    const at = now();
    const parsed = RECORD_SCHEMAS[entity].safeParse({ ...tidy, last_modified: at.toISOString() });
    const refuse = (outcome: { issues: FieldIssue[] } | { failure: SaveFailure }) => {
      const issues = 'issues' in outcome ? outcome.issues : [];
      const failure = 'failure' in outcome ? outcome.failure : null;
      form.value = { ...form.value, saving: false, issues, failure, refusals: form.value.refusals + 1 };
      return false;
    };
    if (!parsed.success) return refuse({ issues: fieldIssues(parsed.error.issues, tidy) });
    const ctx = { db, now: () => at };
    const result = original
      ? await patchRecord(
          ctx,
          entity,
          original.id,
          changesBetween(original, tidy) as Partial<RecordOf[EditEntity]>,
        )
      : await saveRecord(ctx, entity, tidy as Draft<RecordOf[EditEntity]>);
    if (!result.ok) return refuse(failureOf(result.error));
    const id = result.value.id;
    drafts.remove(form.value.target);
    if (!original) created.value = new Set(created.value).add(id);
    form.value = {
      ...form.value,
      saving: false,
      issues: [],
      failure: null,
      initial: JSON.stringify(form.value.draft),
    };
    forms.delete(screen);
    if (attach?.child === screen) {
      const { parent, field } = attach;
      attach = null;
      edit(parent, (d) => {
        const parentDraft = d as FormDraft<'service'>;
        return field === 'organization_id'
          ? { ...parentDraft, organization_id: id, location_ids: [] }
          : { ...parentDraft, location_ids: [...parentDraft.location_ids, id] };
      });
    }
    flash.value = 'saved';
    return true;
  }

  return {
    flash,
    editable,
    listings,
    created,
    mayCreate: () => {
      const who = member.value;
      return who !== undefined && mayCreate(who);
    },
    mayEditRecord,
    record,
    formFor,
    edit,
    dirty,
    submit,
    /** The drafts kept and not saved (see `unsaved`). */
    unsaved,
    /** Whether a record has a kept draft (its row on the listings screen says so). */
    hasDraft(entity: EditEntity, id: string): boolean {
      void drafts.version.value;
      return drafts.get({ entity, id, isNew: false }) !== undefined;
    },
    /** The person leaves a form without saving: its draft goes, from memory and from the journal. */
    discard(screen: EditScreen): void {
      const form = forms.get(screen);
      if (form) drafts.remove(form.value.target);
      forms.delete(screen);
      if (attach?.child === screen) attach = null;
    },
    /** "Discard" on a restored draft: the form shows the record as it is (a new one empty) again. */
    discardRestored(screen: EditScreen): void {
      const form = forms.get(screen);
      if (!form) return;
      drafts.remove(form.value.target);
      const fresh = JSON.parse(form.value.initial) as FormDraft;
      form.value = { ...form.value, draft: fresh, restored: false, issues: [], failure: null };
    },
    /** A form opens another to create what it needs; the new record's id comes back into `field`. */
    openSubform(parent: EditScreen, child: EditScreen, field: 'organization_id' | 'location_ids'): void {
      attach = { parent, child, field };
    },
    /** "Verified today": the listing was checked with its agency today (Toronto's date). */
    async verifyToday(id: string): Promise<SaveFailure | null> {
      const at = now();
      const result = await patchRecord({ db, now: () => at }, 'service', id, {
        assured_date: torontoDate(at),
      });
      if (result.ok) return null;
      const outcome = failureOf(result.error);
      return 'failure' in outcome ? outcome.failure : 'failed';
    },
    stop(): void {
      stopOwnership();
    },
  };
}

export type EditorStore = ReturnType<typeof createEditorStore>;
