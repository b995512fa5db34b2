// Field schemas shared by organizations, services and locations (HSDS 3.0 names).
import * as z from 'zod/mini';

export const uuid = z.uuid();
export const SHORT_TEXT_MAX = 300;
export const shortText = z.string().check(z.maxLength(SHORT_TEXT_MAX));
/** The longest free text a record field holds; forms show a counter before it bites. */
export const LONG_TEXT_MAX = 5000;
export const longText = z.string().check(z.maxLength(LONG_TEXT_MAX));
/** Markup in a name is refused: names are shown, shared and exported as plain text. */
const NO_MARKUP = /^[^<>]*$/;
export const name = z
  .string()
  .check(
    z.trim(),
    z.minLength(1),
    z.maxLength(200),
    z.regex(NO_MARKUP, { error: 'must not contain < or >' }),
  );
/** ISO calendar date, YYYY-MM-DD. */
export const isoDate = z.iso.date();
/** ISO date-time with an offset or Z. */
export const isoDateTime = z.iso.datetime({ offset: true });
export const httpUrl = z.url({ protocol: /^https?$/ });

const BASE64 = /^[A-Za-z0-9+/]*={0,2}$/;
/** Standard base64 (with padding): how keys, IVs and ciphertexts travel and are stored. */
export const base64 = z.string().check(z.regex(BASE64));
/** Base64 of exactly `bytes` bytes (a key, an IV, a signature of known size), padding included. */
export function base64Of(bytes: number) {
  const tail = ['', '[A-Za-z0-9+/]{2}==', '[A-Za-z0-9+/]{3}='][bytes % 3];
  return z.string().check(z.regex(new RegExp(`^[A-Za-z0-9+/]{${Math.floor(bytes / 3) * 4}}${tail}$`)));
}

/** yes / no / unknown: unknown never counts as either. */
export const TRI = ['yes', 'no', 'unknown'] as const;
export type Tri = (typeof TRI)[number];
export const tri = z.enum(TRI);

/** Digits with the usual separators; short codes such as 211 and 988 are valid. */
export const phoneNumber = z.string().check(z.regex(/^\+?[0-9][0-9 ().-]{1,23}$/));

// RFC 6350 phone types that HSDS uses.
export const PHONE_TYPES = ['voice', 'text', 'cell', 'fax', 'textphone', 'video', 'pager'] as const;
export type PhoneType = (typeof PHONE_TYPES)[number];

export const phoneSchema = z.object({
  id: uuid,
  number: phoneNumber,
  extension: z.optional(z.int().check(z.gte(0), z.lte(99999))),
  type: z.enum(PHONE_TYPES),
  description: z.optional(shortText),
});
export type Phone = z.infer<typeof phoneSchema>;

/** Languages the directory can filter on; other ISO 639 codes are kept as they come. */
export const KNOWN_LANGUAGES = ['en', 'fr', 'oj', 'cr', 'ojs'] as const;
export type KnownLanguage = (typeof KNOWN_LANGUAGES)[number];

export const languageSchema = z.object({
  id: uuid,
  /** ISO 639-1 or 639-3 code (`oj` Anishinaabemowin, `cr` Cree, `ojs` Oji-Cree). */
  code: z.string().check(z.regex(/^[a-z]{2,3}$/)),
  name: z.optional(shortText),
  note: z.optional(shortText),
});
export type Language = z.infer<typeof languageSchema>;

export const COMMUNITY_ID = /^[a-z0-9]+(-[a-z0-9]+)*$/;
export const communityId = z.string().check(z.regex(COMMUNITY_ID), z.maxLength(60));

export const serviceAreaSchema = z.object({
  id: uuid,
  name: shortText,
  description: z.optional(shortText),
  /** The community this area is, when it is one of the region's communities. */
  community_id: z.optional(communityId),
});
export type ServiceArea = z.infer<typeof serviceAreaSchema>;

/** The largest JSON an imported record may carry in `hsds_extra` (its HSDS fields we do not use). */
export const EXTRA_MAX_BYTES = 32_000;

/**
 * HSDS fields a record came with that this app does not use (funding, contacts, cost options…), kept
 * as they came so that an export gives them back. Bounded so that no import can bloat the directory.
 */
export const hsdsExtra = z.record(z.string(), z.unknown()).check(
  z.refine((value) => JSON.stringify(value).length <= EXTRA_MAX_BYTES, {
    message: `must be at most ${EXTRA_MAX_BYTES} characters of JSON`,
  }),
);
