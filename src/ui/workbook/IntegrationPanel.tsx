import type { MessageKey } from '../../i18n';
import { integrationFlags, type Ratings } from '../../model/workbookRules';
import { useT } from '../../state/context';
import { useTw } from './words';

interface Props {
  ratings: Ratings;
}

/** Programs offered without the approaches and knowledges that must carry them. */
export function IntegrationPanel({ ratings }: Props) {
  const t = useT();
  const tw = useTw();
  const flags = integrationFlags(ratings);
  return (
    <section aria-labelledby="integration-title">
      <h2 id="integration-title">{tw('wb.integration')}</h2>
      {flags.length === 0 ? (
        <p>{tw('wb.integrationNone')}</p>
      ) : (
        <ul class="flags">
          {flags.map((f) => (
            <li key={f.program} class="alert">
              {tw('wb.integrationFlag', {
                program: t(`taxonomy.${f.program}` as MessageKey),
                missing: f.missing.map((m) => t(`taxonomy.${m}` as MessageKey)).join(', '),
              })}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
