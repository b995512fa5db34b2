import type { Translate } from '../../i18n';
import type { TransferKey } from '../../i18n/transfer';
import { type PlanSummary, planKey } from '../../state/transferMessages';
import type { TransferStore } from '../../state/transferStore';

/** Rows listed per group; the rest are counted ("and 19,880 more"). */
const SHOWN = 50;

type Row = PlanSummary['records'][number];

interface Props {
  tt: Translate<TransferKey>;
  store: TransferStore;
  summary: PlanSummary;
}

interface GroupProps {
  tt: Props['tt'];
  title: string;
  rows: Row[];
  detail: (r: Row) => string | null;
  /** The detail's language: a refusal's reason names HSDS fields, in English. */
  detailLang?: string;
}

function Group({ tt, title, rows, detail, detailLang }: GroupProps) {
  if (rows.length === 0) return null;
  return (
    <details>
      <summary>
        {title} ({rows.length.toLocaleString()})
      </summary>
      <ul class="plan-list">
        {rows.slice(0, SHOWN).map((r) => (
          <li key={planKey(r)}>
            <span class="muted">{tt(`tr.entity.${r.entity}` as TransferKey)}</span> <bdi>{r.label}</bdi>
            {detail(r) && (
              <span class="plan-detail" lang={detailLang}>
                {detail(r)}
              </span>
            )}
          </li>
        ))}
      </ul>
      {rows.length > SHOWN && (
        <p class="muted">{tt('tr.more', { count: (rows.length - SHOWN).toLocaleString() })}</p>
      )}
    </details>
  );
}

/** What an import would do, with a choice for each conflict, before anything is written. */
export function ImportPreview({ tt, store, summary }: Props) {
  const { counts, records } = summary;
  const of = (status: Row['status']) => records.filter((r) => r.status === status);
  const conflicts = of('conflict');
  const take = store.take.value;
  const writing = counts.new + counts.changed + take.size;
  const notes = (r: Row) => (r.notes.length > 0 ? r.notes.join('; ') : null);

  return (
    <section aria-labelledby="preview-title" class="preview">
      <h3 id="preview-title">{tt('tr.preview')}</h3>
      <p class="muted">{tt(`tr.format.${summary.format}` as TransferKey)}</p>
      <ul class="plan-counts">
        {(['new', 'changed', 'unchanged', 'conflict', 'invalid'] as const)
          .filter((status) => counts[status] > 0)
          .map((status) => (
            <li key={status} class={`plan-${status}`}>
              {tt(`tr.count.${status}`, { count: counts[status].toLocaleString() })}
            </li>
          ))}
      </ul>
      {summary.skipped > 0 && <p class="muted">{tt('tr.skipped', { count: summary.skipped })}</p>}
      {conflicts.length > 0 && (
        <fieldset>
          <legend>{tt('tr.list.conflict')}</legend>
          <p class="muted">{tt('tr.conflictHelp')}</p>
          {conflicts.slice(0, SHOWN * 4).map((r) => (
            <label key={planKey(r)} class="check">
              <input
                type="checkbox"
                checked={take.has(planKey(r))}
                onChange={(e) => store.toggleTake(planKey(r), e.currentTarget.checked)}
              />
              <span>
                {tt('tr.takeFile', { name: r.label })}
                {r.fields && (
                  <span class="plan-detail">{tt('tr.fields', { fields: r.fields.join(', ') })}</span>
                )}
              </span>
            </label>
          ))}
        </fieldset>
      )}
      <Group
        tt={tt}
        title={tt('tr.list.invalid')}
        rows={of('invalid')}
        detail={(r) => r.reason?.replace(/^Invalid \w+: /, '') ?? null}
        detailLang="en"
      />
      <Group tt={tt} title={tt('tr.list.new')} rows={of('new')} detail={notes} detailLang="en" />
      <Group
        tt={tt}
        title={tt('tr.list.changed')}
        rows={of('changed')}
        detail={(r) => (r.fields ? tt('tr.fields', { fields: r.fields.join(', ') }) : null)}
      />
      {writing === 0 && <p role="status">{tt('tr.nothing')}</p>}
      <p class="actions">
        <button type="button" disabled={writing === 0} onClick={() => store.confirm()}>
          {tt('tr.confirm', { count: writing.toLocaleString() })}
        </button>
        <button type="button" class="secondary" onClick={() => store.cancel()}>
          {tt('tr.cancel')}
        </button>
      </p>
    </section>
  );
}
