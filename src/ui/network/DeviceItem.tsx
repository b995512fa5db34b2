import { formatAge, formatDateTime } from '../../i18n';
import { useApp, useT } from '../../state/context';
import type { Device } from '../../state/coordinatorStore';
import { useDeviceName } from './useDeviceName';

interface Props {
  device: Device;
  onRemove: () => void;
}

/** One device: name, role, agency, when last seen; removable unless it is this one or already gone. */
export function DeviceItem({ device, onRemove }: Props) {
  const { network, locale } = useApp();
  const t = useT();
  const nameOf = useDeviceName();
  const agencies = network.coordinator.agencies.value ?? [];
  const agency = device.agencyId ? agencies.find((a) => a.id === device.agencyId)?.name : undefined;
  const name = nameOf(device);
  const mine = device.id === network.membership.value?.device.id;
  return (
    <li class="line row">
      <div>
        <p>
          <strong>{name}</strong>
        </p>
        <p class="muted">
          {t(`role.${device.role}` as const)}
          {agency ? ` · ${agency}` : ''}
        </p>
        <p class="muted">
          {device.revokedAt
            ? t('coord.removedOn', { date: formatDateTime(locale.value, device.revokedAt) })
            : device.lastSeenAt
              ? t('coord.lastSeen', { age: formatAge(locale.value, device.lastSeenAt, new Date()) })
              : t('coord.neverSeen')}
        </p>
      </div>
      {!device.revokedAt && !mine && (
        <button
          type="button"
          class="secondary"
          aria-label={t('coord.removeDevice', { device: name })}
          onClick={onRemove}
        >
          {t('coord.removeDeviceShort')}
        </button>
      )}
    </li>
  );
}
