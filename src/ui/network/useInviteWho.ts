import { useApp, useT } from '../../state/context';
import type { Invite } from '../../state/coordinatorStore';

/** "Editor, Birchlight Women's Centre": whom an invite is for, in words. */
export function useInviteWho(): (invite: Pick<Invite, 'role' | 'agencyId'>) => string {
  const { network } = useApp();
  const t = useT();
  const agencies = network.coordinator.agencies.value ?? [];
  return (invite) => {
    const role = t(`role.${invite.role}` as const);
    const agency = invite.agencyId ? agencies.find((a) => a.id === invite.agencyId)?.name : undefined;
    return agency ? `${role}, ${agency}` : role;
  };
}
