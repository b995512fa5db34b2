// An organization (agency), as HSDS 3.0 names it.
import * as z from 'zod/mini';
import { hsdsExtra, httpUrl, isoDateTime, longText, name, phoneSchema, shortText, uuid } from './common';

export const organizationSchema = z.strictObject({
  id: uuid,
  name,
  name_fr: z.optional(name),
  alternate_name: z.optional(shortText),
  description: longText,
  description_fr: z.optional(longText),
  email: z.optional(z.email()),
  website: z.optional(httpUrl),
  phones: z.array(phoneSchema).check(z.maxLength(20)),
  hsds_extra: z.optional(hsdsExtra),
  last_modified: isoDateTime,
});
export type Organization = z.infer<typeof organizationSchema>;
