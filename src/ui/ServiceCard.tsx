import type { MessageKey } from '../i18n';
import { localName } from '../i18n';
import { useApp, useT } from '../state/context';
import type { ResultItem } from '../state/directoryStore';
import { openText, reachText } from './format';

interface Props {
  item: ResultItem;
}

/** One result: headed by the service's name (a button that opens it), then what matters at a glance. */
export function ServiceCard({ item }: Props) {
  const { locale, navigation } = useApp();
  const t = useT();
  const { service, organization } = item;
  const name = localName(service, locale.value);
  const reach = reachText(t, locale.value, item.reach);
  return (
    <li>
      <article class="card">
        <h3>
          <button
            type="button"
            class="title"
            onClick={() => navigation.open({ name: 'service', id: service.id })}
          >
            {name}
          </button>
        </h3>
        {organization && <p class="org">{organization.name}</p>}
        <p class={`open open-${item.open}`}>
          {openText(t, item.status, service.status === 'temporarily closed')}
        </p>
        {reach && <p class="reach">{reach}</p>}
        {service.availability.status !== 'unknown' && (
          <p class="availability">{t(`availability.${service.availability.status}` as MessageKey)}</p>
        )}
        {service.alert && <p class="alert-line">{service.alert}</p>}
      </article>
    </li>
  );
}
