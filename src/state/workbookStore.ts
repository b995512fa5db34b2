// The workbook's state: the assessments on this device, the one open, its answers as the person
// edits them (autosaved per item), actions, and where they left off (remembered, so they resume).
import { batch, signal } from '@preact/signals';
import {
  type AssessmentRecords,
  type CircleDatabase,
  type CommandError,
  deleteRecord,
  observeAssessment,
  observeAssessments,
  patchRecord,
  readSetting,
  saveRecord,
  writeSetting,
} from '../db';
import { newRecordId } from '../model/ids';
import {
  type Action,
  type ActionStatus,
  type Answer,
  type Assessment,
  answerId,
  type ItemId,
  type Rating,
  type SectionId,
} from '../model/workbook';
import { createAutosaver, type SaveOutcome, type Scheduler } from './autosave';

export interface AnswerDraft {
  rating: Rating | null;
  evidence: string;
  next_step: string;
}

export interface WorkbookPosition {
  assessmentId: string;
  section: SectionId;
}

const EMPTY: AnswerDraft = { rating: null, evidence: '', next_step: '' };

function reasonOf(error: CommandError): string {
  return error.code === 'storage-full' ? 'this device is out of storage space.' : error.message;
}

export function createWorkbookStore(options: {
  db: CircleDatabase;
  now?: () => Date;
  scheduler?: Scheduler;
}) {
  const { db } = options;
  const ctx = { db, ...(options.now ? { now: options.now } : {}) };
  const assessments = signal<Assessment[] | null>(null);
  const current = signal<AssessmentRecords | null>(null);
  const position = signal<WorkbookPosition | null>(null);
  /** Bumped on every local edit so screens re-read drafts. */
  const edits = signal(0);
  const disposers: Array<() => void> = [];
  let openSubscription: { unsubscribe(): void } | null = null;

  const autosaver = createAutosaver<{ assessmentId: string; item: ItemId; draft: AnswerDraft }>({
    ...(options.scheduler ? { scheduler: options.scheduler } : {}),
    save: async (_key, { assessmentId, item, draft }): Promise<SaveOutcome> => {
      const result = await saveRecord(ctx, 'answer', {
        id: answerId(assessmentId, item),
        assessment_id: assessmentId,
        item_id: item,
        ...draft,
      });
      edits.value += 1;
      return result.ok ? { ok: true } : { ok: false, reason: reasonOf(result.error) };
    },
  });

  async function start(): Promise<void> {
    const subscription = observeAssessments(db).subscribe({ next: (list) => (assessments.value = list) });
    disposers.push(() => subscription.unsubscribe());
    const remembered = await readSetting<WorkbookPosition>(db, 'workbook.position');
    if (remembered) position.value = remembered;
  }

  function stop(): void {
    openSubscription?.unsubscribe();
    for (const dispose of disposers.splice(0)) dispose();
  }

  async function open(assessmentId: string, section: SectionId = 'approaches'): Promise<void> {
    await autosaver.flush();
    openSubscription?.unsubscribe();
    current.value = null;
    await new Promise<void>((ready) => {
      openSubscription = observeAssessment(db, assessmentId).subscribe({
        next: (records) => {
          current.value = records;
          ready();
        },
      });
    });
    await goTo(section);
  }

  async function goTo(section: SectionId): Promise<void> {
    const assessmentId = current.value?.assessment?.id;
    if (!assessmentId) return;
    position.value = { assessmentId, section };
    await writeSetting(db, 'workbook.position', position.value);
  }

  async function close(): Promise<void> {
    await autosaver.flush();
    openSubscription?.unsubscribe();
    openSubscription = null;
    current.value = null;
  }

  async function create(input: { agency: string; assessed_on: string; title?: string }) {
    const id = newRecordId();
    const result = await saveRecord(ctx, 'assessment', { id, ...input });
    if (result.ok) await open(id);
    return result;
  }

  /** What the screen shows for an item: the unsaved draft over the stored answer. */
  function answerOf(item: ItemId): AnswerDraft {
    void edits.value;
    const assessmentId = current.value?.assessment?.id;
    if (!assessmentId) return EMPTY;
    const draft = autosaver.draft(item)?.draft;
    if (draft) return draft;
    const stored = current.value?.answers.find((a: Answer) => a.item_id === item);
    return stored ? { rating: stored.rating, evidence: stored.evidence, next_step: stored.next_step } : EMPTY;
  }

  function edit(item: ItemId, changes: Partial<AnswerDraft>): void {
    const assessmentId = current.value?.assessment?.id;
    if (!assessmentId) return;
    autosaver.change(item, { assessmentId, item, draft: { ...answerOf(item), ...changes } });
    edits.value += 1;
  }

  async function addAction(input: {
    text: string;
    owner: string;
    due_on: string | null;
    item_id: ItemId | null;
  }) {
    const assessmentId = current.value?.assessment?.id;
    if (!assessmentId) return null;
    return saveRecord(ctx, 'action', {
      id: newRecordId(),
      assessment_id: assessmentId,
      status: 'todo',
      ...input,
    });
  }

  function setActionStatus(action: Action, status: ActionStatus) {
    return patchRecord(ctx, 'action', action.id, { status });
  }

  function updateAction(action: Action, changes: Partial<Pick<Action, 'owner' | 'due_on' | 'text'>>) {
    return patchRecord(ctx, 'action', action.id, changes);
  }

  function removeAction(action: Action) {
    return deleteRecord(ctx, 'action', action.id);
  }

  /** Another assessment's answers, for comparing. */
  function answersOf(assessmentId: string): Promise<Answer[]> {
    return new Promise((resolve) => {
      const sub = observeAssessment(db, assessmentId).subscribe({
        next: (records) => {
          resolve(records.answers);
          queueMicrotask(() => sub.unsubscribe());
        },
      });
    });
  }

  function forget(): void {
    openSubscription?.unsubscribe();
    openSubscription = null;
    batch(() => {
      current.value = null;
      edits.value += 1;
    });
  }

  return {
    assessments,
    current,
    position,
    saveStatus: autosaver.status,
    saveFailure: autosaver.failure,
    start,
    stop,
    open,
    goTo,
    close,
    create,
    answerOf,
    edit,
    flush: () => autosaver.flush(),
    addAction,
    setActionStatus,
    updateAction,
    removeAction,
    answersOf,
    forget,
  };
}

export type WorkbookStore = ReturnType<typeof createWorkbookStore>;
