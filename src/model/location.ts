// A location, as HSDS 3.0 names it. A confidential location (a safe house, say) keeps its street
// address off every screen and export: in a small community "everyone knows where the safe house is".
import * as z from 'zod/mini';
import { communityId, hsdsExtra, isoDateTime, name, shortText, uuid } from './common';

export const addressSchema = z.object({
  id: uuid,
  address_1: z.string().check(z.minLength(1), z.maxLength(200)),
  address_2: z.optional(shortText),
  city: z.string().check(z.minLength(1), z.maxLength(100)),
  state_province: z.string().check(z.minLength(2), z.maxLength(50)),
  postal_code: z.string().check(z.regex(/^[A-Za-z][0-9][A-Za-z] ?[0-9][A-Za-z][0-9]$/)),
  country: z.string().check(z.regex(/^[A-Z]{2}$/)),
  address_type: z.enum(['physical', 'postal']),
});
export type Address = z.infer<typeof addressSchema>;

export const locationSchema = z.strictObject({
  id: uuid,
  organization_id: uuid,
  location_type: z.enum(['physical', 'postal', 'virtual']),
  name: z.optional(name),
  name_fr: z.optional(name),
  description: z.optional(shortText),
  description_fr: z.optional(shortText),
  transportation: z.optional(shortText),
  transportation_fr: z.optional(shortText),
  latitude: z.number().check(z.gte(-90), z.lte(90)),
  longitude: z.number().check(z.gte(-180), z.lte(180)),
  /** The region community it is in (see src/data/communities.json). */
  community_id: communityId,
  /** True for a location whose address must not be shown (shelters, safe houses). */
  address_confidential: z.boolean(),
  addresses: z.array(addressSchema).check(z.maxLength(5)),
  hsds_extra: z.optional(hsdsExtra),
  last_modified: isoDateTime,
});
export type Location = z.infer<typeof locationSchema>;
