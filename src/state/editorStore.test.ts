import { signal } from '@preact/signals';
import { afterEach, describe, expect, it } from 'vitest';
import { memoryStorage } from '../../tests/fixtures/memoryStorage';
import { FIXED_NOW, sampleDirectory, uniqueDbName } from '../../tests/fixtures/records';
import { type CircleDatabase, loadSampleDirectory, type Ownership, openDatabase, patchRecord } from '../db';
import type { Service } from '../model/service';
import { createDirectoryStore, type DirectoryStore } from './directoryStore';
import {
  attentionReasons,
  createEditorStore,
  type EditorStore,
  type EditScreen,
  type FormDraft,
  type Member,
  mayEdit,
} from './editorStore';
import { createJournal, JOURNAL_PREFIX, type JournalStorage } from './journal';
import { createListingDrafts, type ListingDrafts } from './listingDrafts';

const AGENCY = '11111111-1111-4111-8111-111111111111';
const OTHER = '22222222-2222-4222-8222-222222222222';
const own = (owner: string | null | undefined, extra: Partial<Ownership> = {}): Ownership => ({
  owner,
  unsent: false,
  sample: false,
  ...extra,
});
const editor: Member = { role: 'editor', agency: { id: AGENCY } };

describe('who may edit what', () => {
  it.each<[string, Member | null, Parameters<typeof mayEdit>[1], boolean]>([
    ['no network: anything', null, { own: own(OTHER) }, true],
    ['no network: a sample record', null, { own: own(undefined, { sample: true }) }, true],
    ['coordinator: another agency’s', { role: 'coordinator', agency: null }, { own: own(OTHER) }, true],
    ['coordinator: the network’s', { role: 'coordinator', agency: null }, { own: own(null) }, true],
    ['editor: their agency’s', editor, { own: own(AGENCY) }, true],
    ['editor: another agency’s', editor, { own: own(OTHER) }, false],
    ['editor: the network’s', editor, { own: own(null) }, false],
    ['editor: owner not known yet', editor, { own: own(undefined) }, false],
    ['editor: a service of their organization', editor, { own: own(OTHER), organization: own(AGENCY) }, true],
    [
      'editor: a service of another’s organization',
      editor,
      { own: own(null), organization: own(OTHER) },
      false,
    ],
    ['editor: created here, not sent', editor, { own: own(undefined, { unsent: true }) }, true],
    ['editor: created here, sent, not pulled back', editor, { own: own(undefined), createdHere: true }, true],
    [
      'editor: under an organization created here',
      editor,
      { own: own(undefined), organization: own(undefined, { unsent: true }) },
      true,
    ],
    ['editor: a new record', editor, { own: undefined }, true],
    ['editor without an agency: the network’s', { role: 'editor', agency: null }, { own: own(null) }, false],
    ['outreach: their agency’s', { role: 'outreach', agency: { id: AGENCY } }, { own: own(AGENCY) }, false],
    ['outreach: a new record', { role: 'outreach', agency: { id: AGENCY } }, { own: undefined }, false],
    ['peer: anything', { role: 'peer', agency: null }, { own: own(null) }, false],
  ])('%s', (_, member, subject, expected) => {
    expect(mayEdit(member, subject)).toBe(expected);
  });
});

describe('listings that need attention', () => {
  it.each<[string | null, string | undefined, string | undefined, string]>([
    [null, undefined, undefined, 'never'],
    ['2026-11-15', undefined, undefined, ''],
    ['2025-11-15', undefined, undefined, ''],
    ['2025-11-14', undefined, undefined, 'stale 12'],
    ['2025-09-01', undefined, undefined, 'stale 14'],
    ['2024-11-16', undefined, undefined, 'stale 23'],
    ['2026-01-01', 'Closed Friday', undefined, 'alert'],
    ['2026-01-01', '  ', 'Fermé vendredi', 'alert'],
    ['2026-01-01', '', '', ''],
    [null, 'Moved', undefined, 'never alert'],
  ])('checked %s, alert %j / %j → %s', (assured_date, alert, alert_fr, expected) => {
    const reasons = attentionReasons({ assured_date, alert, alert_fr }, '2026-11-15');
    expect(reasons.map((r) => (r.kind === 'stale' ? `stale ${r.months}` : r.kind)).join(' ')).toBe(expected);
  });
});

let directory: DirectoryStore | null = null;
let editorStore: EditorStore | null = null;
afterEach(() => {
  directory?.stop();
  editorStore?.stop();
});

async function started(
  member: Member | null = null,
  now = () => FIXED_NOW,
  fullDisk = false,
  drafts?: ListingDrafts,
) {
  const name = uniqueDbName();
  const sample = sampleDirectory();
  const loader = openDatabase(name);
  await loadSampleDirectory({ db: loader }, sample, 1);
  loader.close();
  const db = openDatabase(name);
  if (fullDisk) failWrites(db);
  directory = createDirectoryStore({ db, now });
  await directory.start();
  const membership = signal<Member | null>(member);
  editorStore = createEditorStore({
    db,
    snapshot: directory.snapshot,
    membership,
    now,
    ...(drafts ? { drafts } : {}),
  });
  return { db, sample, directory, editor: editorStore, membership };
}

const until = async (check: () => boolean) => {
  for (let i = 0; i < 100 && !check(); i++) await new Promise((r) => setTimeout(r, 5));
  expect(check()).toBe(true);
};

const screen = (s: Omit<EditScreen, 'name'>): EditScreen => ({ name: 'edit', ...s });

describe('the editor store', () => {
  it('creates an organization and a service, naming the fields at fault until they are fixed', async () => {
    const { db, editor, directory } = await started();
    const orgScreen = screen({ entity: 'organization' });
    const org = editor.formFor(orgScreen)!;
    expect(editor.dirty(orgScreen)).toBe(false);
    editor.edit(orgScreen, (d) => ({
      ...d,
      name: '  ',
      phones: [{ id: crypto.randomUUID(), number: 'call us', type: 'voice' }],
    }));
    expect(editor.dirty(orgScreen)).toBe(true);
    expect(await editor.submit(orgScreen)).toBe(false);
    expect(org.value.issues).toEqual([
      { field: 'name', code: 'required' },
      { field: 'phones.0.number', code: 'format' },
    ]);
    expect(org.value.refusals).toBe(1);
    expect(await db.organizations.count()).toBe(sampleDirectory().organizations.length);

    editor.edit(orgScreen, (d) => ({
      ...d,
      name: 'Birchlight Women’s Centre',
      name_fr: 'Centre des femmes Birchlight',
      description_fr: '',
      phones: [{ id: crypto.randomUUID(), number: '705-555-0199', type: 'voice', description: '' }],
    }));
    expect(await editor.submit(orgScreen)).toBe(true);
    expect(editor.flash.value).toBe('saved');
    const orgId = org.value.draft.id;
    const stored = (await db.organizations.get(orgId))!;
    expect(stored.value).toMatchObject({
      name: 'Birchlight Women’s Centre',
      name_fr: 'Centre des femmes Birchlight',
    });
    expect(stored.value).not.toHaveProperty('description_fr');
    expect(stored.value.phones[0]).not.toHaveProperty('description');
    expect(stored.serverVersion).toBeNull();

    const serviceScreen = screen({ entity: 'service', organizationId: orgId });
    const service = editor.formFor(serviceScreen)!;
    editor.edit(serviceScreen, (d) => ({ ...d, name: 'Drop-in <b>', minimum_age: 30, maximum_age: 18 }));
    expect(await editor.submit(serviceScreen)).toBe(false);
    expect(service.value.issues).toEqual([
      { field: 'name', code: 'markup' },
      { field: 'maximum_age', code: 'ages' },
    ]);
    editor.edit(serviceScreen, (d) => ({ ...d, name: 'Drop-in', name_fr: 'Halte', maximum_age: 64 }));
    expect(await editor.submit(serviceScreen)).toBe(true);
    const serviceId = service.value.draft.id;
    expect(serviceId).toMatch(/^[0-9a-f-]{36}$/);
    expect((await db.services.get(serviceId))?.value.organization_id).toBe(orgId);
    await until(() => directory.snapshot.value!.services.some((s) => s.id === serviceId));
    expect(editor.mayEditRecord('service', serviceId)).toBe(true);
  });

  it('saves an edit as the fields changed, keeping a change made meanwhile and the HSDS extras', async () => {
    const { db, editor, sample, directory } = await started();
    const id = sample.services[0]!.id;
    await patchRecord({ db }, 'service', id, { hsds_extra: { funding: [{ source: 'Province' }] } });
    await until(() => directory.snapshot.value!.services.find((s) => s.id === id)?.hsds_extra !== undefined);
    const editScreen = screen({ entity: 'service', id });
    const form = editor.formFor(editScreen)!;
    expect(form.value.original?.id).toBe(id);
    // Another tab (or a sync) sets the availability while the form is open.
    await patchRecord({ db }, 'service', id, {
      availability: { status: 'full', set_at: FIXED_NOW.toISOString() },
    });
    editor.edit(editScreen, (d) => ({ ...d, description_fr: 'Nouveau texte.' }));
    expect(await editor.submit(editScreen)).toBe(true);
    const stored = (await db.services.get(id))!.value as Service;
    expect(stored.description_fr).toBe('Nouveau texte.');
    expect(stored.availability.status).toBe('full');
    expect(stored.hsds_extra).toEqual({ funding: [{ source: 'Province' }] });
  });

  it('stamps “Verified today” with Toronto’s date', async () => {
    const { db, editor, sample } = await started(null, () => new Date('2026-11-16T03:00:00Z'));
    const id = sample.services[1]!.id;
    expect(await editor.verifyToday(id)).toBeNull();
    expect((await db.services.get(id))!.value.assured_date).toBe('2026-11-15');
    expect(await editor.verifyToday('00000000-0000-4000-8000-000000000000')).toBe('not-found');
  });

  it('lists what needs attention among what this person may edit, and nothing for outreach', async () => {
    const { db, editor, sample, membership, directory } = await started();
    const [stale, alerted, fresh] = sample.services as [Service, Service, Service];
    await patchRecord({ db }, 'service', stale.id, { assured_date: '2024-01-10', alert: '' });
    await patchRecord({ db }, 'service', alerted.id, {
      assured_date: '2026-10-01',
      alert: 'Moved to 12 Elm St.',
    });
    await patchRecord({ db }, 'service', fresh.id, { assured_date: '2026-11-01', alert: '' });
    await until(
      () => directory.snapshot.value!.services.find((s) => s.id === fresh.id)?.assured_date === '2026-11-01',
    );
    const listed = editor.listings.value!;
    const reasonsOf = (id: string) => listed.attention.find((a) => a.service.id === id)?.reasons;
    expect(reasonsOf(stale.id)).toEqual([{ kind: 'stale', months: 34 }]);
    expect(reasonsOf(alerted.id)).toEqual([{ kind: 'alert' }]);
    expect(reasonsOf(fresh.id)).toBeUndefined();
    expect(listed.others.map((s) => s.id)).toContain(fresh.id);
    expect(listed.attention.length + listed.others.length).toBe(sample.services.length);

    // An editor: only what their agency owns, once the device knows who owns what.
    await db.services.toCollection().modify({ owner: OTHER });
    await db.organizations.toCollection().modify({ owner: OTHER });
    await db.services.update(stale.id, { owner: AGENCY });
    await db.services.update(fresh.id, { owner: AGENCY });
    await patchRecord({ db }, 'service', fresh.id, { alert: '' });
    membership.value = { role: 'editor', agency: { id: AGENCY } };
    await until(() => editor.listings.value !== null && editor.listings.value.others.length === 1);
    expect(editor.listings.value!.attention.map((a) => a.service.id)).toEqual([stale.id]);
    expect(editor.mayEditRecord('service', alerted.id)).toBe(false);
    expect(editor.mayEditRecord('service', stale.id)).toBe(true);

    membership.value = { role: 'outreach', agency: { id: AGENCY } };
    expect(editor.listings.value).toEqual({ attention: [], others: [] });
    expect(editor.mayCreate()).toBe(false);
    expect(editor.mayEditRecord('service', stale.id)).toBe(false);
  });

  it('gives a new organization or location back to the service form that asked for it', async () => {
    const { editor, sample } = await started();
    const serviceScreen = screen({ entity: 'service' });
    const service = editor.formFor(serviceScreen)!;
    editor.edit(serviceScreen, (d) => ({ ...d, name: 'Outreach van' }));

    const orgScreen = screen({ entity: 'organization' });
    editor.openSubform(serviceScreen, orgScreen, 'organization_id');
    editor.formFor(orgScreen);
    editor.edit(orgScreen, (d) => ({ ...d, name: 'New agency' }));
    expect(await editor.submit(orgScreen)).toBe(true);
    const orgId = (service.value.draft as FormDraft<'service'>).organization_id;
    expect(orgId).toMatch(/^[0-9a-f-]{36}$/);
    expect(service.value.draft.name).toBe('Outreach van');

    const locationScreen = screen({ entity: 'location', organizationId: orgId });
    editor.openSubform(serviceScreen, locationScreen, 'location_ids');
    const location = editor.formFor(locationScreen)!;
    expect(location.value.draft).toMatchObject({ organization_id: orgId });
    editor.edit(locationScreen, (d) => ({ ...d, community_id: 'timmins' }));
    expect(await editor.submit(locationScreen)).toBe(true);
    expect((service.value.draft as FormDraft<'service'>).location_ids).toEqual([location.value.draft.id]);

    // A form left without saving starts afresh next time; an unknown record has no form.
    editor.discard(serviceScreen);
    expect(editor.formFor(serviceScreen)!.value.draft.name).toBe('');
    expect(
      editor.formFor(screen({ entity: 'service', id: '00000000-0000-4000-8000-000000000000' })),
    ).toBeNull();
    expect(editor.record('service', sample.services[0]!.id)?.name).toBe(sample.services[0]!.name);
  });

  it('places a location without a typed position at its community', async () => {
    const { db, editor, sample } = await started();
    const locationScreen = screen({ entity: 'location', organizationId: sample.organizations[0]!.id });
    const form = editor.formFor(locationScreen)!;
    expect(await editor.submit(locationScreen)).toBe(false);
    expect(form.value.issues.map((i) => `${i.field} ${i.code}`)).toEqual([
      'latitude required',
      'longitude required',
      'community_id required',
    ]);
    editor.edit(locationScreen, (d) => ({ ...d, community_id: 'hearst', address_confidential: true }));
    expect(await editor.submit(locationScreen)).toBe(true);
    const stored = (await db.locations.get(form.value.draft.id))!.value;
    expect(stored).toMatchObject({ community_id: 'hearst', address_confidential: true });
    expect(stored.latitude).toBeCloseTo(49.69, 1);
  });

  it('says why a save failed when the device cannot write', async () => {
    const { editor } = await started(null, () => FIXED_NOW, true);
    const orgScreen = screen({ entity: 'organization' });
    const form = editor.formFor(orgScreen)!;
    editor.edit(orgScreen, (d) => ({ ...d, name: 'Full disk agency' }));
    expect(await editor.submit(orgScreen)).toBe(false);
    expect(form.value.failure).toBe('storage-full');
    expect(form.value.draft.name).toBe('Full disk agency');
  });
});

function failWrites(db: CircleDatabase): void {
  db.use({
    stack: 'dbcore',
    name: 'full-disk',
    create: (down) => ({
      ...down,
      table: (name) => ({
        ...down.table(name),
        mutate: () => Promise.reject(new DOMException('Quota exceeded', 'QuotaExceededError')),
      }),
    }),
  });
}

describe('what a listing form was given survives a reload', () => {
  /** The page reloaded: a new tab's journal and drafts on the same storage, a new editor store. */
  async function reloaded(storage: JournalStorage, directory: DirectoryStore, db: CircleDatabase) {
    const journal = createJournal(storage, { tabId: crypto.randomUUID() });
    const drafts = createListingDrafts({ journal });
    await drafts.start();
    for (const entry of await journal.orphans()) journal.discard(entry); // as the workbook does next
    editorStore?.stop();
    editorStore = createEditorStore({ db, snapshot: directory.snapshot, membership: signal(null), drafts });
    return editorStore;
  }

  const journaled = (storage: { map: Map<string, string> }) =>
    [...storage.map].filter(([k]) => k.startsWith(JOURNAL_PREFIX)).map(([, v]) => JSON.parse(v));

  it('keeps each keystroke at once, restores it over the record as it is now, and forgets it once saved', async () => {
    const storage = memoryStorage();
    const drafts = createListingDrafts({ journal: createJournal(storage, { tabId: 'first' }) });
    const { db, sample, directory, editor } = await started(null, () => FIXED_NOW, false, drafts);
    const id = sample.services[0]!.id;
    const first = screen({ entity: 'service', id });
    editor.formFor(first);
    editor.edit(first, (d) => ({ ...d, name: 'Typed name' }));
    editor.edit(first, (d) => {
      const service = d as FormDraft<'service'>;
      return { ...service, conditions: { ...service.conditions, cost: 'no' } } as FormDraft;
    });
    // In the journal before the next line runs: nothing to wait for.
    expect(journaled(storage)).toEqual([
      { [`listing:service:${id}`]: { name: 'Typed name', 'conditions.cost': 'no' } },
    ]);

    // Meanwhile a sync changes the description, the name and another access condition.
    await patchRecord({ db }, 'service', id, {
      name: 'Synced name',
      description: 'Synced description',
      conditions: { ...sample.services[0]!.conditions, id_required: 'yes', cost: 'unknown' },
    });
    await until(() => directory.snapshot.value!.services.find((s) => s.id === id)?.name === 'Synced name');

    const next = await reloaded(storage, directory, db);
    expect(next.hasDraft('service', id)).toBe(true);
    expect(next.unsaved.value.map((u) => u.screen)).toEqual([{ name: 'edit', entity: 'service', id }]);
    const again = screen({ entity: 'service', id });
    const form = next.formFor(again)!;
    const draft = form.value.draft as FormDraft<'service'>;
    expect(form.value.restored).toBe(true);
    expect(next.dirty(again)).toBe(true);
    expect(draft.name).toBe('Typed name');
    expect(draft.description).toBe('Synced description');
    expect(draft.conditions.cost).toBe('no');
    expect(draft.conditions.id_required).toBe('yes');

    expect(await next.submit(again)).toBe(true);
    const stored = (await db.services.get(id))!.value as Service;
    expect([stored.name, stored.description, stored.conditions.cost, stored.conditions.id_required]).toEqual([
      'Typed name',
      'Synced description',
      'no',
      'yes',
    ]);
    expect(journaled(storage)).toEqual([]);
    expect(next.hasDraft('service', id)).toBe(false);
    expect(next.formFor(screen({ entity: 'service', id }))!.value.restored).toBe(false);
  });

  it('Cancel, or Discard on a restored draft, removes it', async () => {
    const storage = memoryStorage();
    const drafts = createListingDrafts({ journal: createJournal(storage, { tabId: 'first' }) });
    const { db, sample, directory, editor } = await started(null, () => FIXED_NOW, false, drafts);
    const [a, b] = [sample.organizations[0]!.id, sample.organizations[1]!.id];
    for (const id of [a, b]) {
      const s = screen({ entity: 'organization', id });
      editor.formFor(s);
      editor.edit(s, (d) => ({ ...d, description: `Typed for ${id}` }));
    }
    const cancelled = screen({ entity: 'organization', id: a });
    editor.formFor(cancelled);
    editor.discard(cancelled);
    expect(editor.hasDraft('organization', a)).toBe(false);

    const next = await reloaded(storage, directory, db);
    const restored = screen({ entity: 'organization', id: b });
    const form = next.formFor(restored)!;
    expect(form.value.draft.description).toBe(`Typed for ${b}`);
    next.discardRestored(restored);
    expect(form.value.restored).toBe(false);
    expect(form.value.draft.description).toBe(sample.organizations[1]!.description);
    expect(next.dirty(restored)).toBe(false);
    expect(journaled(storage)).toEqual([]);
  });

  it('a new record’s draft is listed, and its form comes back under the same id', async () => {
    const storage = memoryStorage();
    const drafts = createListingDrafts({ journal: createJournal(storage, { tabId: 'first' }) });
    const { db, sample, directory, editor } = await started(null, () => FIXED_NOW, false, drafts);
    const organizationId = sample.organizations[0]!.id;
    const fresh = screen({ entity: 'service', organizationId });
    const id = editor.formFor(fresh)!.value.draft.id;
    // Opened and left untouched, a form keeps nothing.
    expect(journaled(storage)).toEqual([]);
    editor.edit(fresh, (d) => ({ ...d, name: 'Outreach van' }));

    const next = await reloaded(storage, directory, db);
    const [listed] = next.unsaved.value;
    expect(listed).toMatchObject({ entity: 'service', typedName: 'Outreach van', record: undefined });
    expect(listed!.screen).toEqual({ name: 'edit', entity: 'service', draftId: id });
    const form = next.formFor(listed!.screen)!;
    expect(form.value.restored).toBe(true);
    expect(form.value.draft).toMatchObject({ id, name: 'Outreach van', organization_id: organizationId });
    next.edit(listed!.screen, (d) => ({ ...d, description: 'Goes where people are.' }));
    next.edit(listed!.screen, (d) => ({ ...d, application_process: 'Call.' }));
    expect(await next.submit(listed!.screen)).toBe(true);
    expect((await db.services.get(id))!.value.name).toBe('Outreach van');
    expect(next.unsaved.value).toEqual([]);
    expect(journaled(storage)).toEqual([]);
  });
});
