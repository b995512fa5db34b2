// Who a device is in its network (the hub decides what each may do, rule S8).
export const ROLES = ['coordinator', 'editor', 'outreach', 'peer'] as const;
export type Role = (typeof ROLES)[number];

/** How long an invite code stays valid unless the coordinator says otherwise. */
export const INVITE_DAYS_DEFAULT = 7;
