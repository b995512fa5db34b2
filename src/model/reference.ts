// Reference data the app ships (communities, crisis lines), parsed at the edge like anything else.
import * as z from 'zod/mini';
import { communityId, isoDate, phoneNumber, shortText } from './common';

export const ACCESS_MODES = ['road', 'rail', 'fly-in'] as const;
export type AccessMode = (typeof ACCESS_MODES)[number];

export const communitySchema = z.object({
  id: communityId,
  name: z.string().check(z.minLength(1)),
  name_fr: z.optional(z.string()),
  district: z.string(),
  district_approximate: z.optional(z.boolean()),
  lat: z.number().check(z.gte(-90), z.lte(90)),
  lng: z.number().check(z.gte(-180), z.lte(180)),
  approximate: z.optional(z.boolean()),
  population: z.optional(z.int()),
  access: z.enum(ACCESS_MODES),
  noraht_session: z.boolean(),
});
export type Community = z.infer<typeof communitySchema>;
export const communitiesFileSchema = z.object({ about: z.string(), communities: z.array(communitySchema) });

export const crisisLineSchema = z.object({
  id: z.string().check(z.regex(/^[a-z0-9-]+$/)),
  name: shortText,
  name_fr: shortText,
  phone: phoneNumber,
  sms: z.optional(phoneNumber),
  sms_keyword: z.optional(z.string()),
  /** The keyword the line answers in French (Kids Help Phone: PARLER for CONNECT). */
  sms_keyword_fr: z.optional(z.string()),
  hours: z.optional(z.string()),
  /** The languages it answers in, as words for the English and the French reader. */
  languages: z.optional(z.string()),
  languages_fr: z.optional(z.string()),
  area: z.string(),
  note: z.optional(shortText),
  note_fr: z.optional(shortText),
  kind: z.optional(z.string()),
});
export type CrisisLine = z.infer<typeof crisisLineSchema>;
export const crisisLinesFileSchema = z.object({
  about: z.string(),
  last_verified: isoDate,
  lines: z.array(crisisLineSchema),
});

/** Fly-in and rail-only communities are not reachable by road; 911 may not reach fly-in ones. */
export function reachableByRoad(community: Pick<Community, 'access'>): boolean {
  return community.access === 'road';
}
