import type { Ref } from 'preact';
import { LOCALE_TAGS } from '../../i18n';
import { useApp, useT } from '../../state/context';
import type { FieldIssue } from '../../state/editorStore';
import { fieldId, focusField } from './formKit';
import { fieldLabel, issueMessage } from './problems';
import { useTe } from './words';

interface Props {
  issues: readonly FieldIssue[];
  /** Field ids in the order the form shows them: the list follows the page, not the schema. */
  order: readonly string[];
  heading: Ref<HTMLHeadingElement>;
}

/** Above the form after a refused save: every problem, each a link that takes focus to its field. */
export function ErrorSummary({ issues, order, heading }: Props) {
  const t = useT();
  const te = useTe();
  const { locale } = useApp();
  if (issues.length === 0) return null;
  const format = (n: number) => n.toLocaleString(LOCALE_TAGS[locale.value]);
  const seen = new Set<string>();
  const unique = issues.filter((i) => !seen.has(i.field) && seen.add(i.field));
  const position = (issue: FieldIssue) => {
    const at = order.indexOf(fieldId(issue.field));
    return at === -1 ? order.length : at;
  };
  const sorted = [...unique].sort((a, b) => position(a) - position(b));
  return (
    <section class="error-summary" aria-labelledby="error-summary-title">
      <h2 id="error-summary-title" tabIndex={-1} ref={heading}>
        {te('ed.errorSummary', { count: sorted.length })}
      </h2>
      <ul>
        {sorted.map((issue) => {
          const id = fieldId(issue.field);
          const text = te('ed.summaryItem', {
            field: fieldLabel(issue.field, t, te),
            problem: issueMessage(issue, te, format),
          });
          return (
            <li key={issue.field}>
              {order.includes(id) ? (
                <a
                  href={`#${id}`}
                  onClick={(event) => {
                    event.preventDefault();
                    focusField(id);
                  }}
                >
                  {text}
                </a>
              ) : (
                text
              )}
            </li>
          );
        })}
      </ul>
    </section>
  );
}
