import { formatDate } from '../../i18n';
import type { Service } from '../../model/service';
import { useApp, useT } from '../../state/context';
import { localField } from '../localText';
import { NamedButton } from './NamedButton';
import { ShowMore } from './ShowMore';
import { useEditor } from './useEditor';
import { useShowMore } from './useShowMore';
import { useTe } from './words';

interface Props {
  services: readonly Service[];
}

/** The other listings this person may edit, a page at a time. */
export function ServiceRows({ services }: Props) {
  const editor = useEditor();
  const { navigation, locale } = useApp();
  const t = useT();
  const te = useTe();
  const [shown, more] = useShowMore();
  return (
    <section aria-labelledby="others-title">
      <h2 id="others-title">{te('ed.others', { count: services.length })}</h2>
      {services.length === 0 ? (
        <p class="muted">{te('ed.nothing')}</p>
      ) : (
        <ul class="listing-rows">
          {services.slice(0, shown).map((service) => {
            const name = localField(service, 'name', locale.value);
            const org = editor.record('organization', service.organization_id);
            const orgName = org ? localField(org, 'name', locale.value)?.text : undefined;
            const checked = service.assured_date
              ? te('ed.verifiedOn', { date: formatDate(locale.value, service.assured_date) })
              : t('service.neverVerified');
            return (
              <li key={service.id} class="row">
                <div>
                  <span class="row-name" lang={name?.fallback ? name.lang : undefined}>
                    {name?.text}
                  </span>
                  <span class="muted row-facts">{[orgName, checked].filter(Boolean).join(' · ')}</span>
                </div>
                <NamedButton
                  name={name?.text ?? ''}
                  onClick={() => navigation.open({ name: 'edit', entity: 'service', id: service.id })}
                >
                  {te('ed.edit')}
                </NamedButton>
              </li>
            );
          })}
        </ul>
      )}
      <ShowMore shown={shown} total={services.length} more={more} />
    </section>
  );
}
