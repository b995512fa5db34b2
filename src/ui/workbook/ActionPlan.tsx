import { useState } from 'preact/hooks';
import type { WorkbookKey } from '../../i18n/workbook';
import { SHORT_TEXT_MAX } from '../../model/common';
import { ACTION_STATUSES, type Action, type ActionStatus } from '../../model/workbook';
import { isOverdueAt } from '../../model/workbookRules';
import type { SaveProblem } from '../../state/autosave';
import { useApp } from '../../state/context';
import { problemOf } from '../../state/workbookStore';
import { useNow } from '../useNow';
import { useTw } from './words';

interface Props {
  actions: readonly Action[];
}

/** Next steps as actions with an owner, a due date and a status; overdue ones stand out. */
export function ActionPlan({ actions }: Props) {
  const { workbook } = useApp();
  const tw = useTw();
  const [text, setText] = useState('');
  const [owner, setOwner] = useState('');
  const [due, setDue] = useState('');
  const [error, setError] = useState<SaveProblem | null>(null);
  const now = useNow(60_000);
  const sorted = [...actions].sort((a, b) => (a.due_on ?? '9999').localeCompare(b.due_on ?? '9999'));
  return (
    <section aria-labelledby="actions-title">
      <h2 id="actions-title">{tw('wb.actions')}</h2>
      {sorted.length === 0 && <p>{tw('wb.actionsNone')}</p>}
      <ul class="services">
        {sorted.map((a) => {
          const overdue = isOverdueAt(a, now);
          const shown = workbook.actionOf(a);
          const problem = workbook.actionProblem(a);
          return (
            <li key={a.id} class={`card action${overdue ? ' overdue' : ''}`}>
              <p>
                <strong>{a.text}</strong>
              </p>
              {overdue && <p class="tag overdue-tag">{tw('wb.action.overdue')}</p>}
              <label class="field">
                <span>{tw('wb.action.owner')}</span>
                <input
                  type="text"
                  aria-describedby="wb-action-hint"
                  value={shown.owner}
                  maxLength={SHORT_TEXT_MAX}
                  onInput={(e) =>
                    workbook.editAction(a, { owner: (e.currentTarget as HTMLInputElement).value })
                  }
                />
              </label>
              <label class="field">
                <span>{tw('wb.action.due')}</span>
                <input
                  type="date"
                  value={shown.due_on ?? ''}
                  onInput={(e) =>
                    workbook.editAction(a, { due_on: (e.currentTarget as HTMLInputElement).value || null })
                  }
                />
              </label>
              <label class="field">
                <span>{tw('wb.action.status')}</span>
                <select
                  value={shown.status}
                  onChange={(e) =>
                    workbook.editAction(a, {
                      status: (e.currentTarget as HTMLSelectElement).value as ActionStatus,
                    })
                  }
                >
                  {ACTION_STATUSES.map((s) => (
                    <option key={s} value={s}>
                      {tw(`wb.action.status.${s}` as WorkbookKey)}
                    </option>
                  ))}
                </select>
              </label>
              {problem && (
                <p class="field-error" role="alert">
                  {tw('wb.saveFailed', { reason: tw(`wb.problem.${problem}` as WorkbookKey) })}
                </p>
              )}
            </li>
          );
        })}
      </ul>
      <form
        class="field"
        onSubmit={(e) => {
          e.preventDefault();
          if (!text.trim()) return;
          void workbook.addAction({ text, owner, due_on: due || null, item_id: null }).then((r) => {
            if (r?.ok) {
              setText('');
              setOwner('');
              setDue('');
              setError(null);
            } else if (r) setError(problemOf(r.error));
          });
        }}
      >
        <p id="wb-action-hint" class="muted hint">
          {tw('wb.noNamesHint')}
        </p>
        <label class="field">
          <span>{tw('wb.action.text')}</span>
          <input
            type="text"
            aria-describedby="wb-action-hint"
            value={text}
            onInput={(e) => setText((e.currentTarget as HTMLInputElement).value)}
          />
        </label>
        <label class="field">
          <span>{tw('wb.action.owner')}</span>
          <input
            type="text"
            aria-describedby="wb-action-hint"
            value={owner}
            onInput={(e) => setOwner((e.currentTarget as HTMLInputElement).value)}
          />
        </label>
        <label class="field">
          <span>{tw('wb.action.due')}</span>
          <input
            type="date"
            value={due}
            onInput={(e) => setDue((e.currentTarget as HTMLInputElement).value)}
          />
        </label>
        <button type="submit" class="secondary">
          {tw('wb.action.add')}
        </button>
        {error && (
          <p class="field-error" role="alert">
            {tw('wb.saveFailed', { reason: tw(`wb.problem.${error}` as WorkbookKey) })}
          </p>
        )}
      </form>
    </section>
  );
}
