import { useRef, useState } from 'preact/hooks';
import { useApp, useT } from '../../state/context';
import type { Device } from '../../state/coordinatorStore';
import { DeviceItem } from './DeviceItem';
import { useDeviceName } from './useDeviceName';

/** The network's devices; removing one asks first. */
export function DevicesSection() {
  const { network } = useApp();
  const t = useT();
  const nameOf = useDeviceName();
  const devices = network.coordinator.devices.value;
  const dialog = useRef<HTMLDialogElement>(null);
  const [chosen, setChosen] = useState<Device | null>(null);
  return (
    <section aria-labelledby="devices-title">
      <h2 id="devices-title">{t('coord.devices')}</h2>
      {devices && devices.length === 0 && <p class="muted">{t('coord.noDevices')}</p>}
      <ul aria-labelledby="devices-title">
        {devices?.map((device) => (
          <DeviceItem
            key={device.id}
            device={device}
            onRemove={() => {
              setChosen(device);
              dialog.current?.showModal();
            }}
          />
        ))}
      </ul>
      <dialog ref={dialog} aria-labelledby="remove-confirm-title" onClose={() => setChosen(null)}>
        <h2 id="remove-confirm-title">
          {t('coord.removeConfirmTitle', { device: chosen ? nameOf(chosen) : '' })}
        </h2>
        <p>{t('coord.removeConfirmBody')}</p>
        <p class="actions">
          <button type="button" class="secondary" onClick={() => dialog.current?.close()}>
            {t('coord.cancel')}
          </button>
          <button
            type="button"
            class="danger"
            onClick={() => {
              const target = chosen;
              dialog.current?.close();
              if (target) void network.coordinator.revokeDevice(target.id);
            }}
          >
            {t('coord.removeConfirm')}
          </button>
        </p>
      </dialog>
    </section>
  );
}
