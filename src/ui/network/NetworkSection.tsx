import { useApp } from '../../state/context';
import { JoinForm } from './JoinForm';
import { MembershipCard } from './MembershipCard';

/** Settings' network part: the membership when there is one, else the Join form. */
export function NetworkSection() {
  const { network } = useApp();
  if (!network.known.value) return null;
  return network.membership.value ? <MembershipCard /> : <JoinForm />;
}
