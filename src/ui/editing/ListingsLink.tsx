import { useApp } from '../../state/context';
import { useLazy } from '../useLazy';

async function loadButton() {
  return (await import('./ListingsButton')).ListingsButton;
}

/**
 * The way to "My agency's listings" (for Settings): shown to those who may edit listings (a device in
 * no network, a coordinator, an editor), once the device knows which it is. The button and its words
 * load only for them.
 */
export function ListingsLink() {
  const { network } = useApp();
  const member = network.membership.value;
  const may = network.known.value && (!member || member.role === 'coordinator' || member.role === 'editor');
  const Button = useLazy(may ? loadButton : null);
  return may && Button ? (
    <p class="listings-link">
      <Button />
    </p>
  ) : null;
}
