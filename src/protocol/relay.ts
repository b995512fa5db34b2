// The referral relay on the wire (issue 16, R2–R3): devices publish their public keys, push sealed
// items (envelopes, key grants, status updates) and pull those of their agency's referrals by the
// relay's own cursor. The hub checks routing (who sends, for which agencies, until when) and stores
// ciphertext; the items' shapes are model/sealedReferral's, parsed strictly here as everywhere.
import * as z from 'zod/mini';
import { communityId, uuid } from '../model/common';
import { retentionDaysSchema } from '../model/referral';
import {
  keyGrantSchema,
  publicDeviceKeysSchema,
  referralEnvelopeSchema,
  statusUpdateSchema,
} from '../model/sealedReferral';
import { STATS_COMMUNITIES_MAX } from './stats';

export {
  type KeyGrant,
  type PublicDeviceKeys,
  publicDeviceKeysSchema,
  type ReferralEnvelope,
  type StatusUpdate,
} from '../model/sealedReferral';

/**
 * Key sets a device may retire by replacing them (a forgotten app-lock passphrase erases its keys);
 * past it, a replacement is refused `too_many_keys`.
 */
export const RETIRED_KEYS_MAX = 10;

/** Sealed items per push: an envelope for 200 devices is ~90 KB, so the body limit bites first. */
export const MAX_SEALED_BATCH = 100;
export const MAX_SEALED_PAGE = 500;
export const DEFAULT_SEALED_PAGE = 100;
/** A pulled page stops adding items past this many bytes of JSON (always at least one item). */
export const SEALED_PAGE_BYTES = 1024 * 1024;

export const SEALED_KINDS = ['envelope', 'grant', 'status'] as const;
export type SealedKind = (typeof SEALED_KINDS)[number];

export const sealedItemSchema = z.discriminatedUnion('kind', [
  z.strictObject({ kind: z.literal('envelope'), item: referralEnvelopeSchema }),
  z.strictObject({ kind: z.literal('grant'), item: keyGrantSchema }),
  z.strictObject({ kind: z.literal('status'), item: statusUpdateSchema }),
]);
export type SealedItem = z.infer<typeof sealedItemSchema>;

/**
 * Why the hub refused a published key or a sealed item; each is stable and nothing of it is stored.
 * - `wrong_device`: it names another device than the one sending (as sender, granter, author, owner).
 * - `wrong_agency`: an agency that is not the one the hub records for the device, or a granter or
 *   author outside the referral's two agencies.
 * - `unknown_agency`: the receiving agency is not one of this network's.
 * - `may_not_send`: this device's role may not send referrals here (peers unless the network allows;
 *   a device with no agency).
 * - `bad_recipient`: a key or grant for a device that is not a current device, with published keys,
 *   of one of the two agencies.
 * - `bad_purge_at`: `purgeAt` is past, or later than the network's retention allows.
 * - `no_keys`: the device that signs it has not published its keys (no one could check it).
 * - `not_found`: a grant or status update for a referral the hub does not hold (or no longer).
 * - `exists`: this id is already stored with other contents (published keys are replaced only
 *   through their own route, and never by keys the device retired).
 * - `too_many_keys`: the device has retired `RETIRED_KEYS_MAX` key sets already.
 */
export const RELAY_REFUSALS = [
  'wrong_device',
  'wrong_agency',
  'unknown_agency',
  'may_not_send',
  'bad_recipient',
  'bad_purge_at',
  'no_keys',
  'not_found',
  'exists',
  'too_many_keys',
] as const;
export type RelayRefusal = (typeof RELAY_REFUSALS)[number];

const refusal = {
  status: z.literal('refused'),
  reason: z.enum(RELAY_REFUSALS),
  message: z.string().check(z.maxLength(500)),
};

/**
 * PUT /api/referrals/keys: the same keys again are `stored` again, other keys `exists`.
 * POST /api/referrals/keys/replace: other keys become the device's current ones (the same current
 * keys again are `stored` again); its old keys are kept as retired.
 */
export const publishKeysResponseSchema = z.discriminatedUnion('status', [
  z.strictObject({ status: z.literal('stored') }),
  z.strictObject(refusal),
]);
export type PublishKeysResponse = z.infer<typeof publishKeysResponseSchema>;

/**
 * A published key set as members list it. Senders wrap for current keys (`retired` false) of devices
 * not `revoked`; openers check signatures with any of the signer's keys, retired and revoked ones
 * included (what was signed before a replacement or a revocation). A device is listed once per key
 * set, its retired ones (oldest first) before its current one.
 */
export const publishedKeysSchema = z.strictObject({
  ...publicDeviceKeysSchema.shape,
  revoked: z.boolean(),
  retired: z.boolean(),
});
export type PublishedKeys = z.infer<typeof publishedKeysSchema>;

/**
 * Communities whose figures the network turned off (OCAP: a First Nation owns its data), each once.
 * The hub also checks that each is one of the communities the app ships.
 */
export const withheldCommunitiesSchema = z.array(communityId).check(
  z.maxLength(STATS_COMMUNITIES_MAX),
  z.refine((ids) => new Set(ids).size === ids.length, { message: 'each community once' }),
);

/** The network's referral settings (R4), set by a coordinator; absent keys stay as they are. */
export const referralSettingsInputSchema = z.strictObject({
  peersMaySend: z.optional(z.boolean()),
  retentionDays: z.optional(retentionDaysSchema),
  /** Replaces the whole list. */
  withheldCommunities: z.optional(withheldCommunitiesSchema),
});
export type ReferralSettingsInput = z.infer<typeof referralSettingsInputSchema>;
export const referralSettingsSchema = z.strictObject({
  peersMaySend: z.boolean(),
  retentionDays: retentionDaysSchema,
  withheldCommunities: withheldCommunitiesSchema,
});
export type ReferralSettings = z.infer<typeof referralSettingsSchema>;

/** The network's keys, and the settings a sender seals with (its retention; whether peers send). */
export const keysResponseSchema = z.strictObject({
  keys: z.array(publishedKeysSchema),
  settings: referralSettingsSchema,
});
export type KeysResponse = z.infer<typeof keysResponseSchema>;

export const pushSealedRequestSchema = z.strictObject({
  items: z.array(sealedItemSchema).check(z.minLength(1), z.maxLength(MAX_SEALED_BATCH)),
});
export type PushSealedRequest = z.infer<typeof pushSealedRequestSchema>;

/** One answer per item, in the batch's order; a replayed item gets its stored result again. */
const resultHead = { kind: z.enum(SEALED_KINDS), referralId: uuid };
export const sealedResultSchema = z.discriminatedUnion('status', [
  z.strictObject({ ...resultHead, status: z.literal('stored') }),
  z.strictObject({ ...resultHead, ...refusal }),
]);
export type SealedResult = z.infer<typeof sealedResultSchema>;

export const pushSealedResponseSchema = z.strictObject({
  results: z.array(sealedResultSchema).check(z.maxLength(MAX_SEALED_BATCH)),
});

export const pullSealedQuerySchema = z.strictObject({
  /** The relay's sequence this device has applied up to; 0 for everything. */
  cursor: z.int().check(z.gte(0)),
  limit: z.int().check(z.gte(1), z.lte(MAX_SEALED_PAGE)),
});
export type PullSealedQuery = z.infer<typeof pullSealedQuerySchema>;

const withSeq = { seq: z.int().check(z.gte(1)) };
export const pulledSealedSchema = z.discriminatedUnion('kind', [
  z.strictObject({ ...withSeq, kind: z.literal('envelope'), item: referralEnvelopeSchema }),
  z.strictObject({ ...withSeq, kind: z.literal('grant'), item: keyGrantSchema }),
  z.strictObject({ ...withSeq, kind: z.literal('status'), item: statusUpdateSchema }),
]);
export type PulledSealed = z.infer<typeof pulledSealedSchema>;

/**
 * Items of the referrals this device's agency sends or receives, in the relay's order. Apply
 * `items`, then store `cursor` (S5). A purged referral's items are simply no longer there.
 */
export const pullSealedResponseSchema = z.strictObject({
  items: z.array(pulledSealedSchema).check(z.maxLength(MAX_SEALED_PAGE)),
  cursor: z.int().check(z.gte(0)),
  more: z.boolean(),
});
export type PullSealedResponse = z.infer<typeof pullSealedResponseSchema>;

/** The referral id an item belongs to. */
export function referralIdOf(sealed: SealedItem): string {
  return sealed.item.referralId;
}
