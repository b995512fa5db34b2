import type { Location } from '../../model/location';
import type { Organization } from '../../model/organization';
import { useApp } from '../../state/context';
import { localField } from '../localText';
import { locationLabel } from './locationLabel';
import { NamedButton } from './NamedButton';
import { ShowMore } from './ShowMore';
import { useShowMore } from './useShowMore';
import { useTe } from './words';

interface Props {
  organizations: readonly Organization[];
  locations: readonly Location[];
}

/** The organizations this person may edit, each with its locations and a way to add to it. */
export function OrganizationRows({ organizations, locations }: Props) {
  const { navigation, locale } = useApp();
  const te = useTe();
  const [shown, more] = useShowMore();
  const byOrganization = new Map<string, Location[]>();
  for (const l of locations)
    byOrganization.set(l.organization_id, [...(byOrganization.get(l.organization_id) ?? []), l]);
  const placeOf = (l: Location) => locationLabel(l, locale.value, te);

  return (
    <section aria-labelledby="organizations-title">
      <h2 id="organizations-title">{te('ed.organizations', { count: organizations.length })}</h2>
      {organizations.length === 0 && <p class="muted">{te('ed.nothing')}</p>}
      <ul class="listing-cards">
        {organizations.slice(0, shown).map((org) => {
          const name = localField(org, 'name', locale.value);
          const label = name?.text ?? org.name;
          const own = byOrganization.get(org.id) ?? [];
          return (
            <li key={org.id} class="card">
              <h3 lang={name?.fallback ? name.lang : undefined}>{label}</h3>
              <p class="actions">
                <NamedButton
                  name={label}
                  onClick={() => navigation.open({ name: 'edit', entity: 'organization', id: org.id })}
                >
                  {te('ed.edit')}
                </NamedButton>
                <NamedButton
                  name={label}
                  onClick={() => navigation.open({ name: 'edit', entity: 'service', organizationId: org.id })}
                >
                  {te('ed.add.service')}
                </NamedButton>
                <NamedButton
                  name={label}
                  onClick={() =>
                    navigation.open({ name: 'edit', entity: 'location', organizationId: org.id })
                  }
                >
                  {te('ed.add.location')}
                </NamedButton>
              </p>
              {own.length > 0 && (
                <>
                  <h4>{te('ed.locationsOf')}</h4>
                  <ul class="listing-rows">
                    {own.map((l) => (
                      <li key={l.id} class="row">
                        <span>{placeOf(l)}</span>
                        <NamedButton
                          name={placeOf(l)}
                          onClick={() => navigation.open({ name: 'edit', entity: 'location', id: l.id })}
                        >
                          {te('ed.edit')}
                        </NamedButton>
                      </li>
                    ))}
                  </ul>
                </>
              )}
            </li>
          );
        })}
      </ul>
      <ShowMore shown={shown} total={organizations.length} more={more} />
    </section>
  );
}
