// A consent-based referral between two agencies (PRODUCT.md R1, R3): what only the two agencies read,
// its status, and how long anyone keeps it. The least a receiving worker needs: an alias, never a
// legal name (there is no field for one, and a strict schema refuses any key it does not know); each
// part is there only when the person agreed to share it. Sealing and opening live in `vault/`.
import * as z from 'zod/mini';
import { isoDate, isoDateTime, uuid } from './common';
import { NEEDS } from './coverage';
import { TURN_AWAY_REASONS } from './referralStats';
import type { Role } from './roles';
import { addDays, torontoDayStart } from './schedule';

export const ALIAS_MAX = 40;
export const CONTACT_DETAIL_MAX = 200;
export const SAFE_TIMES_MAX = 200;
export const TOLD_ONCE_MAX = 2000;
export const STATUS_NOTE_MAX = 1000;
/** Agencies one consent may name: a referral goes to one, a person may agree to a few. */
export const CONSENT_AGENCIES_MAX = 20;

export const CONTACT_METHODS = ['call', 'text', 'in-person', 'through-worker'] as const;
export type ContactMethod = (typeof CONTACT_METHODS)[number];
/** The parts of a referral a person may agree to share; the alias always travels. */
export const SHARED_PARTS = ['needs', 'contact', 'summary'] as const;
export type SharedPart = (typeof SHARED_PARTS)[number];

const noRepeats = z.refine<readonly unknown[]>((xs) => new Set(xs).size === xs.length, {
  message: 'must not repeat an entry',
});
const trimmed = (max: number) => z.string().check(z.trim(), z.maxLength(max));

export const safeContactSchema = z.strictObject({
  method: z.enum(CONTACT_METHODS),
  /** A number or a place, as the person gave it. */
  detail: z.optional(trimmed(CONTACT_DETAIL_MAX)),
  /** When it is safe to reach them, in their words. */
  safeTimes: trimmed(SAFE_TIMES_MAX),
  /** "Do not leave a message". */
  noMessage: z.boolean(),
});
export type SafeContact = z.infer<typeof safeContactSchema>;

export const consentSchema = z.strictObject({
  share: z.array(z.enum(SHARED_PARTS)).check(noRepeats),
  withAgencies: z.array(uuid).check(z.minLength(1), z.maxLength(CONSENT_AGENCIES_MAX), noRepeats),
  /** The last day the consent holds (Toronto's calendar): it ends when that day does. */
  until: isoDate,
});
export type Consent = z.infer<typeof consentSchema>;

/** The referral as only the two agencies read it (the plaintext inside an envelope). */
export const referralSchema = z
  .strictObject({
    alias: z.string().check(z.trim(), z.minLength(1), z.maxLength(ALIAS_MAX)),
    needs: z.optional(z.array(z.enum(NEEDS)).check(z.minLength(1), noRepeats)),
    contact: z.optional(safeContactSchema),
    consent: consentSchema,
    /** The "told once" summary the receiving worker reads instead of asking again. */
    toldOnce: z.optional(trimmed(TOLD_ONCE_MAX)),
    /** The sending agency's service it comes from, when there is one (an outreach worker may have none). */
    fromService: z.optional(uuid),
    toService: uuid,
    createdAt: isoDateTime,
  })
  .check(
    z.refine((r) => r.needs === undefined || r.consent.share.includes('needs'), {
      message: 'needs are not part of what the person agreed to share',
      path: ['needs'],
    }),
    z.refine((r) => r.contact === undefined || r.consent.share.includes('contact'), {
      message: 'contact is not part of what the person agreed to share',
      path: ['contact'],
    }),
    z.refine((r) => r.toldOnce === undefined || r.consent.share.includes('summary'), {
      message: 'the summary is not part of what the person agreed to share',
      path: ['toldOnce'],
    }),
  );
export type Referral = z.infer<typeof referralSchema>;

/** Outreach workers, editors and coordinators send; peer supporters only where the network allows. */
export function maySendReferral(role: Role, network: { peersMaySend: boolean }): boolean {
  return role === 'peer' ? network.peersMaySend : true;
}

/** The instant consent ends: the end of its last day in Toronto. */
export function consentEnd(until: string): Date {
  return torontoDayStart(addDays(until, 1));
}

/** Whether the person's consent covers sending to `agencyId` at `now`. */
export function consentCovers(consent: Consent, agencyId: string, now: Date): boolean {
  return consent.withAgencies.includes(agencyId) && now < consentEnd(consent.until);
}

// Status (R3). "sent" is the envelope itself; every change after it is the receiving agency's.

export const REFERRAL_STATUSES = ['sent', 'received', 'accepted', 'declined', 'completed'] as const;
export type ReferralStatus = (typeof REFERRAL_STATUSES)[number];
export type ReferralSide = 'sender' | 'receiver';

const NEXT: Record<ReferralStatus, readonly ReferralStatus[]> = {
  // Accepted or declined straight from sent: "received" may come from a device still offline.
  sent: ['received', 'accepted', 'declined'],
  received: ['accepted', 'declined'],
  accepted: ['completed'],
  declined: [],
  completed: [],
};

export function mayChangeStatus(side: ReferralSide, from: ReferralStatus, to: ReferralStatus): boolean {
  return side === 'receiver' && NEXT[from].includes(to);
}

/** One status change as its holders read it (sealed with the referral's key, like the referral). */
export const statusChangeSchema = z
  .strictObject({
    status: z.enum(REFERRAL_STATUSES),
    note: z.optional(z.string().check(z.trim(), z.minLength(1), z.maxLength(STATUS_NOTE_MAX))),
    /** Why the receiving agency turned the person away (a decline only): what the network counts. */
    reason: z.optional(z.enum(TURN_AWAY_REASONS)),
    /** The device's clock, for display only (S12: the hub's order decides). */
    at: isoDateTime,
  })
  .check(
    z.refine((c) => c.reason === undefined || c.status === 'declined', {
      message: 'a turn-away reason goes with a decline only',
      path: ['reason'],
    }),
  );
export type StatusChange = z.infer<typeof statusChangeSchema>;

// Retention: the network's days after sending, or consent's end if sooner ("the shorter wins").

export const RETENTION_DAYS_DEFAULT = 90;
export const RETENTION_DAYS_MAX = 365;
export const retentionDaysSchema = z.int().check(z.gte(1), z.lte(RETENTION_DAYS_MAX));
const DAY_MS = 86_400_000;

export interface RetentionTimes {
  sentAt: Date;
  /** consent.until, a Toronto calendar date. */
  consentUntil: string;
}

export function purgeAt(
  { sentAt, consentUntil }: RetentionTimes,
  retentionDays = RETENTION_DAYS_DEFAULT,
): Date {
  const kept = sentAt.getTime() + retentionDays * DAY_MS;
  return new Date(Math.min(kept, consentEnd(consentUntil).getTime()));
}

export function isDue(now: Date, times: RetentionTimes, retentionDays = RETENTION_DAYS_DEFAULT): boolean {
  return now.getTime() >= purgeAt(times, retentionDays).getTime();
}

/** A status change as read from a holder's copy, in the hub's order. */
export interface OrderedChange {
  side: ReferralSide;
  status: ReferralStatus;
}

/**
 * Where a referral stands after its changes, taken in the hub's order (never the devices' clocks,
 * S12); a change its side may not make from where the referral stands then is left out.
 */
export function foldStatus(changes: readonly OrderedChange[]): ReferralStatus {
  let status: ReferralStatus = 'sent';
  for (const change of changes) {
    if (mayChangeStatus(change.side, status, change.status)) status = change.status;
  }
  return status;
}
