import type { Signal } from '@preact/signals';
import type { ComponentChildren } from 'preact';
import { useEffect, useRef, useState } from 'preact/hooks';
import { useApp } from '../../state/context';
import type { EditScreen, FormState } from '../../state/editorStore';
import { ConfirmDialog } from '../ConfirmDialog';
import { ErrorSummary } from './ErrorSummary';
import { type FormApi, FormContext, setAt } from './formKit';
import { RestoredNote } from './RestoredNote';
import { SavedNote } from './SavedNote';
import { useEditor } from './useEditor';
import { useTe } from './words';

interface Props {
  screen: EditScreen;
  form: Signal<FormState>;
  title: string;
  /** The record's name under the title, when editing one. */
  subtitle?: string | undefined;
  children: ComponentChildren;
}

/**
 * The frame of every editing form: its title, the problems of the last save (summary at the top, each
 * at its field, focus on the first), Save and Cancel (which asks before dropping changes). A saved form
 * goes back to where the person came from, which says "Saved.". A form that holds what was typed in it
 * before (kept through a reload or a crash) says so, with a way to discard it.
 */
export function EditForm({ screen, form, title, subtitle, children }: Props) {
  const editor = useEditor();
  const { navigation } = useApp();
  const te = useTe();
  const state = form.value;
  const heading = useRef<HTMLHeadingElement>(null);
  const summaryHeading = useRef<HTMLHeadingElement>(null);
  const failure = useRef<HTMLParagraphElement>(null);
  const element = useRef<HTMLFormElement>(null);
  const dialog = useRef<HTMLDialogElement>(null);
  const [order, setOrder] = useState<string[]>([]);

  // A form the person comes back to (from a new organization, say) keeps its problems without
  // taking focus again: only a refusal seen here moves focus to the first problem.
  const refusalsSeen = useRef(state.refusals);

  useEffect(() => heading.current?.focus(), []);
  useEffect(() => {
    // After every field has shown its problem: fields are context consumers that Preact may render
    // after this component, so the look for the first problem waits for them.
    const timer = setTimeout(() => {
      const form = element.current;
      if (!form) return;
      setOrder([...form.querySelectorAll('[id^="f-"]')].map((e) => e.id));
      if (state.refusals === refusalsSeen.current) return;
      refusalsSeen.current = state.refusals;
      const first = form.querySelector<HTMLElement>('[aria-invalid="true"]');
      if (first) first.focus();
      else (failure.current ?? summaryHeading.current)?.focus();
    }, 0);
    return () => clearTimeout(timer);
  }, [state.issues, state.refusals]);

  const api: FormApi = {
    screen,
    draft: state.draft,
    original: state.original,
    issues: state.issues,
    set: (path, value) => editor.edit(screen, (draft) => setAt(draft, path, value)),
    update: (change) => editor.edit(screen, change),
  };
  const leave = () => {
    editor.discard(screen);
    navigation.back();
  };

  return (
    <section class="editing" aria-labelledby="edit-title">
      <h1 id="edit-title" tabIndex={-1} ref={heading}>
        {title}
      </h1>
      {subtitle && <p class="org">{subtitle}</p>}
      <SavedNote />
      <p class="muted">{te('ed.intro')}</p>
      {state.restored && <RestoredNote onDiscard={() => editor.discardRestored(screen)} />}
      {state.failure && (
        <p role="alert" class="alert" tabIndex={-1} ref={failure}>
          {te(`ed.fail.${state.failure}`)}
        </p>
      )}
      <ErrorSummary issues={state.issues} order={order} heading={summaryHeading} />
      <form
        ref={element}
        noValidate
        onSubmit={async (event) => {
          event.preventDefault();
          if (await editor.submit(screen)) navigation.back();
        }}
      >
        <FormContext.Provider value={api}>{children}</FormContext.Provider>
        <p class="actions form-actions">
          <button type="submit" aria-disabled={state.saving ? true : undefined}>
            {state.saving ? te('ed.saving') : te('ed.save')}
          </button>
          <button
            type="button"
            class="secondary"
            onClick={() => (editor.dirty(screen) ? dialog.current?.showModal() : leave())}
          >
            {te('ed.cancel')}
          </button>
        </p>
      </form>
      <ConfirmDialog
        dialog={dialog}
        title={te('ed.discardTitle')}
        body={te('ed.discardBody')}
        cancelLabel={te('ed.keepEditing')}
        confirmLabel={te('ed.discardConfirm')}
        onConfirm={leave}
      />
    </section>
  );
}
