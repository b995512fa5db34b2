import { useApp } from '../../state/context';
import { useEditingWords } from './words';

/** The button to "My agency's listings", in the words of this person's role (see ListingsLink). */
export function ListingsButton() {
  const { network, navigation } = useApp();
  const te = useEditingWords();
  if (!te) return null;
  const member = network.membership.value;
  const label = te(
    !member
      ? 'ed.listings.device'
      : member.role === 'coordinator'
        ? 'ed.listings.network'
        : 'ed.listings.agency',
  );
  return (
    <button type="button" class="secondary" onClick={() => navigation.open({ name: 'listings' })}>
      {label}
    </button>
  );
}
