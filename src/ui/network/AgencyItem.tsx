import { useState } from 'preact/hooks';
import { useApp, useT } from '../../state/context';
import type { Agency } from '../../state/coordinatorStore';

interface Props {
  agency: Agency;
}

/** One agency, with its rename form opened in place. */
export function AgencyItem({ agency }: Props) {
  const { network } = useApp();
  const t = useT();
  const [editing, setEditing] = useState(false);
  const [name, setName] = useState(agency.name);
  if (!editing) {
    return (
      <li class="line row">
        <span>{agency.name}</span>
        <button
          type="button"
          class="secondary"
          aria-label={t('coord.rename', { agency: agency.name })}
          onClick={() => {
            setName(agency.name);
            setEditing(true);
          }}
        >
          {t('coord.renameShort')}
        </button>
      </li>
    );
  }
  return (
    <li class="line">
      <form
        class="inline-form"
        onSubmit={async (e) => {
          e.preventDefault();
          if (name.trim() && (await network.coordinator.renameAgency(agency.id, name.trim())))
            setEditing(false);
        }}
      >
        <label class="field">
          <span>{t('coord.renameLabel', { agency: agency.name })}</span>
          <input
            type="text"
            value={name}
            required
            maxLength={200}
            autoComplete="off"
            onInput={(e) => setName((e.currentTarget as HTMLInputElement).value)}
          />
        </label>
        <p class="actions">
          <button type="submit">{t('coord.save')}</button>
          <button type="button" class="secondary" onClick={() => setEditing(false)}>
            {t('coord.cancel')}
          </button>
        </p>
      </form>
    </li>
  );
}
