import { useState } from 'preact/hooks';
import {
  formatDate,
  formatDateTime,
  localName,
  type MessageKey,
  type Translate,
  taxonomyKey,
} from '../../i18n';
import type { ReferralsKey } from '../../i18n/referrals';
import { mayChangeStatus, REFERRAL_STATUSES, type ReferralStatus } from '../../model/referral';
import { TURN_AWAY_REASONS, type TurnAwayReason } from '../../model/referralStats';
import type { TaxonomyId } from '../../model/taxonomy';
import { useApp, useT } from '../../state/context';
import type { ReferralView } from '../../state/referralStore';

interface Props {
  tr: Translate<ReferralsKey>;
}

const ACTION: Partial<Record<ReferralStatus, ReferralsKey>> = {
  received: 'rf.markReceived',
  accepted: 'rf.accept',
  declined: 'rf.decline',
  completed: 'rf.complete',
};

function useServiceName() {
  const { directory, locale } = useApp();
  return (id: string | undefined, tr: Translate<ReferralsKey>) => {
    const item = id ? directory.item(id) : null;
    return item ? localName(item.service, locale.value) : tr('rf.unknownService');
  };
}

/** One referral as the two agencies read it: who, what, how to reach safely, what happened. */
function ReferralCard({ tr, view }: Props & { view: ReferralView }) {
  const app = useApp();
  const t = useT();
  const serviceName = useServiceName();
  const locale = app.locale.value;
  const [note, setNote] = useState('');
  const [reason, setReason] = useState<TurnAwayReason | ''>('');
  const [said, setSaid] = useState<string | null>(null);
  const r = view.referral;
  const titleId = `referral-${view.id}`;
  const next =
    view.direction === 'received'
      ? REFERRAL_STATUSES.filter((s) => mayChangeStatus('receiver', view.status, s))
      : [];
  async function change(status: ReferralStatus) {
    const problem = await app.referrals.value?.changeStatus(view.id, status, note, reason || undefined);
    if (problem) setSaid(tr(`rf.problem.${problem}` as ReferralsKey));
    else {
      setNote('');
      setReason('');
      setSaid(tr('rf.changed'));
    }
  }
  return (
    <li>
      <article class="card referral" aria-labelledby={titleId}>
        <h3 id={titleId}>{r.alias}</h3>
        <p>
          {view.direction === 'sent'
            ? tr('rf.to', { service: serviceName(r.toService, tr) })
            : r.fromService
              ? tr('rf.from', { service: serviceName(r.fromService, tr) })
              : tr('rf.fromAgency')}
        </p>
        <p>
          <strong>{tr('rf.status', { status: tr(`rf.status.${view.status}`) })}</strong>
          {view.changes.some((c) => c.unsent) && <> · {tr('rf.unsent')}</>}
        </p>
        <h4>{tr('rf.needs')}</h4>
        {r.needs ? (
          <ul class="tags">
            {r.needs.map((n) => (
              <li key={n}>{t(taxonomyKey(n as TaxonomyId) as MessageKey)}</li>
            ))}
          </ul>
        ) : (
          <p class="muted">{tr('rf.notShared')}</p>
        )}
        <h4>{tr('rf.contact')}</h4>
        {r.contact ? (
          <>
            <p>
              {tr(`rf.method.${r.contact.method}`)}
              {r.contact.detail ? ` · ${r.contact.detail}` : ''}
            </p>
            <p>{tr('rf.safeTimes', { times: r.contact.safeTimes })}</p>
            {r.contact.noMessage && <p class="warn">{tr('rf.noMessage')}</p>}
          </>
        ) : (
          <p class="muted">{tr('rf.notShared')}</p>
        )}
        <h4>{tr('rf.toldOnce')}</h4>
        {r.toldOnce ? (
          <>
            <p class="muted">{tr('rf.toldOnceHelp')}</p>
            <p class="told-once">{r.toldOnce}</p>
          </>
        ) : (
          <p class="muted">{tr('rf.notShared')}</p>
        )}
        <p class="muted">
          {tr('rf.consentUntil', {
            date: formatDate(locale, r.consent.until),
            purge: formatDate(locale, view.purgeAt.slice(0, 10)),
          })}
        </p>
        {view.changes.length > 0 && (
          <>
            <h4>{tr('rf.history')}</h4>
            <ul>
              {view.changes.map((c, i) => (
                <li key={i}>
                  {tr('rf.change', {
                    status: tr(`rf.status.${c.status}`),
                    date: formatDateTime(locale, c.at),
                  })}{' '}
                  {tr(`rf.by.${c.side}`)}
                  {c.reason && <p>{tr('rf.reasonShown', { reason: tr(`rf.${c.reason}`) })}</p>}
                  {c.note && <p class="told-once">{c.note}</p>}
                </li>
              ))}
            </ul>
          </>
        )}
        {next.length > 0 && (
          <div class="referral-actions">
            <label class="field">
              <span>{tr('rf.note')}</span>
              <textarea
                value={note}
                maxLength={1000}
                aria-describedby={`${titleId}-note-help`}
                onInput={(e) => setNote((e.currentTarget as HTMLTextAreaElement).value)}
              />
            </label>
            <p id={`${titleId}-note-help`} class="muted">
              {tr('rf.noteHelp')}
            </p>
            {next.includes('declined') && (
              <>
                <label class="field">
                  <span>{tr('rf.reason')}</span>
                  <select
                    value={reason}
                    aria-describedby={`${titleId}-reason-help`}
                    onChange={(e) =>
                      setReason((e.currentTarget as HTMLSelectElement).value as TurnAwayReason | '')
                    }
                  >
                    <option value="">{tr('rf.reasonNone')}</option>
                    {TURN_AWAY_REASONS.map((r) => (
                      <option key={r} value={r}>
                        {tr(`rf.${r}`)}
                      </option>
                    ))}
                  </select>
                </label>
                <p id={`${titleId}-reason-help`} class="muted">
                  {tr('rf.reasonHelp')}
                </p>
              </>
            )}
            <p class="actions">
              {next.map((status) => (
                <button
                  key={status}
                  type="button"
                  class={status === 'declined' ? 'secondary' : undefined}
                  onClick={() => void change(status)}
                >
                  {tr(ACTION[status] as ReferralsKey)}
                </button>
              ))}
            </p>
          </div>
        )}
        <p role="status" class="muted">
          {said ?? ''}
        </p>
      </article>
    </li>
  );
}

function List({ tr, views, title, id }: Props & { views: ReferralView[]; title: string; id: string }) {
  return (
    <section aria-labelledby={id}>
      <h2 id={id}>{title}</h2>
      {views.length === 0 ? (
        <p class="muted">{tr('rf.none')}</p>
      ) : (
        <ul class="referrals">
          {views.map((v) => (
            <ReferralCard key={v.id} tr={tr} view={v} />
          ))}
        </ul>
      )}
    </section>
  );
}

/** Referrals received and sent, for a member of an agency with the lock open. */
export function ReferralsScreen({ tr }: Props) {
  const app = useApp();
  const member = app.network.membership.value;
  const lockStatus = app.lock.status.value;
  const store = app.referrals.value;
  const body = () => {
    if (!member?.agency) return <p>{tr('rf.needAgency')}</p>;
    if (lockStatus === 'off')
      return (
        <>
          <p class="notice">{tr('rf.needLock')}</p>
          <p class="actions">
            <button type="button" onClick={() => app.navigation.switchTo({ name: 'settings' })}>
              {tr('rf.openSettings')}
            </button>
          </p>
        </>
      );
    if (!store?.ready.value) return <p role="status">{tr('rf.preparing')}</p>;
    const views = store.referrals.value;
    return (
      <>
        <p>{tr('rf.fingerprint', { number: store.fingerprint.value ?? '' })}</p>
        <p class="muted">{tr('rf.fingerprintHelp')}</p>
        {store.unsent.value > 0 && (
          <p class="notice">{tr('rf.unsentCount', { count: store.unsent.value })}</p>
        )}
        {store.unreadable.value.length > 0 && (
          <p class="warn">{tr('rf.unreadable', { count: store.unreadable.value.length })}</p>
        )}
        <List
          tr={tr}
          id="referrals-received"
          title={tr('rf.received')}
          views={views.filter((v) => v.direction === 'received')}
        />
        <List
          tr={tr}
          id="referrals-sent"
          title={tr('rf.sent')}
          views={views.filter((v) => v.direction === 'sent')}
        />
      </>
    );
  };
  return (
    <section aria-labelledby="referrals-title" class="referrals-screen">
      <h1 id="referrals-title">{tr('rf.title')}</h1>
      <p class="muted">{tr('rf.intro')}</p>
      {body()}
    </section>
  );
}
