import { useEffect, useRef } from 'preact/hooks';
import { communityById } from '../data/reference';
import { formatDate, localName } from '../i18n';
import { useApp, useT } from '../state/context';
import { shareCardText } from './format';
import { ServiceFacts } from './ServiceFacts';
import { ShareButton } from './ShareButton';
import { useLazy } from './useLazy';

async function loadListingUpdate() {
  return (await import('./ListingUpdate')).ListingUpdate;
}

interface Props {
  id: string;
}

const STALE_AFTER_DAYS = 365;

/** Everything a person needs before calling or going: how, when, what to expect, and the limits. */
export function ServicePage({ id }: Props) {
  const { directory, navigation, locale, network } = useApp();
  const editor =
    network.membership.value?.role === 'coordinator' || network.membership.value?.role === 'editor';
  // The hub decides what this device may change (S8); the panel is offered to the roles that edit,
  // and its code loads for them only, never on a first visit.
  const ListingUpdate = useLazy(editor ? loadListingUpdate : null);
  const t = useT();
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => heading.current?.focus(), [id]);
  const item = directory.item(id);
  void directory.snapshot.value; // re-render when the record changes

  const back = (
    <button type="button" class="secondary" onClick={() => navigation.back()}>
      {t('service.back')}
    </button>
  );
  if (!item) {
    return (
      <section>
        {back}
        <p role="alert">{t('service.notFound')}</p>
      </section>
    );
  }
  const { service, organization } = item;
  const fr = locale.value === 'fr';
  const name = localName(service, locale.value);
  const saved = directory.saved.value.includes(id);
  const verified = service.assured_date;
  const stale =
    verified === null ||
    Date.now() - new Date(`${verified}T12:00:00Z`).getTime() > STALE_AFTER_DAYS * 86_400_000;
  const address = item.locations.find((l) => !l.address_confidential && l.addresses.length > 0)?.addresses[0];
  const addressLine = address ? `${address.address_1}, ${address.city}` : null;

  return (
    <article class="service" aria-labelledby="service-title">
      {back}
      <h1 id="service-title" tabIndex={-1} ref={heading}>
        {name}
      </h1>
      {organization && <p class="org">{localName(organization, locale.value)}</p>}
      {service.status === 'temporarily closed' && <p class="alert">{t('service.temporarilyClosed')}</p>}
      {service.alert && (
        <p class="alert" role="note">
          {service.alert}
        </p>
      )}
      <section aria-labelledby="contact-title">
        <h2 id="contact-title">{t('service.contact')}</h2>
        <p class="actions">
          {service.phones.map((phone) => (
            <a
              key={phone.id}
              class="call"
              href={`${phone.type === 'text' ? 'sms' : 'tel'}:${phone.number.replace(/[^0-9+]/g, '')}`}
            >
              {phone.type === 'text'
                ? t('service.text', { number: phone.number })
                : t('service.call', { number: phone.number })}
            </a>
          ))}
        </p>
      </section>
      <section aria-labelledby="steps-title">
        <h2 id="steps-title">{t('service.nextSteps')}</h2>
        <p>{service.application_process}</p>
        <p>{fr ? (service.description_fr ?? service.description) : service.description}</p>
      </section>
      <ServiceFacts item={item} />
      {editor && ListingUpdate && <ListingUpdate service={service} />}
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
        <ShareButton
          text={shareCardText(t, {
            organizationName: organization?.name ?? name,
            phones: service.phones,
            schedules: service.schedules,
            address: addressLine,
          })}
        />
      </p>
    </article>
  );
}
