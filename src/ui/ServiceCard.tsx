import { useApp, useT } from '../state/context';
import type { ResultItem } from '../state/directoryStore';
import { AvailabilityAge } from './AvailabilityAge';
import { openText, reachText } from './format';
import { localField } from './localText';

interface Props {
  item: ResultItem;
}

/** One result: headed by the service's name (a button that opens it), then what matters at a glance. */
export function ServiceCard({ item }: Props) {
  const { locale, navigation } = useApp();
  const t = useT();
  const { service, organization } = item;
  const name = localField(service, 'name', locale.value);
  const org = organization && localField(organization, 'name', locale.value);
  const alert = localField(service, 'alert', locale.value);
  const reach = reachText(t, locale.value, item.reach);
  // A text shown in the other language says so to screen readers through its `lang`.
  const langOf = (shown: typeof name) => (shown?.fallback ? shown.lang : undefined);
  return (
    <li>
      <article class="card">
        <h3>
          <button
            type="button"
            class="title"
            lang={langOf(name)}
            onClick={() => navigation.open({ name: 'service', id: service.id })}
          >
            {name?.text ?? service.name}
          </button>
        </h3>
        {org && (
          <p class="org" lang={langOf(org)}>
            {org.text}
          </p>
        )}
        <p class={`open open-${item.open}`}>
          {openText(t, item.status, service.status === 'temporarily closed')}
        </p>
        {reach && <p class="reach">{reach}</p>}
        <AvailabilityAge availability={service.availability} now={new Date()} />
        {alert && (
          <p class="alert-line" lang={langOf(alert)}>
            {alert.text}
          </p>
        )}
      </article>
    </li>
  );
}
