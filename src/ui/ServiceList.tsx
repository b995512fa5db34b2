import type { MessageKey } from '../i18n';
import { useApp, useT } from '../state/context';
import { type ServiceRow, useServiceList } from '../state/directory';

interface ItemProps {
  row: ServiceRow;
}

function ServiceItem({ row }: ItemProps) {
  const { locale } = useApp();
  const t = useT();
  const { service, organization } = row;
  const name = locale.value === 'fr' ? (service.name_fr ?? service.name) : service.name;
  return (
    <li>
      <article class="card" aria-labelledby={`svc-${service.id}`}>
        <h3 id={`svc-${service.id}`}>{name}</h3>
        {organization && <p class="org">{organization.name}</p>}
        {service.availability.status !== 'unknown' && (
          <p class="availability">{t(`availability.${service.availability.status}` as MessageKey)}</p>
        )}
        {row.sample && <span class="tag">{t('directory.sampleTag')}</span>}
      </article>
    </li>
  );
}

/** The directory, a page at a time. */
export function ServiceList() {
  const t = useT();
  const { page, showMore } = useServiceList();
  return (
    <section aria-labelledby="services-title">
      <h2 id="services-title">{t('directory.heading')}</h2>
      {!page && <p role="status">{t('directory.loading')}</p>}
      {page && page.total === 0 && <p>{t('directory.empty')}</p>}
      {page && page.total > 0 && (
        <>
          <p class="muted" aria-live="polite">
            {t('directory.count', { shown: page.items.length, total: page.total })}
          </p>
          <ul class="services">
            {page.items.map((row) => (
              <ServiceItem key={row.service.id} row={row} />
            ))}
          </ul>
          {page.items.length < page.total && (
            <button type="button" onClick={showMore}>
              {t('directory.showMore')}
            </button>
          )}
        </>
      )}
    </section>
  );
}
