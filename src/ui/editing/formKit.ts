// What every field of an editing form shares: the form's draft and problems (through one context),
// paths into the draft (`phones.0.number`), and the ids that tie a field to its label and its error.
import { createContext } from 'preact';
import { useContext } from 'preact/hooks';
import type { EditScreen, FieldIssue, FormDraft } from '../../state/editorStore';

export interface FormApi {
  screen: EditScreen;
  draft: FormDraft;
  /** The record as loaded; null while creating one. */
  original: object | null;
  issues: readonly FieldIssue[];
  /** Sets the value at a dotted path of the draft. */
  set(path: string, value: unknown): void;
  update(change: (draft: FormDraft) => FormDraft): void;
}

export const FormContext = createContext<FormApi | null>(null);

export function useForm(): FormApi {
  const form = useContext(FormContext);
  if (!form) throw new Error('useForm() needs <FormContext.Provider>');
  return form;
}

/** The element id of the field at `path` (the summary's links and the first-problem focus use it). */
export function fieldId(path: string): string {
  return `f-${path.replace(/[^A-Za-z0-9_-]/g, '-')}`;
}

export const errorId = (path: string) => `${fieldId(path)}-error`;

export function getAt(target: unknown, path: string): unknown {
  let value = target;
  for (const key of path.split('.')) {
    if (value === null || typeof value !== 'object') return undefined;
    value = (value as Record<string, unknown>)[key];
  }
  return value;
}

function setIn(target: unknown, keys: readonly string[], value: unknown): unknown {
  const [head, ...rest] = keys;
  if (head === undefined) return value;
  if (Array.isArray(target)) {
    const copy = [...target];
    copy[Number(head)] = setIn(copy[Number(head)], rest, value);
    return copy;
  }
  const record = (target ?? {}) as Record<string, unknown>;
  return { ...record, [head]: setIn(record[head], rest, value) };
}

/** A copy of `target` with `value` at the dotted `path`. */
export function setAt<T>(target: T, path: string, value: unknown): T {
  return setIn(target, path.split('.'), value) as T;
}

/** The problem of the field at `path`, if the last save found one. */
export function useFieldProblem(path: string): FieldIssue | undefined {
  return useForm().issues.find((i) => i.field === path);
}

export function describedBy(...ids: Array<string | false | undefined>): string | undefined {
  const list = ids.filter(Boolean);
  return list.length > 0 ? list.join(' ') : undefined;
}

/** Moves focus to a field: the control itself, or the first control of a group. */
export function focusField(id: string): boolean {
  const element = document.getElementById(id);
  if (!element) return false;
  const target = element.matches('input, select, textarea, button')
    ? element
    : element.querySelector<HTMLElement>('input:checked, input, select, textarea');
  target?.focus();
  return !!target;
}
