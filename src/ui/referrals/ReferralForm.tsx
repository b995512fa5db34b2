import { useEffect, useState } from 'preact/hooks';
import { localName, type MessageKey, type Translate, taxonomyKey } from '../../i18n';
import type { ReferralsKey } from '../../i18n/referrals';
import { NEEDS } from '../../model/coverage';
import {
  CONTACT_METHODS,
  type ContactMethod,
  maySendReferral,
  type Referral,
  SHARED_PARTS,
  type SharedPart,
} from '../../model/referral';
import type { TaxonomyId } from '../../model/taxonomy';
import { useApp, useT } from '../../state/context';

interface Props {
  tr: Translate<ReferralsKey>;
  serviceId: string;
}

const SHARE_LABEL: Record<SharedPart, ReferralsKey> = {
  needs: 'rf.share.needs',
  contact: 'rf.share.contact',
  summary: 'rf.share.summary',
};

/** A Toronto calendar day `days` from now, as the date field wants it. */
function dayFromNow(days: number): string {
  const at = new Date(Date.now() + days * 86_400_000);
  return new Intl.DateTimeFormat('en-CA', { timeZone: 'America/Toronto' }).format(at);
}

function toggle<T>(list: readonly T[], value: T, on: boolean): T[] {
  return on ? [...list.filter((v) => v !== value), value] : list.filter((v) => v !== value);
}

/**
 * A referral to one service's agency, with the least the receiving worker needs: an alias, and only
 * the parts the person agreed to share (needs, a safe way to reach them, a summary told once), until
 * a day they chose. Nothing here is kept as a draft: a half-typed referral never touches storage.
 */
export function ReferralForm({ tr, serviceId }: Props) {
  const app = useApp();
  const t = useT();
  const store = app.referrals.value;
  const member = app.network.membership.value;
  const item = app.directory.item(serviceId);
  const serviceName = item ? localName(item.service, app.locale.value) : tr('rf.unknownService');
  const [toAgency, setToAgency] = useState<string | null | undefined>(undefined);
  const [alias, setAlias] = useState('');
  const [share, setShare] = useState<SharedPart[]>([]);
  const [needs, setNeeds] = useState<string[]>([]);
  const [method, setMethod] = useState<ContactMethod>('call');
  const [detail, setDetail] = useState('');
  const [safeTimes, setSafeTimes] = useState('');
  const [noMessage, setNoMessage] = useState(true);
  const [toldOnce, setToldOnce] = useState('');
  const [until, setUntil] = useState(() => dayFromNow(30));
  const [agreed, setAgreed] = useState(false);
  const [busy, setBusy] = useState(false);
  const [said, setSaid] = useState<{ alert: boolean; text: string } | null>(null);
  const [sent, setSent] = useState(false);
  useEffect(() => {
    let live = true;
    void store?.agencyOfService(serviceId).then((agency) => live && setToAgency(agency));
    return () => {
      live = false;
    };
  }, [store, serviceId]);

  const title = <h1 id="refer-title">{tr('rf.form.title', { service: serviceName })}</h1>;
  if (!member?.agency || !store?.ready.value)
    return (
      <section aria-labelledby="refer-title">
        {title}
        <p>{member?.agency ? tr('rf.needLock') : tr('rf.needAgency')}</p>
      </section>
    );
  if (!maySendReferral(member.role, { peersMaySend: store.peersMaySend() }))
    return (
      <section aria-labelledby="refer-title">
        {title}
        <p>{tr('rf.form.mayNotSend')}</p>
      </section>
    );
  if (toAgency === null || toAgency === member.agency.id)
    return (
      <section aria-labelledby="refer-title">
        {title}
        <p>{tr('rf.form.noAgency')}</p>
      </section>
    );

  async function submit(event: Event) {
    event.preventDefault();
    if (!alias.trim()) return setSaid({ alert: true, text: tr('rf.problem.alias') });
    if (!agreed) return setSaid({ alert: true, text: tr('rf.problem.agreed') });
    if (!store || !toAgency) return;
    const referral: Referral = {
      alias: alias.trim(),
      consent: { share, withAgencies: [toAgency], until },
      toService: serviceId,
      createdAt: new Date().toISOString(),
      ...(share.includes('needs') && needs.length > 0 ? { needs: needs as Referral['needs'] } : {}),
      ...(share.includes('contact')
        ? {
            contact: {
              method,
              safeTimes: safeTimes.trim(),
              noMessage,
              ...(detail.trim() ? { detail: detail.trim() } : {}),
            },
          }
        : {}),
      ...(share.includes('summary') && toldOnce.trim() ? { toldOnce: toldOnce.trim() } : {}),
    };
    setBusy(true);
    setSaid({ alert: false, text: tr('rf.sending') });
    const problem = await store.send(referral, toAgency);
    setBusy(false);
    if (problem) return setSaid({ alert: true, text: tr(`rf.problem.${problem}` as ReferralsKey) });
    setSent(true);
    setSaid({ alert: false, text: tr('rf.sentDone') });
  }

  return (
    <section aria-labelledby="refer-title" class="refer">
      {title}
      <p class="muted">{tr('rf.form.intro')}</p>
      {sent ? (
        <>
          <p role="status" class="notice">
            {said?.text}
          </p>
          <p class="actions">
            <button type="button" onClick={() => app.navigation.switchTo({ name: 'referrals' })}>
              {tr('rf.title')}
            </button>
          </p>
        </>
      ) : (
        <form onSubmit={(e) => void submit(e)}>
          <label class="field">
            <span>{tr('rf.alias')}</span>
            <input
              type="text"
              value={alias}
              maxLength={40}
              autoComplete="off"
              aria-describedby="alias-help"
              onInput={(e) => setAlias((e.currentTarget as HTMLInputElement).value)}
            />
          </label>
          <p id="alias-help" class="muted">
            {tr('rf.aliasHelp')}
          </p>
          <fieldset>
            <legend>{tr('rf.share')}</legend>
            {SHARED_PARTS.map((part) => (
              <label key={part} class="check">
                <input
                  type="checkbox"
                  checked={share.includes(part)}
                  onChange={(e) =>
                    setShare(toggle(share, part, (e.currentTarget as HTMLInputElement).checked))
                  }
                />
                <span>{tr(SHARE_LABEL[part])}</span>
              </label>
            ))}
          </fieldset>
          {share.includes('needs') && (
            <fieldset>
              <legend>{tr('rf.needs')}</legend>
              {NEEDS.map((need) => (
                <label key={need} class="check">
                  <input
                    type="checkbox"
                    checked={needs.includes(need)}
                    onChange={(e) =>
                      setNeeds(toggle(needs, need, (e.currentTarget as HTMLInputElement).checked))
                    }
                  />
                  <span>{t(taxonomyKey(need as TaxonomyId) as MessageKey)}</span>
                </label>
              ))}
            </fieldset>
          )}
          {share.includes('contact') && (
            <>
              <fieldset>
                <legend>{tr('rf.method')}</legend>
                {CONTACT_METHODS.map((m) => (
                  <label key={m} class="check">
                    <input type="radio" name="method" checked={method === m} onChange={() => setMethod(m)} />
                    <span>{tr(`rf.method.${m}`)}</span>
                  </label>
                ))}
              </fieldset>
              <label class="field">
                <span>{tr('rf.detail')}</span>
                <input
                  type="text"
                  value={detail}
                  maxLength={200}
                  autoComplete="off"
                  onInput={(e) => setDetail((e.currentTarget as HTMLInputElement).value)}
                />
              </label>
              <label class="field">
                <span>{tr('rf.safeTimesLabel')}</span>
                <input
                  type="text"
                  value={safeTimes}
                  maxLength={200}
                  autoComplete="off"
                  aria-describedby="safe-times-help"
                  onInput={(e) => setSafeTimes((e.currentTarget as HTMLInputElement).value)}
                />
              </label>
              <p id="safe-times-help" class="muted">
                {tr('rf.safeTimesHelp')}
              </p>
              <label class="check">
                <input
                  type="checkbox"
                  checked={noMessage}
                  onChange={(e) => setNoMessage((e.currentTarget as HTMLInputElement).checked)}
                />
                <span>{tr('rf.noMessageLabel')}</span>
              </label>
            </>
          )}
          {share.includes('summary') && (
            <label class="field">
              <span>{tr('rf.toldOnceLabel')}</span>
              <textarea
                value={toldOnce}
                maxLength={2000}
                onInput={(e) => setToldOnce((e.currentTarget as HTMLTextAreaElement).value)}
              />
            </label>
          )}
          <label class="field">
            <span>{tr('rf.until')}</span>
            <input
              type="date"
              value={until}
              min={dayFromNow(0)}
              aria-describedby="until-help"
              onInput={(e) => setUntil((e.currentTarget as HTMLInputElement).value)}
            />
          </label>
          <p id="until-help" class="muted">
            {tr('rf.untilHelp')}
          </p>
          <label class="check">
            <input
              type="checkbox"
              checked={agreed}
              onChange={(e) => setAgreed((e.currentTarget as HTMLInputElement).checked)}
            />
            <span>{tr('rf.agreed')}</span>
          </label>
          <p class="actions">
            <button type="submit" disabled={busy || toAgency === undefined}>
              {tr('rf.send')}
            </button>
          </p>
          {said && (
            <p role={said.alert ? 'alert' : 'status'} class={said.alert ? 'alert' : 'muted'}>
              {said.text}
            </p>
          )}
        </form>
      )}
    </section>
  );
}
