// The wire between a device and its hub (rules S2–S9): every request and answer as a zod schema that
// both sides parse, with the protocol version every request carries. Bounded everywhere: strings,
// arrays and pages have maxima, and unknown keys are refused, so a hostile request is refused at the
// edge with a reason. Shared by the app's sync/ and the hub.
import * as z from 'zod/mini';
import { isoDateTime, name, shortText, uuid } from '../model/common';
import { ENTITIES } from '../model/mutation';
import { ROLES } from '../model/roles';

/**
 * Bumped when a change would make an older app misread the hub, or the hub an older app (S9).
 * 2: the referral key list marks retired key sets and the referral settings name the communities
 * withheld; an app of version 1 parses both strictly and would fail its referral rounds, so it is
 * told to update instead.
 */
export const PROTOCOL_VERSION = 2;
/** The header every request carries its protocol version in. */
export const PROTOCOL_HEADER = 'X-Circle-Protocol';

/**
 * "Wipe this device" asks the hub for a `Clear-Site-Data` answer (the HTTP cache is out of a page's
 * reach). POST, no body, no token, no protocol header: it changes nothing on the hub.
 */
export const CLEAR_SITE_DATA_PATH = '/api/clear-site-data';

export const MAX_BODY_BYTES = 256 * 1024;
export const MAX_BATCH = 500;
export const MAX_PAGE = 1_000;
export const DEFAULT_PAGE = 500;

export { INVITE_DAYS_DEFAULT, ROLES, type Role } from '../model/roles';

/** Refusals a device can act on; each has a message in both languages in the app. */
export const ERROR_CODES = [
  'bad_request',
  'unauthorized',
  'revoked',
  'forbidden',
  'not_found',
  'too_large',
  'rate_limited',
  'invite_invalid',
  'locked_out',
  'protocol_unsupported',
  'internal',
] as const;
export type ErrorCode = (typeof ERROR_CODES)[number];

export const errorBodySchema = z.strictObject({
  error: z.strictObject({
    code: z.enum(ERROR_CODES),
    message: z.string().check(z.maxLength(500)),
    /** For protocol_unsupported: the versions the hub speaks. */
    supported: z.optional(z.array(z.int())),
  }),
});
export type ErrorBody = z.infer<typeof errorBodySchema>;

const recordValue = z.record(z.string().check(z.maxLength(100)), z.unknown());

/** An invite code as a person types it: letters and digits, dashes and spaces ignored. */
export const inviteCode = z.string().check(z.minLength(8), z.maxLength(64), z.regex(/^[A-Za-z0-9 -]+$/));

export const enrolRequestSchema = z.strictObject({
  code: inviteCode,
  /** A name the coordinator sees in the device list, e.g. "Outreach phone 2". */
  deviceName: z.optional(shortText),
});
export type EnrolRequest = z.infer<typeof enrolRequestSchema>;

export const membershipSchema = z.strictObject({
  network: z.strictObject({ id: uuid, name, demo: z.boolean() }),
  device: z.strictObject({ id: uuid }),
  role: z.enum(ROLES),
  agency: z.nullable(z.strictObject({ id: uuid, name })),
});
export type Membership = z.infer<typeof membershipSchema>;

export const enrolResponseSchema = z.strictObject({
  /** 32 random bytes, base64url: shown once, stored by the hub only hashed. */
  token: z.string().check(z.minLength(43), z.maxLength(64)),
  membership: membershipSchema,
});
export type EnrolResponse = z.infer<typeof enrolResponseSchema>;

/** A mutation as it travels (rule S1, without the device's local order and status). */
const wireHead = {
  id: uuid,
  entity: z.enum(ENTITIES),
  recordId: uuid,
  baseVersion: z.nullable(z.int().check(z.gte(0))),
  createdAt: isoDateTime,
};
export const wireMutationSchema = z.discriminatedUnion('op', [
  z.strictObject({ ...wireHead, op: z.literal('put'), value: recordValue }),
  z.strictObject({
    ...wireHead,
    op: z.literal('patch'),
    fields: z
      .array(z.string().check(z.minLength(1), z.maxLength(100)))
      .check(z.minLength(1), z.maxLength(100)),
    value: recordValue,
  }),
  z.strictObject({ ...wireHead, op: z.literal('delete') }),
]);
export type WireMutation = z.infer<typeof wireMutationSchema>;

export const pushRequestSchema = z.strictObject({
  mutations: z.array(wireMutationSchema).check(z.minLength(1), z.maxLength(MAX_BATCH)),
});
export type PushRequest = z.infer<typeof pushRequestSchema>;

/** Why the hub refused a mutation outright (S4: kept on the device until a person resolves it). */
export const REFUSALS = ['forbidden', 'invalid', 'not_found', 'deleted', 'exists'] as const;
export type Refusal = (typeof REFUSALS)[number];

export const mutationResultSchema = z.discriminatedUnion('status', [
  z.strictObject({ id: uuid, status: z.literal('applied'), version: z.int().check(z.gte(1)) }),
  z.strictObject({
    id: uuid,
    status: z.literal('conflict'),
    /** The hub's record now: its version and value (null when deleted there). */
    current: z.strictObject({ version: z.int().check(z.gte(0)), value: z.nullable(recordValue) }),
    /** The fields both sides changed. */
    fields: z.array(z.string()),
  }),
  z.strictObject({
    id: uuid,
    status: z.literal('refused'),
    reason: z.enum(REFUSALS),
    message: z.string().check(z.maxLength(1000)),
  }),
]);
export type MutationResult = z.infer<typeof mutationResultSchema>;

export const pushResponseSchema = z.strictObject({ results: z.array(mutationResultSchema) });
export type PushResponse = z.infer<typeof pushResponseSchema>;

/** What a device puts in the pull's query (`form=compact`) to ask for the compact form (compactPage.ts). */
export const COMPACT_FORM = 'compact';

export const pullQuerySchema = z.strictObject({
  /** The hub's sequence the device has applied up to; 0 for everything. */
  cursor: z.int().check(z.gte(0)),
  limit: z.int().check(z.gte(1), z.lte(MAX_PAGE)),
  /** Ask for each record's owning agency (older apps do not, and get the answer they know). */
  owners: z.optional(z.boolean()),
  /** Ask for the compact form (older apps do not, and get the plain one). */
  form: z.optional(z.literal(COMPACT_FORM)),
});
export type PullQuery = z.infer<typeof pullQuerySchema>;

/** One record as it is on the hub now; `value: null` is a tombstone (S7). */
export const pulledRecordSchema = z.strictObject({
  seq: z.int().check(z.gte(1)),
  entity: z.enum(ENTITIES),
  id: uuid,
  version: z.int().check(z.gte(1)),
  value: z.nullable(recordValue),
  /** The agency that owns it (null: the network's own); only when the pull asked for owners. */
  owner: z.optional(z.nullable(uuid)),
});
export type PulledRecord = z.infer<typeof pulledRecordSchema>;

export const pullResponseSchema = z.strictObject({
  records: z.array(pulledRecordSchema).check(z.maxLength(MAX_PAGE)),
  /** Apply `records`, then store this cursor, in one transaction (S5). */
  cursor: z.int().check(z.gte(0)),
  more: z.boolean(),
  /**
   * The cursor was older than what the hub keeps (S7): drop every pulled record and pull from 0;
   * the outbox survives.
   */
  reset: z.boolean(),
});
export type PullResponse = z.infer<typeof pullResponseSchema>;

/**
 * A record of a compact page: no `seq` (a device stores the page's cursor, never a record's), every
 * UUID string in it written `~` (its bytes in the page's `ids`: compactPage.ts), the id only where the
 * value does not carry it.
 */
export const compactRecordSchema = z.strictObject({
  /** The entity. */
  e: z.enum(ENTITIES),
  /** The record's version. */
  v: z.int().check(z.gte(1)),
  /** The value, its UUIDs packed; null for a tombstone. */
  r: z.nullable(recordValue),
  /** The record's id, packed: only when the value does not carry the same one. */
  i: z.optional(z.string().check(z.maxLength(100))),
  /** The owning agency's id, packed (null: the network's own); only when the pull asked for owners. */
  o: z.optional(z.nullable(z.string().check(z.maxLength(100)))),
});
export type CompactRecord = z.infer<typeof compactRecordSchema>;

/**
 * A pulled page in its compact form: asked with `form=compact` (an older hub ignores the parameter
 * and answers the plain form, which a device still reads); the same records in fewer bytes.
 */
export const compactPullResponseSchema = z.strictObject({
  form: z.literal(COMPACT_FORM),
  records: z.array(compactRecordSchema).check(z.maxLength(MAX_PAGE)),
  /** The page's UUIDs, 22 base64url characters each, in the order its `~` strings are met. */
  ids: z.string().check(z.maxLength(MAX_PAGE * 22 * 1000), z.regex(/^[A-Za-z0-9_-]*$/)),
  /** As in the plain form: apply `records`, then store this cursor, in one transaction (S5). */
  cursor: z.int().check(z.gte(0)),
  more: z.boolean(),
  reset: z.boolean(),
  /** The hub's latest sequence when the page was read: how far this pull has to go (progress). */
  latest: z.int().check(z.gte(0)),
});
export type CompactPullResponse = z.infer<typeof compactPullResponseSchema>;

/** A pulled record as a device applies it, from either form (the compact one has no `seq`). */
export type PulledChange = Omit<PulledRecord, 'seq'>;

/** A pulled page from either form; `latest` only from the compact one. */
export interface PulledPage {
  records: PulledChange[];
  cursor: number;
  more: boolean;
  reset: boolean;
  latest?: number;
}

// The coordinator's screens.

export const agencySchema = z.strictObject({ id: uuid, name, createdAt: isoDateTime });
export type Agency = z.infer<typeof agencySchema>;
export const agencyInputSchema = z.strictObject({ name });

export const inviteInputSchema = z.strictObject({
  role: z.enum(ROLES),
  /** Required for editors and outreach workers; none for peer supporters; optional for coordinators. */
  agencyId: z.nullable(uuid),
  days: z.optional(z.int().check(z.gte(1), z.lte(90))),
});
export type InviteInput = z.infer<typeof inviteInputSchema>;

export const inviteSchema = z.strictObject({
  id: uuid,
  role: z.enum(ROLES),
  agencyId: z.nullable(uuid),
  createdAt: isoDateTime,
  expiresAt: isoDateTime,
  state: z.enum(['open', 'used', 'revoked', 'expired']),
});
export type Invite = z.infer<typeof inviteSchema>;
/** A new invite: the code is shown once (as text and as a QR code of `https://HUB/#join=CODE`). */
export const newInviteSchema = z.strictObject({ invite: inviteSchema, code: z.string() });
export type NewInvite = z.infer<typeof newInviteSchema>;

export const deviceSchema = z.strictObject({
  id: uuid,
  name: z.optional(shortText),
  role: z.enum(ROLES),
  agencyId: z.nullable(uuid),
  enrolledAt: isoDateTime,
  lastSeenAt: z.nullable(isoDateTime),
  revokedAt: z.nullable(isoDateTime),
});
export type Device = z.infer<typeof deviceSchema>;

export const auditEntrySchema = z.strictObject({
  seq: z.int(),
  at: isoDateTime,
  /** enrol, revoke-device, revoke-invite, create-invite, create-agency, rename-agency, refuse, write … */
  action: z.string().check(z.maxLength(40)),
  deviceId: z.nullable(uuid),
  /** What it concerned (an entity and id, an invite id): never a record's contents. */
  subject: z.nullable(z.string().check(z.maxLength(200))),
  detail: z.nullable(z.string().check(z.maxLength(200))),
});
export type AuditEntry = z.infer<typeof auditEntrySchema>;

export * from './compactPage';
export * from './relay';
export * from './stats';
