import { useEffect, useState } from 'preact/hooks';
import { formatDate } from '../../i18n';
import type { WorkbookKey } from '../../i18n/workbook';
import type { Assessment } from '../../model/workbook';
import { compareAssessments, type ItemChange, type Ratings, ratingsOf } from '../../model/workbookRules';
import { useApp } from '../../state/context';
import { type Labeler, ratingWords } from './ratingWords';
import { useTw } from './words';

interface Props {
  assessment: Assessment;
  ratings: Ratings;
  label: Labeler;
}

/** Which items moved since an earlier assessment, and how. */
export function ComparePanel({ assessment, ratings, label }: Props) {
  const { workbook, locale } = useApp();
  const tw = useTw();
  const others = (workbook.assessments.value ?? []).filter((a) => a.id !== assessment.id);
  const [otherId, setOtherId] = useState(others[0]?.id ?? '');
  const [changes, setChanges] = useState<ItemChange[] | null>(null);
  useEffect(() => {
    if (!otherId) return;
    let live = true;
    void workbook.answersOf(otherId).then((answers) => {
      if (live) setChanges(compareAssessments(ratingsOf(answers), ratings));
    });
    return () => {
      live = false;
    };
  }, [otherId, ratings, workbook]);
  return (
    <section aria-labelledby="compare-title">
      <h2 id="compare-title">{tw('wb.compare')}</h2>
      {others.length === 0 ? (
        <p>{tw('wb.compareNone')}</p>
      ) : (
        <>
          <label class="field">
            <span>{tw('wb.compareWith')}</span>
            <select
              value={otherId}
              onChange={(e) => setOtherId((e.currentTarget as HTMLSelectElement).value)}
            >
              {others.map((a) => (
                <option key={a.id} value={a.id}>
                  {a.agency} · {formatDate(locale.value, a.assessed_on)}
                </option>
              ))}
            </select>
          </label>
          {changes && changes.length === 0 && <p>{tw('wb.compareNothing')}</p>}
          {changes && changes.length > 0 && (
            <ul class="changes">
              {changes.map((c) => (
                <li key={c.item}>
                  {tw('wb.change', {
                    movement: tw(`wb.movement.${c.movement}` as WorkbookKey),
                    item: label(c.item),
                    from: ratingWords(c.item, c.from, tw),
                    to: ratingWords(c.item, c.to, tw),
                  })}
                </li>
              ))}
            </ul>
          )}
        </>
      )}
    </section>
  );
}
