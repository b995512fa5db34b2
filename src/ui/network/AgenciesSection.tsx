import { useState } from 'preact/hooks';
import { useApp, useT } from '../../state/context';
import { AgencyItem } from './AgencyItem';

/** The network's agencies: add one, rename one. */
export function AgenciesSection() {
  const { network } = useApp();
  const t = useT();
  const admin = network.coordinator;
  const [name, setName] = useState('');
  const agencies = admin.agencies.value;
  return (
    <section aria-labelledby="agencies-title">
      <h2 id="agencies-title">{t('coord.agencies')}</h2>
      {agencies && agencies.length === 0 && <p class="muted">{t('coord.noAgencies')}</p>}
      <ul>
        {agencies?.map((agency) => (
          <AgencyItem key={agency.id} agency={agency} />
        ))}
      </ul>
      <form
        class="inline-form"
        onSubmit={async (e) => {
          e.preventDefault();
          if (name.trim() && (await admin.addAgency(name.trim()))) setName('');
        }}
      >
        <label class="field">
          <span>{t('coord.agencyName')}</span>
          <input
            type="text"
            value={name}
            required
            maxLength={200}
            autoComplete="off"
            onInput={(e) => setName((e.currentTarget as HTMLInputElement).value)}
          />
        </label>
        <button type="submit">{t('coord.addAgency')}</button>
      </form>
    </section>
  );
}
