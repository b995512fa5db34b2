// The workbook's state: the assessments on this device, the one open, its answers as the person
// edits them (autosaved field by field, journaled so nothing typed is lost), actions, and where they
// left off (remembered, so they resume).
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
  saveAnswerFields,
  saveRecord,
  writeSetting,
} from '../db';
import { LONG_TEXT_MAX, SHORT_TEXT_MAX } from '../model/common';
import { newRecordId } from '../model/ids';
import type { Wellbeing } from '../model/taxonomy';
import { foldText } from '../model/text';
import {
  ACTION_STATUSES,
  type Action,
  type Answer,
  type AnyItemId,
  type AnyProgramId,
  type Assessment,
  answerId,
  isItem,
  type NeedId,
  type OwnItemId,
  ownKindOf,
  RATINGS,
  type Rating,
  type SectionId,
  sharedSummaryId,
} from '../model/workbook';
import { createAutosaver, type Drafts, type SaveOutcome, type SaveProblem, type Scheduler } from './autosave';
import type { Journal, JournalEntry } from './journal';

export interface AnswerDraft {
  rating: Rating | null;
  evidence: string;
  next_step: string;
  /** An own item's name ('' for the brief's items). */
  label: string;
}

export interface WorkbookPosition {
  assessmentId: string;
  section: SectionId;
}

export type AnswerField = keyof AnswerDraft;
const ANSWER_FIELDS: readonly AnswerField[] = ['rating', 'evidence', 'next_step', 'label'];
const EMPTY: AnswerDraft = { rating: null, evidence: '', next_step: '', label: '' };

export function problemOf(error: CommandError): SaveProblem {
  switch (error.code) {
    case 'storage-full':
    case 'database-closed':
      return error.code;
    case 'invalid':
      return error.problems.some((p) => p.message.startsWith('is too long')) ? 'too-long' : 'invalid';
    default:
      return 'failed';
  }
}

/** Action fields edited in place (saved as typed, like answers). */
export type ActionField = 'owner' | 'due_on' | 'status';
const ACTION_FIELDS: readonly ActionField[] = ['owner', 'due_on', 'status'];

/** A field's draft as the journal may hold it, checked before it is believed. */
function validField(target: DraftTarget, field: string, value: unknown): boolean {
  if (target.kind === 'action') {
    if (field === 'owner') return typeof value === 'string';
    if (field === 'status') return (ACTION_STATUSES as readonly unknown[]).includes(value);
    return (
      field === 'due_on' &&
      (value === null || (typeof value === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(value)))
    );
  }
  if (field === 'rating') return value === null || (RATINGS as readonly unknown[]).includes(value);
  return (field === 'evidence' || field === 'next_step' || field === 'label') && typeof value === 'string';
}

/** What a draft belongs to: an answer ("assessment-id/item-id") or an action ("action:action-id"). */
type DraftTarget = { kind: 'answer'; assessmentId: string; item: AnyItemId } | { kind: 'action'; id: string };
const draftKey = (assessmentId: string, item: AnyItemId) => `${assessmentId}/${item}`;
const actionKey = (actionId: string) => `action:${actionId}`;
function parseDraftKey(key: string): DraftTarget | null {
  if (key.startsWith('action:')) return { kind: 'action', id: key.slice('action:'.length) };
  const slash = key.indexOf('/');
  const assessmentId = key.slice(0, slash);
  const item = key.slice(slash + 1);
  return slash > 0 && isItem(item) ? { kind: 'answer', assessmentId, item } : null;
}

/** Limits a field holds, checked before saving so that text over them is held back, not lost. */
function tooLong(field: string, value: unknown): SaveProblem | null {
  if (typeof value !== 'string') return null;
  const max = field === 'owner' || field === 'label' ? SHORT_TEXT_MAX : LONG_TEXT_MAX;
  return value.length > max ? 'too-long' : null;
}

/** Another window's value for a field this tab is typing in (saved: this tab's text replaced it). */
export interface ElsewhereNote {
  theirs: unknown;
  saved: boolean;
}

/** A draft begun on one stored value while the store now holds another, not this draft's own. */
function overwrites(draft: { value: unknown; base: unknown }, stored: unknown): boolean {
  return draft.base !== undefined && draft.base !== stored && draft.value !== stored;
}

export function createWorkbookStore(options: {
  db: CircleDatabase;
  now?: () => Date;
  scheduler?: Scheduler;
  journal?: Journal;
}) {
  const { db } = options;
  const ctx = { db, ...(options.now ? { now: options.now } : {}) };
  const assessments = signal<Assessment[] | null>(null);
  const current = signal<AssessmentRecords | null>(null);
  const position = signal<WorkbookPosition | null>(null);
  const disposers: Array<() => void> = [];
  let openSubscription: { unsubscribe(): void } | null = null;

  const autosaver = createAutosaver({
    ...(options.scheduler ? { scheduler: options.scheduler } : {}),
    ...(options.journal ? { journal: (drafts: Drafts) => options.journal?.write(drafts) } : {}),
    check: tooLong,
    save: async (key, fields): Promise<SaveOutcome> => {
      const target = parseDraftKey(key);
      if (!target) return { ok: true }; // nothing that could ever be saved: let it go
      if (target.kind === 'answer') noteOverwrites(key, target, fields);
      const result =
        target.kind === 'answer'
          ? await saveAnswerFields(ctx, target, fields)
          : await patchRecord(ctx, 'action', target.id, fields);
      // An action deleted meanwhile (here or in another tab) has nowhere to take the edit.
      if (!result.ok && result.error.code === 'not-found') return { ok: true };
      return result.ok ? { ok: true } : { ok: false, problem: problemOf(result.error) };
    },
  });

  /** Their text, for each answer field this tab saved over another tab's (or device's) change. */
  const replaced = signal<ReadonlyMap<string, unknown>>(new Map());

  function noteOverwrites(
    key: string,
    target: { assessmentId: string; item: AnyItemId },
    fields: object,
  ): void {
    const stored = storedAnswer(target.assessmentId, target.item);
    let next: Map<string, unknown> | null = null;
    for (const field of Object.keys(fields) as AnswerField[]) {
      const draft = autosaver.draft(key, field);
      if (draft && overwrites(draft, stored[field])) {
        next ??= new Map(replaced.peek());
        next.set(`${key}|${field}`, stored[field]);
      }
    }
    if (next) replaced.value = next;
  }

  /**
   * Saves what closed (or crashed) tabs had typed but not saved, then forgets their journal entries
   * (`orphans`: the entries as the app read them for every store that keeps drafts there).
   */
  async function replayJournal(orphans?: readonly JournalEntry[]): Promise<void> {
    const journal = options.journal;
    if (!journal) return;
    const entries = orphans ?? (await journal.orphans());
    const drafts: Drafts = {};
    for (const entry of entries) {
      for (const [key, fields] of Object.entries(entry.drafts)) {
        const target = parseDraftKey(key);
        if (!target) continue;
        const valid = Object.entries(fields).filter(([f, v]) => validField(target, f, v));
        if (valid.length > 0) drafts[key] = { ...drafts[key], ...Object.fromEntries(valid) };
      }
    }
    // Once in this tab's drafts (and so its own journal), the old entries can go.
    await autosaver.restore(drafts);
    for (const entry of entries) journal.discard(entry);
  }

  async function start(orphans?: readonly JournalEntry[]): Promise<void> {
    await replayJournal(orphans);
    const subscription = observeAssessments(db).subscribe({ next: (list) => (assessments.value = list) });
    disposers.push(() => subscription.unsubscribe());
    const remembered = await readSetting(db, 'workbook.position');
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
    try {
      await writeSetting(db, 'workbook.position', position.value);
    } catch {
      // A full disk must not stop the person from working: the position is only a convenience.
    }
  }

  async function close(): Promise<void> {
    await autosaver.flush();
    openSubscription?.unsubscribe();
    openSubscription = null;
    current.value = null;
  }

  /**
   * Shares the open assessment's summary with the network (W6, opt-in): ratings, programs and progress
   * only. Sharing again replaces what was shared; it syncs to every device of the network (S0).
   */
  async function shareSummary(): Promise<boolean> {
    const records = current.peek();
    if (!records?.assessment) return false;
    const { assessment, answers } = records;
    // The workbook's rules load with its screens, not with the first visit.
    const { assessmentSummary } = await import('../model/workbookRules');
    const result = await saveRecord(ctx, 'summary', {
      ...assessmentSummary(assessment, answers),
      id: sharedSummaryId(assessment.id),
      assessment_id: assessment.id,
      shared_at: (options.now ?? (() => new Date()))().toISOString(),
    });
    return result.ok;
  }

  /** Stops sharing: the summary is deleted on the hub and every device. */
  async function stopSharing(): Promise<boolean> {
    const id = current.peek()?.assessment?.id;
    if (!id) return false;
    const result = await deleteRecord(ctx, 'summary', sharedSummaryId(id));
    return result.ok || result.error.code === 'not-found';
  }

  /**
   * A new assessment of an agency starts with what its latest earlier one made its own: its own items
   * (names only, same ids, so the two compare) and its programs' needs and aspects. Ratings, evidence
   * and next steps start blank: the assessment is as of its own date.
   */
  async function carryOver(agency: string, intoId: string): Promise<void> {
    const same = (assessments.peek() ?? [])
      .filter((a) => a.id !== intoId && foldText(a.agency).trim() === foldText(agency).trim())
      .sort((a, b) => (a.assessed_on < b.assessed_on ? 1 : a.assessed_on > b.assessed_on ? -1 : 0));
    const latest = same[0];
    if (!latest) return;
    for (const a of await answersOf(latest.id)) {
      const fields = {
        ...(a.label !== undefined ? { label: a.label } : {}),
        ...(a.aspects ? { aspects: a.aspects } : {}),
        ...(a.needs ? { needs: a.needs } : {}),
      };
      if (Object.keys(fields).length > 0)
        await saveAnswerFields(ctx, { assessmentId: intoId, item: a.item_id }, fields);
    }
  }

  async function create(input: { agency: string; assessed_on: string; title?: string }) {
    const id = newRecordId();
    const result = await saveRecord(ctx, 'assessment', { id, ...input });
    if (result.ok) {
      await carryOver(input.agency, id);
      await open(id);
    }
    return result;
  }

  /** Adds the agency's own approach, knowledge or program to the open assessment; its id, or null. */
  async function addOwnItem(section: SectionId, label = ''): Promise<OwnItemId | null> {
    const assessmentId = current.peek()?.assessment?.id;
    const kind = ownKindOf(section);
    if (!assessmentId || !kind) return null;
    const item: OwnItemId = `own.${kind}.${newRecordId()}`;
    const result = await saveAnswerFields(ctx, { assessmentId, item }, { label: label.trim() });
    return result.ok ? item : null;
  }

  /** Removes an own item and its answer from the open assessment (after what was typed is saved). */
  async function removeOwnItem(item: OwnItemId): Promise<boolean> {
    const assessmentId = current.peek()?.assessment?.id;
    if (!assessmentId) return false;
    await autosaver.flush();
    const result = await deleteRecord(ctx, 'answer', answerId(assessmentId, item));
    return result.ok || result.error.code === 'not-found';
  }

  /**
   * Sets which aspects of well-being a program serves, or what it needs; null goes back to the app's
   * suggestion. A tap, not typing: saved at once.
   */
  async function setProgramChoice(
    program: AnyProgramId,
    choice: { aspects: Wellbeing[] | null } | { needs: NeedId[] | null },
  ): Promise<boolean> {
    const assessmentId = current.peek()?.assessment?.id;
    if (!assessmentId) return false;
    const result = await saveAnswerFields(ctx, { assessmentId, item: program }, choice);
    return result.ok;
  }

  function storedAnswer(assessmentId: string, item: AnyItemId): AnswerDraft {
    if (current.value?.assessment?.id !== assessmentId) return EMPTY;
    const stored = current.value.answers.find((a: Answer) => a.item_id === item);
    return stored
      ? {
          rating: stored.rating,
          evidence: stored.evidence,
          next_step: stored.next_step,
          label: stored.label ?? '',
        }
      : EMPTY;
  }

  /** What the screen shows for an item: each field's unsaved draft over the stored answer. */
  function answerOf(item: AnyItemId): AnswerDraft {
    void autosaver.version.value;
    const assessmentId = current.value?.assessment?.id;
    if (!assessmentId) return EMPTY;
    const key = draftKey(assessmentId, item);
    const stored = storedAnswer(assessmentId, item);
    const shown = { ...stored };
    for (const field of ANSWER_FIELDS)
      (shown as Record<AnswerField, unknown>)[field] = autosaver.shown(key, field, stored[field]);
    return shown;
  }

  /** Why an item is not saved, if it is not. */
  function problemOfItem(item: AnyItemId): SaveProblem | undefined {
    void autosaver.version.value;
    const assessmentId = current.value?.assessment?.id;
    return assessmentId ? autosaver.problem(draftKey(assessmentId, item)) : undefined;
  }

  /**
   * Fields of an item that another tab or device changed while this one held unsaved text: the
   * person is told, and sees the other text. The later save wins; once this tab's text has been
   * saved over theirs, the note stays (with their text) until the field is edited again.
   */
  function changedElsewhere(item: AnyItemId): Partial<Record<AnswerField, ElsewhereNote>> {
    void autosaver.version.value;
    const replacedNow = replaced.value;
    const assessmentId = current.value?.assessment?.id;
    if (!assessmentId) return {};
    const key = draftKey(assessmentId, item);
    const stored = storedAnswer(assessmentId, item);
    const out: Partial<Record<AnswerField, ElsewhereNote>> = {};
    for (const field of ANSWER_FIELDS) {
      const draft = autosaver.draft(key, field);
      const earlier = replacedNow.get(`${key}|${field}`);
      if (draft && overwrites(draft, stored[field])) out[field] = { theirs: stored[field], saved: false };
      else if (earlier !== undefined) out[field] = { theirs: earlier, saved: true };
    }
    return out;
  }

  function edit(item: AnyItemId, changes: Partial<AnswerDraft>): void {
    const assessmentId = current.value?.assessment?.id;
    if (!assessmentId) return;
    const stored = storedAnswer(assessmentId, item);
    for (const field of ANSWER_FIELDS) {
      if (!(field in changes)) continue;
      const key = draftKey(assessmentId, item);
      if (replaced.peek().has(`${key}|${field}`)) {
        const next = new Map(replaced.peek());
        next.delete(`${key}|${field}`);
        replaced.value = next;
      }
      autosaver.change(key, field, changes[field], stored[field]);
    }
  }

  /** What the screen shows for an action's owner and due date: drafts over the stored action. */
  function actionOf(action: Action): Pick<Action, ActionField> {
    void autosaver.version.value;
    const shown: Pick<Action, ActionField> = {
      owner: action.owner,
      due_on: action.due_on,
      status: action.status,
    };
    for (const field of ACTION_FIELDS)
      (shown as Record<ActionField, unknown>)[field] = autosaver.shown(
        actionKey(action.id),
        field,
        shown[field],
      );
    return shown;
  }

  function actionProblem(action: Action): SaveProblem | undefined {
    void autosaver.version.value;
    return autosaver.problem(actionKey(action.id));
  }

  function editAction(action: Action, changes: Partial<Pick<Action, ActionField>>): void {
    for (const field of ACTION_FIELDS)
      if (field in changes) autosaver.change(actionKey(action.id), field, changes[field], action[field]);
  }

  async function addAction(input: {
    text: string;
    owner: string;
    due_on: string | null;
    item_id: AnyItemId | null;
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

  /** Quick exit: nothing shown stays in memory; unsaved text is in the journal and saves next start. */
  function forget(): void {
    openSubscription?.unsubscribe();
    openSubscription = null;
    batch(() => {
      current.value = null;
    });
  }

  return {
    /** Saves the entries of tabs that were still open at start, once they are gone. */
    replayLate: (entries: readonly JournalEntry[]) => replayJournal(entries),
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
    addOwnItem,
    removeOwnItem,
    setProgramChoice,
    answerOf,
    problemOf: problemOfItem,
    changedElsewhere,
    edit,
    flush: () => autosaver.flush(),
    /** The device is being wiped: unsaved drafts go too. */
    discardDrafts: () => autosaver.discardAll(),
    addAction,
    actionOf,
    actionProblem,
    editAction,
    removeAction,
    answersOf,
    shareSummary,
    stopSharing,
    forget,
  };
}

export type WorkbookStore = ReturnType<typeof createWorkbookStore>;
