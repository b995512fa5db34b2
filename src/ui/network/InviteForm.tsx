import { useState } from 'preact/hooks';
import { useApp, useT } from '../../state/context';
import { INVITE_DAYS_DEFAULT, ROLES, type Role } from '../../state/coordinatorStore';

/** Role, agency (required for editors and outreach workers, none for peer supporters) and days. */
export function InviteForm() {
  const { network } = useApp();
  const t = useT();
  const admin = network.coordinator;
  const agencies = admin.agencies.value ?? [];
  const [role, setRole] = useState<Role>('editor');
  const [agencyId, setAgencyId] = useState('');
  const [days, setDays] = useState(String(INVITE_DAYS_DEFAULT));
  const [missingAgency, setMissingAgency] = useState(false);
  const noAgency = role === 'peer';
  const needsAgency = role === 'editor' || role === 'outreach';
  return (
    <form
      aria-labelledby="new-invite-title"
      class="card"
      onSubmit={(e) => {
        e.preventDefault();
        if (needsAgency && !agencyId) {
          setMissingAgency(true);
          return;
        }
        const valid = Number.parseInt(days, 10);
        void admin.createInvite({
          role,
          agencyId: noAgency || !agencyId ? null : agencyId,
          ...(valid >= 1 && valid <= 90 ? { days: valid } : {}),
        });
      }}
    >
      <h3 id="new-invite-title">{t('coord.newInvite')}</h3>
      <label class="field">
        <span>{t('coord.inviteRole')}</span>
        <select
          value={role}
          onChange={(e) => {
            setRole((e.currentTarget as HTMLSelectElement).value as Role);
            setMissingAgency(false);
          }}
        >
          {ROLES.map((r) => (
            <option key={r} value={r}>
              {t(`role.${r}` as const)}
            </option>
          ))}
        </select>
      </label>
      <label class="field">
        <span>{t('coord.inviteAgency')}</span>
        <select
          value={noAgency ? '' : agencyId}
          disabled={noAgency}
          aria-describedby="invite-agency-help"
          aria-invalid={missingAgency ? 'true' : undefined}
          onChange={(e) => {
            setAgencyId((e.currentTarget as HTMLSelectElement).value);
            setMissingAgency(false);
          }}
        >
          <option value="">{t('network.noAgency')}</option>
          {agencies.map((a) => (
            <option key={a.id} value={a.id}>
              {a.name}
            </option>
          ))}
        </select>
      </label>
      <p id="invite-agency-help" class={missingAgency ? 'field-error' : 'muted'}>
        {noAgency ? t('coord.agencyNone') : needsAgency ? t('coord.agencyRequired') : ''}
      </p>
      <label class="field">
        <span>{t('coord.inviteDays')}</span>
        <input
          type="number"
          min={1}
          max={90}
          value={days}
          onInput={(e) => setDays((e.currentTarget as HTMLInputElement).value)}
        />
      </label>
      <p class="actions">
        <button type="submit">{t('coord.createInvite')}</button>
      </p>
    </form>
  );
}
