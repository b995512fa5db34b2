import { useRef, useState } from 'preact/hooks';
import { useApp, useT } from '../../state/context';
import type { Device } from '../../state/coordinatorStore';
import { ConfirmDialog } from '../ConfirmDialog';
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
      <ConfirmDialog
        dialog={dialog}
        title={t('coord.removeConfirmTitle', { device: chosen ? nameOf(chosen) : '' })}
        body={t('coord.removeConfirmBody')}
        cancelLabel={t('coord.cancel')}
        confirmLabel={t('coord.removeConfirm')}
        onConfirm={() => {
          if (chosen) void network.coordinator.revokeDevice(chosen.id);
        }}
        onClose={() => setChosen(null)}
      />
    </section>
  );
}
