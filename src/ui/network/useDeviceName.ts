import { useApp, useT } from '../../state/context';
import type { Device } from '../../state/coordinatorStore';

/** A device as the coordinator knows it: its name, "This device", or "Unnamed device". */
export function useDeviceName(): (device: Pick<Device, 'id' | 'name'>) => string {
  const { network } = useApp();
  const t = useT();
  const mine = network.membership.value?.device.id;
  return (device) => {
    const name = device.name?.trim() || t('coord.unnamedDevice');
    return device.id === mine ? `${name} (${t('coord.thisDevice')})` : name;
  };
}
