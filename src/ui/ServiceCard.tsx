import { communityById } from '../data/reference';
import { formatKm, localName } from '../i18n';
import { useApp, useT } from '../state/context';
import type { ResultItem } from '../state/directoryStore';
import { AvailabilityAge } from './AvailabilityAge';
import { cardFacts, openText, phoneHref, reachText } from './format';
import { localField } from './localText';

interface Props {
  item: ResultItem;
  /** 3 under the results' heading; 2 on a screen whose h1 is the list's own (Saved). */
  level?: 2 | 3;
}

/**
 * One result, with what a worker needs to choose: the service's name (a button that opens it), its
 * agency, town and distance, whether it is open, the conditions that decide most (each badge only
 * when the listing says so: unknown never counts), availability with its age, and a way to call.
 */
export function ServiceCard({ item, level = 3 }: Props) {
  const Heading = level === 2 ? 'h2' : 'h3';
  const { locale, navigation } = useApp();
  const t = useT();
  const { service, organization } = item;
  const name = localField(service, 'name', locale.value);
  const org = organization && localField(organization, 'name', locale.value);
  const alert = localField(service, 'alert', locale.value);
  // A text shown in the other language says so to screen readers through its `lang`.
  const langOf = (shown: typeof name) => (shown?.fallback ? shown.lang : undefined);
  const townId = item.reach?.nearestCommunityId ?? item.locations[0]?.community_id ?? null;
  const town = townId ? communityById(townId) : undefined;
  const km = item.reach?.distanceKm;
  const reach = item.reach?.travel === 'road' ? null : reachText(t, locale.value, item.reach);
  const facts = cardFacts(service);
  const phone = service.phones.find((p) => p.type !== 'text' && p.type !== 'fax') ?? service.phones[0];
  const returnKey = `service:${service.id}`;
  return (
    <li>
      <article class="card">
        <Heading>
          <button
            type="button"
            class="title"
            lang={langOf(name)}
            data-return={returnKey}
            onClick={() =>
              navigation.open(
                { name: 'service', id: service.id },
                { scrollY: window.scrollY, focus: returnKey },
              )
            }
          >
            {name?.text ?? service.name}
          </button>
        </Heading>
        <p class="meta">
          {org && <span lang={langOf(org)}>{org.text}</span>}
          {town && <span>{localName(town, locale.value)}</span>}
          {km !== null && km !== undefined && (
            <span>{t('card.distance', { distance: formatKm(locale.value, km) })}</span>
          )}
        </p>
        <p class={`open open-${item.open}`}>
          {openText(t, locale.value, item.status, service.status === 'temporarily closed')}
        </p>
        {reach && <p class="reach">{reach}</p>}
        {facts.length > 0 && (
          <ul class="badges" aria-label={t('card.facts')}>
            {facts.map((fact) => (
              <li key={fact} class="badge">
                {t(`card.fact.${fact}`)}
              </li>
            ))}
          </ul>
        )}
        <AvailabilityAge availability={service.availability} now={new Date()} />
        {alert && (
          <p class="alert-line" lang={langOf(alert)}>
            {alert.text}
          </p>
        )}
        {phone && (
          <p class="card-actions">
            <a class="call" href={phoneHref(phone)}>
              {phone.type === 'text'
                ? t('service.text', { number: phone.number })
                : t('service.call', { number: phone.number })}
            </a>
          </p>
        )}
      </article>
    </li>
  );
}
