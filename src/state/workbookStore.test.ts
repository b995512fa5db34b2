import { describe, expect, it } from 'vitest';
import { manualScheduler } from '../../tests/fixtures/manualClock';
import { memoryStorage } from '../../tests/fixtures/memoryStorage';
import { uniqueDbName } from '../../tests/fixtures/records';
import { openDatabase } from '../db';
import { LONG_TEXT_MAX } from '../model/common';
import { answerId, type NeedId } from '../model/workbook';
import { ratingsOf, sectionProgress } from '../model/workbookRules';
import { AUTOSAVE_DELAY_MS } from './autosave';
import { createJournal, JOURNAL_PREFIX, type JournalStorage } from './journal';
import { createWorkbookStore } from './workbookStore';

/** One "tab": a store on its own connection to a shared database, with its own journal entry. */
async function tab(dbName: string, storage: JournalStorage | null, extra: { failWrites?: boolean } = {}) {
  const clock = manualScheduler();
  const db = openDatabase(dbName);
  if (extra.failWrites) {
    // Every IndexedDB write fails as a full disk does.
    db.use({
      stack: 'dbcore',
      name: 'full-disk',
      create: (down) => ({
        ...down,
        table: (name) => {
          const table = down.table(name);
          return {
            ...table,
            mutate: () => Promise.reject(new DOMException('Quota exceeded', 'QuotaExceededError')),
          };
        },
      }),
    });
  }
  const store = createWorkbookStore({ db, now, scheduler: clock.scheduler, journal: createJournal(storage) });
  await store.start();
  return { db, store, clock };
}

const now = () => new Date('2026-11-20T10:00:00Z');
const until = async (check: () => boolean) => {
  for (let i = 0; i < 50 && !check(); i++) await new Promise((r) => setTimeout(r, 5));
};

describe('the workbook store', () => {
  it('autosaves answers, survives a reload (a new store on the same database), and resumes', async () => {
    const dbName = uniqueDbName();
    const clock = manualScheduler();
    const db = openDatabase(dbName);
    const store = createWorkbookStore({ db, now, scheduler: clock.scheduler });
    await store.start();
    const created = await store.create({ agency: 'Birchlight Women’s Centre', assessed_on: '2026-11-20' });
    expect(created.ok).toBe(true);
    const id = store.current.value!.assessment!.id;

    store.edit('program.safer-shelter', { rating: 'in-place' });
    store.edit('program.safer-shelter', { evidence: 'Twelve beds' });
    await store.goTo('programming');
    expect(store.answerOf('program.safer-shelter')).toEqual({
      rating: 'in-place',
      evidence: 'Twelve beds',
      next_step: '',
      label: '',
    });
    expect(await db.answers.count()).toBe(0);
    clock.advance(AUTOSAVE_DELAY_MS);
    await until(() => store.saveStatus.value === 'saved');
    expect(await db.answers.count()).toBe(1);
    expect(await db.mutations.where('[entity+recordId]').equals(['assessment', id]).count()).toBe(1);
    store.stop();
    db.close();

    // "Reload": a fresh store on the same database resumes where the person left off.
    const db2 = openDatabase(dbName);
    const again = createWorkbookStore({ db: db2, now });
    await again.start();
    expect(again.position.value).toEqual({ assessmentId: id, section: 'programming' });
    await again.open(id, again.position.value!.section);
    expect(again.answerOf('program.safer-shelter')).toEqual({
      rating: 'in-place',
      evidence: 'Twelve beds',
      next_step: '',
      label: '',
    });
    again.stop();
    db2.close();
  });

  it('keeps several dated assessments, newest first, and reads another for comparing', async () => {
    const db = openDatabase(uniqueDbName());
    const store = createWorkbookStore({ db, now });
    await store.start();
    await store.create({ agency: 'Cedar Path', assessed_on: '2025-11-01' });
    const first = store.current.value!.assessment!.id;
    store.edit('knowledge.indigenous', { rating: 'developing' });
    await store.flush();
    await store.create({ agency: 'Cedar Path', assessed_on: '2026-11-01' });
    await until(() => store.assessments.value?.length === 2);
    expect(store.assessments.value!.map((a) => a.assessed_on)).toEqual(['2026-11-01', '2025-11-01']);
    const earlier = await store.answersOf(first);
    expect(earlier.map((a) => [a.item_id, a.rating])).toEqual([['knowledge.indigenous', 'developing']]);
    store.stop();
    db.close();
  });

  it('turns next steps into actions and tracks their status', async () => {
    const db = openDatabase(uniqueDbName());
    const store = createWorkbookStore({ db, now });
    await store.start();
    await store.create({ agency: 'Cedar Path', assessed_on: '2026-11-01' });
    const added = await store.addAction({
      text: 'Hire a peer worker',
      owner: 'Director',
      due_on: '2027-01-31',
      item_id: 'program.peer-outreach',
    });
    expect(added?.ok).toBe(true);
    await until(() => store.current.value!.actions.length === 1);
    const action = store.current.value!.actions[0]!;
    store.editAction(action, { status: 'done' });
    await store.flush();
    await until(() => store.current.value!.actions[0]?.status === 'done');
    expect(store.current.value!.actions[0]?.status).toBe('done');
    store.stop();
    db.close();
  });

  it('a full disk keeps what was typed on screen and in the journal, says why, and saves it later', async () => {
    const dbName = uniqueDbName();
    const storage = memoryStorage();
    const first = await tab(dbName, storage);
    await first.store.create({ agency: 'Cedar Path', assessed_on: '2026-11-01' });
    const id = first.store.current.value!.assessment!.id;
    first.store.stop();
    first.db.close();

    const full = await tab(dbName, storage, { failWrites: true });
    await full.store.open(id);
    full.store.edit('approach.relational', { evidence: 'Typed while the disk was full' });
    full.store.edit('approach.relational', { rating: 'strong' });
    full.clock.advance(AUTOSAVE_DELAY_MS);
    await until(() => full.store.saveStatus.value === 'failed');
    expect(full.store.saveFailure.value).toBe('storage-full');
    expect(full.store.answerOf('approach.relational')).toEqual({
      rating: 'strong',
      evidence: 'Typed while the disk was full',
      next_step: '',
      label: '',
    });
    // More typing over the failure keeps adding to the text, never to an old copy.
    full.store.edit('approach.relational', { evidence: 'Typed while the disk was full, still' });
    expect(full.store.answerOf('approach.relational').evidence).toBe('Typed while the disk was full, still');
    expect([...storage.map.values()].join()).toContain('Typed while the disk was full, still');
    full.store.stop();
    full.db.close(); // the phone kills the app

    // Next start (space freed): the journal is replayed, saved, then cleared.
    const next = await tab(dbName, storage);
    await until(() => [...storage.map.keys()].every((k) => !k.startsWith(JOURNAL_PREFIX)));
    const stored = await next.db.answers.get(answerId(id, 'approach.relational'));
    expect(stored?.value).toMatchObject({
      rating: 'strong',
      evidence: 'Typed while the disk was full, still',
    });
    next.store.stop();
    next.db.close();
  });

  it('text over the limit stays on screen and is held back; the other fields still save', async () => {
    const { db, store, clock } = await tab(uniqueDbName(), memoryStorage());
    await store.create({ agency: 'Cedar Path', assessed_on: '2026-11-01' });
    const id = store.current.value!.assessment!.id;
    const pasted = 'x'.repeat(LONG_TEXT_MAX + 1);
    store.edit('approach.relational', { evidence: pasted });
    store.edit('approach.relational', { rating: 'developing' });
    clock.advance(AUTOSAVE_DELAY_MS);
    await until(() => store.saveStatus.value === 'failed');
    expect(store.saveFailure.value).toBe('too-long');
    expect(store.problemOf('approach.relational')).toBe('too-long');
    expect(store.answerOf('approach.relational').evidence).toBe(pasted);
    await until(() => store.current.value!.answers.length === 1);
    expect((await db.answers.get(answerId(id, 'approach.relational')))?.value.rating).toBe('developing');
    // Shortened by one character, it saves and the status comes back.
    store.edit('approach.relational', { evidence: pasted.slice(1) });
    clock.advance(AUTOSAVE_DELAY_MS);
    await until(() => store.saveStatus.value === 'saved');
    expect((await db.answers.get(answerId(id, 'approach.relational')))?.value.evidence).toHaveLength(
      LONG_TEXT_MAX,
    );
    store.stop();
    db.close();
  });

  it('two tabs editing different fields of one item both keep their text', async () => {
    const dbName = uniqueDbName();
    const storage = memoryStorage();
    const a = await tab(dbName, storage);
    await a.store.create({ agency: 'Cedar Path', assessed_on: '2026-11-01' });
    const id = a.store.current.value!.assessment!.id;
    const b = await tab(dbName, storage);
    await b.store.open(id);

    a.store.edit('approach.relational', { evidence: 'From tab A' });
    a.clock.advance(100);
    b.store.edit('approach.relational', { next_step: 'From tab B' });
    a.clock.advance(AUTOSAVE_DELAY_MS);
    b.clock.advance(AUTOSAVE_DELAY_MS);
    await until(() => a.store.saveStatus.value === 'saved' && b.store.saveStatus.value === 'saved');
    const stored = await a.db.answers.get(answerId(id, 'approach.relational'));
    expect(stored?.value).toMatchObject({ evidence: 'From tab A', next_step: 'From tab B' });
    const both = { rating: null, evidence: 'From tab A', next_step: 'From tab B', label: '' };
    await until(() => a.store.answerOf('approach.relational').next_step === 'From tab B');
    expect(a.store.answerOf('approach.relational')).toEqual(both);
    await until(() => b.store.answerOf('approach.relational').evidence === 'From tab A');
    expect(b.store.answerOf('approach.relational')).toEqual(both);
    for (const t of [a, b]) {
      t.store.stop();
      t.db.close();
    }
  });

  it('the same field in two tabs: the later save wins, and the other tab says so while it types', async () => {
    const dbName = uniqueDbName();
    const a = await tab(dbName, null);
    await a.store.create({ agency: 'Cedar Path', assessed_on: '2026-11-01' });
    const id = a.store.current.value!.assessment!.id;
    const b = await tab(dbName, null);
    await b.store.open(id);

    a.store.edit('approach.relational', { evidence: 'A types slowly' });
    b.store.edit('approach.relational', { evidence: 'B saved first' });
    b.clock.advance(AUTOSAVE_DELAY_MS);
    await until(() => a.store.changedElsewhere('approach.relational').evidence?.theirs === 'B saved first');
    expect(a.store.changedElsewhere('approach.relational').evidence?.saved).toBe(false);
    // A still shows its own unsaved text, with B's beside it.
    expect(a.store.answerOf('approach.relational').evidence).toBe('A types slowly');
    a.clock.advance(AUTOSAVE_DELAY_MS);
    await until(() => b.store.answerOf('approach.relational').evidence === 'A types slowly');
    expect((await b.db.answers.get(answerId(id, 'approach.relational')))?.value.evidence).toBe(
      'A types slowly',
    );
    // A is told its text replaced B's, and shown B's, until it edits the field again.
    expect(a.store.changedElsewhere('approach.relational')).toEqual({
      evidence: { theirs: 'B saved first', saved: true },
    });
    a.store.edit('approach.relational', { evidence: 'A types slowly, seen' });
    expect(a.store.changedElsewhere('approach.relational')).toEqual({});
    for (const t of [a, b]) {
      t.store.stop();
      t.db.close();
    }
  });

  it('a stored answer that no longer reads as valid does not block edits of its other fields', async () => {
    const { db, store, clock } = await tab(uniqueDbName(), null);
    await store.create({ agency: 'Cedar Path', assessed_on: '2026-11-01' });
    const id = store.current.value!.assessment!.id;
    const answer = answerId(id, 'approach.relational');
    await db.answers.put({
      id: answer,
      value: {
        id: answer,
        assessment_id: id,
        item_id: 'approach.relational',
        rating: 'strong',
        evidence: 42 as unknown as string,
        next_step: '',
        last_modified: now().toISOString(),
      },
      serverVersion: null,
      serverCopy: null,
      pendingFields: [],
      sample: 0,
      sortName: '',
    });
    store.edit('approach.relational', { next_step: 'Still saves' });
    clock.advance(AUTOSAVE_DELAY_MS);
    await until(() => store.saveStatus.value !== 'saving');
    expect(store.saveStatus.value).toBe('saved');
    expect((await db.answers.get(answer))?.value).toMatchObject({
      rating: 'strong',
      evidence: '',
      next_step: 'Still saves',
    });
    store.stop();
    db.close();
  });

  it('a principle stored as "not applicable" (a choice principles no longer offer) loads as unrated', async () => {
    const { db, store, clock } = await tab(uniqueDbName(), null);
    await store.create({ agency: 'Cedar Path', assessed_on: '2026-11-01' });
    const id = store.current.value!.assessment!.id;
    const answer = answerId(id, 'principle.relational');
    await db.answers.put({
      id: answer,
      value: {
        id: answer,
        assessment_id: id,
        item_id: 'principle.relational',
        rating: 'not-applicable',
        evidence: 'Answered before the change',
        next_step: '',
        last_modified: now().toISOString(),
      },
      serverVersion: null,
      serverCopy: null,
      pendingFields: [],
      sample: 0,
      sortName: '',
    });
    await until(() => (store.current.value?.answers.length ?? 0) === 1);
    // Kept as stored (the card says why it shows blank), counted nowhere.
    expect(store.answerOf('principle.relational')).toMatchObject({
      rating: 'not-applicable',
      evidence: 'Answered before the change',
    });
    const ratings = ratingsOf(store.current.value!.answers);
    expect(ratings.get('principle.relational')).toBeNull();
    expect(sectionProgress(ratings).find((p) => p.section === 'principles')).toMatchObject({ answered: 0 });
    // Rating it now saves as any other answer.
    store.edit('principle.relational', { rating: 'developing' });
    clock.advance(AUTOSAVE_DELAY_MS);
    await until(() => store.saveStatus.value === 'saved');
    expect((await db.answers.get(answer))?.value).toMatchObject({
      rating: 'developing',
      evidence: 'Answered before the change',
    });
    store.stop();
    db.close();
  });

  it('an action’s owner typed in place is journaled and saved even if the tab dies before a save', async () => {
    const dbName = uniqueDbName();
    const storage = memoryStorage();
    const first = await tab(dbName, storage);
    await first.store.create({ agency: 'Cedar Path', assessed_on: '2026-11-01' });
    await first.store.addAction({ text: 'Hire a peer worker', owner: '', due_on: null, item_id: null });
    await until(() => first.store.current.value!.actions.length === 1);
    const action = first.store.current.value!.actions[0]!;
    first.store.editAction(action, { owner: 'Director of programs', status: 'doing' });
    expect(first.store.actionOf(action)).toMatchObject({ owner: 'Director of programs', status: 'doing' });
    first.store.stop();
    first.db.close(); // no timer ever fired: nothing reached IndexedDB

    const next = await tab(dbName, storage);
    const stored = await next.db.actions.get(action.id);
    expect(stored?.value).toMatchObject({ owner: 'Director of programs', status: 'doing' });
    expect([...storage.map.keys()].filter((k) => k.startsWith(JOURNAL_PREFIX))).toEqual([]);
    next.store.stop();
    next.db.close();
  });
});

describe('the agency’s own items and program choices', () => {
  it('an own program: added unnamed, its name typed and journaled, saved after a tab dies, then removed', async () => {
    const dbName = uniqueDbName();
    const storage = memoryStorage();
    const first = await tab(dbName, storage);
    await first.store.create({ agency: 'Cedar Path', assessed_on: '2026-11-01' });
    const assessmentId = first.store.current.value!.assessment!.id;
    const item = await first.store.addOwnItem('programming');
    expect(item).toMatch(/^own\.program\./);
    expect(await first.store.addOwnItem('principles')).toBeNull();
    await until(() => first.store.current.value!.answers.length === 1);
    first.store.edit(item!, { label: 'Land-based retreat', rating: 'developing' });
    expect(first.store.answerOf(item!)).toMatchObject({ label: 'Land-based retreat', rating: 'developing' });
    first.store.stop();
    first.db.close(); // before any save

    const next = await tab(dbName, storage);
    const stored = await next.db.answers.get(answerId(assessmentId, item!));
    expect(stored?.value).toMatchObject({ item_id: item, label: 'Land-based retreat', rating: 'developing' });
    await next.store.open(assessmentId, 'programming');
    const ratings = ratingsOf(next.store.current.value!.answers);
    expect(sectionProgress(ratings).find((p) => p.section === 'programming')).toMatchObject({ answered: 1 });

    expect(await next.store.removeOwnItem(item!)).toBe(true);
    expect(await next.db.answers.get(answerId(assessmentId, item!))).toBeUndefined();
    // Made and removed before any sync: nothing is left for the hub (S1).
    const queued = await next.db.mutations
      .where('[entity+recordId]')
      .equals(['answer', answerId(assessmentId, item!)])
      .toArray();
    expect(queued).toEqual([]);
    next.store.stop();
    next.db.close();
  });

  it('program choices save at a tap, go back to the suggestion with null, and carry to the next assessment', async () => {
    const { db, store } = await tab(uniqueDbName(), null);
    await store.create({ agency: 'Cedar Path', assessed_on: '2025-11-01' });
    const first = store.current.value!.assessment!.id;
    const own = await store.addOwnItem('approaches', 'Two-eyed seeing');
    expect(await store.setProgramChoice('program.safer-shelter', { aspects: ['spiritual'] })).toBe(true);
    expect(await store.setProgramChoice('program.safer-shelter', { needs: [own as NeedId] })).toBe(true);
    expect(await store.setProgramChoice('program.case-worker', { aspects: ['physical'] })).toBe(true);
    expect(await store.setProgramChoice('program.case-worker', { aspects: null })).toBe(true);
    store.edit('program.safer-shelter', { rating: 'strong', evidence: 'Only this year’s evidence' });
    await store.flush();
    const shelter = await db.answers.get(answerId(first, 'program.safer-shelter'));
    expect(shelter?.value).toMatchObject({ aspects: ['spiritual'], needs: [own], rating: 'strong' });
    expect((await db.answers.get(answerId(first, 'program.case-worker')))?.value.aspects).toBeNull();

    // A year on, a new assessment of the same agency (written another way) starts with them.
    await until(() => (store.assessments.value ?? []).length === 1);
    await store.create({ agency: ' cedar path', assessed_on: '2026-11-01' });
    const second = store.current.value!.assessment!.id;
    await until(() => store.current.value!.answers.length === 2);
    const carried = Object.fromEntries(store.current.value!.answers.map((a) => [a.item_id, a]));
    expect(carried[own!]).toMatchObject({ label: 'Two-eyed seeing', rating: null, evidence: '' });
    expect(carried['program.safer-shelter']).toMatchObject({
      aspects: ['spiritual'],
      needs: [own],
      rating: null,
      evidence: '',
    });
    expect(carried['program.case-worker']).toBeUndefined();
    expect(second).not.toBe(first);

    // Another agency starts from the brief's lists and the app's suggestions.
    await until(() => (store.assessments.value ?? []).length === 2);
    await store.create({ agency: 'Birchlight', assessed_on: '2026-11-01' });
    expect(store.current.value!.answers).toEqual([]);
    store.stop();
    db.close();
  });
});
