import { LOCALE_TAGS } from '../../i18n';
import { useApp } from '../../state/context';
import { errorId, useFieldProblem } from './formKit';
import { issueMessage } from './problems';
import { useTe } from './words';

interface Props {
  path: string;
}

/** What the last save found wrong with a field, in the reader's words; nothing when all is well. */
export function FieldError({ path }: Props) {
  const issue = useFieldProblem(path);
  const te = useTe();
  const { locale } = useApp();
  if (!issue) return null;
  const format = (n: number) => n.toLocaleString(LOCALE_TAGS[locale.value]);
  return (
    <span id={errorId(path)} class="field-error">
      {issueMessage(issue, te, format)}
    </span>
  );
}
