import { formatDateTime, type MessageKey } from '../../i18n';
import { useApp, useT } from '../../state/context';
import { type AuditEntry, ROLES, type Role } from '../../state/coordinatorStore';
import { useDeviceName } from './useDeviceName';

const ACTIONS = new Set([
  'enrol',
  'revoke-device',
  'revoke-invite',
  'create-invite',
  'create-agency',
  'rename-agency',
  'create-network',
  'seed',
  'refuse',
  'write',
  'delete',
  'conflict',
  'publish-keys',
  'replace-keys',
  'relay-refuse',
  'purge-referrals',
  'peers-may-refer',
  'referral-retention',
  'withheld-communities',
  'publish-stats',
]);

/** The hub's audit log, newest first, a page at a time: who did what, never a record's contents. */
export function AuditSection() {
  const { network, locale } = useApp();
  const t = useT();
  const nameOf = useDeviceName();
  const admin = network.coordinator;
  const entries = admin.audit.value;
  const devices = admin.devices.value ?? [];
  const agencies = admin.agencies.value ?? [];
  const by = (entry: AuditEntry) => {
    if (!entry.deviceId) return t('coord.auditHub');
    const device = devices.find((d) => d.id === entry.deviceId);
    return device ? nameOf(device) : t('coord.unnamedDevice');
  };
  const subject = (entry: AuditEntry) =>
    agencies.find((a) => a.id === entry.subject)?.name ??
    devices.find((d) => d.id === entry.subject)?.name ??
    null;
  // A role reads in the app's language; other details are the hub's own words (English).
  const detail = (text: string) =>
    (ROLES as readonly string[]).includes(text) ? (
      t(`role.${text as Role}` as const)
    ) : (
      <span lang="en">{text}</span>
    );
  return (
    <section aria-labelledby="audit-title">
      <h2 id="audit-title">{t('coord.audit')}</h2>
      <p class="muted">{t('coord.auditHelp')}</p>
      {entries && entries.length === 0 && <p class="muted">{t('coord.auditEmpty')}</p>}
      <ol class="audit" aria-labelledby="audit-title">
        {entries?.map((entry) => (
          <li key={entry.seq} class="line">
            <p>
              <strong>
                {ACTIONS.has(entry.action) ? t(`audit.${entry.action}` as MessageKey) : entry.action}
              </strong>
              {subject(entry) ? ` · ${subject(entry)}` : ''}
              {entry.detail && <> · {detail(entry.detail)}</>}
            </p>
            <p class="muted">
              <time dateTime={entry.at}>{formatDateTime(locale.value, entry.at)}</time> ·{' '}
              {t('coord.auditBy', { device: by(entry) })}
            </p>
          </li>
        ))}
      </ol>
      {entries && !admin.auditComplete.value && (
        <button type="button" class="secondary" onClick={() => void admin.moreAudit()}>
          {t('coord.auditMore')}
        </button>
      )}
    </section>
  );
}
