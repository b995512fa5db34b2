import { describe, expect, it } from 'vitest';
import { manualScheduler } from '../../tests/fixtures/manualClock';
import { uniqueDbName } from '../../tests/fixtures/records';
import { openDatabase } from '../db';
import { AUTOSAVE_DELAY_MS } from './autosave';
import { createWorkbookStore } from './workbookStore';

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
    });
    expect(await db.answers.count()).toBe(0);
    clock.advance(AUTOSAVE_DELAY_MS);
    await until(() => store.saveStatus.value === 'saved');
    expect(await db.answers.count()).toBe(1);
    expect(await db.mutations.where('recordId').equals(id).count()).toBe(1);
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
    await store.setActionStatus(action, 'done');
    await until(() => store.current.value!.actions[0]?.status === 'done');
    expect(store.current.value!.actions[0]?.status).toBe('done');
    store.stop();
    db.close();
  });
});
