import type { ComponentChildren } from 'preact';
import { useEffect, useRef } from 'preact/hooks';
import { communityById } from '../data/reference';
import { formatDate } from '../i18n';
import { useApp, useT } from '../state/context';
import { phoneHref, shareCardText } from './format';
import { type LocalText, localField } from './localText';
import { ServiceFacts } from './ServiceFacts';
import { ShareButton } from './ShareButton';
import { useLazy } from './useLazy';

async function loadEditPanel() {
  return (await import('./editing/ServiceEditPanel')).ServiceEditPanel;
}

async function loadFallbackNote() {
  return (await import('./editing/FallbackNote')).FallbackNote;
}

interface Props {
  id: string;
}

interface ShownProps {
  shown: LocalText | null | undefined;
  /** "Not available in French; shown in English" beside a text in the other language. */
  note: ComponentChildren;
  class?: string;
  role?: 'note';
}

/** A text in the reader's language, or in the other one with its `lang` and a note that says so. */
function Shown({ shown, note, class: className, role }: ShownProps) {
  if (!shown) return null;
  return (
    <>
      <p class={className} role={role} lang={shown.fallback ? shown.lang : undefined}>
        {shown.text}
      </p>
      {note}
    </>
  );
}

const STALE_AFTER_DAYS = 365;

/** Everything a person needs before calling or going: how, when, what to expect, and the limits. */
export function ServicePage({ id }: Props) {
  const { directory, navigation, locale, network } = useApp();
  const member = network.membership.value;
  // Editing is offered (in a panel whose code loads only then, never on a first visit) to a device in
  // no network and to coordinators and editors; the panel checks the listing's owner, the hub decides
  // (S8).
  const mayTry = !member || member.role === 'coordinator' || member.role === 'editor';
  const EditPanel = useLazy(mayTry ? loadEditPanel : null);
  const t = useT();
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => heading.current?.focus(), [id]);
  const item = directory.item(id);
  void directory.snapshot.value; // re-render when the record changes
  const lang = locale.value;
  const texts = item && {
    name: localField(item.service, 'name', lang),
    organization: item.organization && localField(item.organization, 'name', lang),
    alert: localField(item.service, 'alert', lang),
    steps: localField(item.service, 'application_process', lang),
    description: localField(item.service, 'description', lang),
    eligibility: localField(item.service, 'eligibility_description', lang),
  };
  const FallbackNote = useLazy(
    texts && Object.values(texts).some((x) => x?.fallback) ? loadFallbackNote : null,
  );
  const note = (shown: LocalText | null | undefined, inline?: boolean) =>
    shown?.fallback && FallbackNote ? <FallbackNote shownIn={shown.locale} inline={inline} /> : null;

  const back = (
    <button type="button" class="secondary" onClick={() => navigation.back()}>
      {t('service.back')}
    </button>
  );
  if (!item || !texts) {
    return (
      <section>
        {back}
        <p role="alert">{t('service.notFound')}</p>
      </section>
    );
  }
  const { service, organization } = item;
  const name = texts.name?.text ?? service.name;
  const saved = directory.saved.value.includes(id);
  const verified = service.assured_date;
  const stale =
    verified === null ||
    Date.now() - new Date(`${verified}T12:00:00Z`).getTime() > STALE_AFTER_DAYS * 86_400_000;
  const address = item.locations.find((l) => !l.address_confidential && l.addresses.length > 0)?.addresses[0];
  const addressLine = address ? `${address.address_1}, ${address.city}` : null;

  return (
    <>
      <article class="service" aria-labelledby="service-title">
        {back}
        <h1
          id="service-title"
          tabIndex={-1}
          ref={heading}
          lang={texts.name?.fallback ? texts.name.lang : undefined}
        >
          {name}
        </h1>
        {note(texts.name)}
        {texts.organization && (
          <p class="org">
            <span lang={texts.organization.fallback ? texts.organization.lang : undefined}>
              {texts.organization.text}
            </span>
            {note(texts.organization, true)}
          </p>
        )}
        {service.status === 'temporarily closed' && <p class="alert">{t('service.temporarilyClosed')}</p>}
        <Shown shown={texts.alert} note={note(texts.alert)} class="alert" role="note" />
        <section aria-labelledby="contact-title">
          <h2 id="contact-title">{t('service.contact')}</h2>
          <p class="actions">
            {service.phones.map((phone) => (
              <a key={phone.id} class="call" href={phoneHref(phone)}>
                {phone.type === 'text'
                  ? t('service.text', { number: phone.number })
                  : t('service.call', { number: phone.number })}
              </a>
            ))}
          </p>
        </section>
        <section aria-labelledby="steps-title">
          <h2 id="steps-title">{t('service.nextSteps')}</h2>
          <Shown shown={texts.steps} note={note(texts.steps)} />
          <Shown shown={texts.description} note={note(texts.description)} />
        </section>
        <ServiceFacts item={item} eligibility={texts.eligibility} note={note(texts.eligibility, true)} />
        <section aria-labelledby="where-title">
          <h2 id="where-title">{t('service.where')}</h2>
          {item.locations.map((l) => (
            <p key={l.id}>
              {communityById(l.community_id)?.name ?? l.community_id}
              {' · '}
              {l.address_confidential || l.addresses.length === 0
                ? t('service.addressConfidential')
                : `${l.addresses[0]?.address_1}, ${l.addresses[0]?.city}`}
            </p>
          ))}
        </section>
        <p class={stale ? 'warn' : 'muted'}>
          {verified
            ? t('service.lastVerified', { date: formatDate(locale.value, verified) })
            : t('service.neverVerified')}
          {stale && verified && <> {t('service.mayBeOutOfDate')}</>}
        </p>
        <p class="actions">
          <button type="button" aria-pressed={saved} onClick={() => void directory.toggleSaved(id)}>
            {saved ? t('service.saved') : t('service.save')}
          </button>
          {directory.saveProblem.value && (
            <span role="alert" class="alert">
              {directory.saveProblem.value === 'storage-full'
                ? t('settings.storageFull')
                : t('settings.saveFailed')}
            </span>
          )}
          {network.membership.value?.agency && (
            <button
              type="button"
              class="secondary"
              onClick={() => navigation.open({ name: 'refer', serviceId: id }, { scrollY: window.scrollY })}
            >
              {t('service.refer')}
            </button>
          )}
          <ShareButton
            text={shareCardText(t, lang, {
              organizationName: organization?.name ?? name,
              phones: service.phones,
              schedules: service.schedules,
              address: addressLine,
            })}
          />
        </p>
      </article>
      {mayTry && EditPanel && <EditPanel service={service} />}
    </>
  );
}
