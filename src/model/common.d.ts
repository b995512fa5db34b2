import * as z from 'zod/mini';
export declare const uuid: z.ZodMiniUUID;
export declare const shortText: z.ZodMiniString<string>;
export declare const longText: z.ZodMiniString<string>;
export declare const name: z.ZodMiniString<string>;
/** ISO calendar date, YYYY-MM-DD. */
export declare const isoDate: z.iso.ZodMiniISODate;
/** ISO date-time with an offset or Z. */
export declare const isoDateTime: z.iso.ZodMiniISODateTime;
export declare const httpUrl: z.ZodMiniURL;
/** yes / no / unknown: unknown never counts as either. */
export declare const TRI: readonly ['yes', 'no', 'unknown'];
export type Tri = (typeof TRI)[number];
export declare const tri: z.ZodMiniEnum<{
  yes: 'yes';
  no: 'no';
  unknown: 'unknown';
}>;
/** Digits with the usual separators; short codes such as 211 and 988 are valid. */
export declare const phoneNumber: z.ZodMiniString<string>;
export declare const PHONE_TYPES: readonly ['voice', 'text', 'cell', 'fax', 'textphone', 'video', 'pager'];
export type PhoneType = (typeof PHONE_TYPES)[number];
export declare const phoneSchema: z.ZodMiniObject<
  {
    id: z.ZodMiniUUID;
    number: z.ZodMiniString<string>;
    extension: z.ZodMiniOptional<z.ZodMiniInt>;
    type: z.ZodMiniEnum<{
      voice: 'voice';
      text: 'text';
      cell: 'cell';
      fax: 'fax';
      textphone: 'textphone';
      video: 'video';
      pager: 'pager';
    }>;
    description: z.ZodMiniOptional<z.ZodMiniString<string>>;
  },
  z.core.$strip
>;
export type Phone = z.infer<typeof phoneSchema>;
/** Languages the directory can filter on; other ISO 639 codes are kept as they come. */
export declare const KNOWN_LANGUAGES: readonly ['en', 'fr', 'oj', 'cr', 'ojs'];
export type KnownLanguage = (typeof KNOWN_LANGUAGES)[number];
export declare const languageSchema: z.ZodMiniObject<
  {
    id: z.ZodMiniUUID;
    code: z.ZodMiniString<string>;
    name: z.ZodMiniOptional<z.ZodMiniString<string>>;
    note: z.ZodMiniOptional<z.ZodMiniString<string>>;
  },
  z.core.$strip
>;
export type Language = z.infer<typeof languageSchema>;
export declare const COMMUNITY_ID: RegExp;
export declare const communityId: z.ZodMiniString<string>;
export declare const serviceAreaSchema: z.ZodMiniObject<
  {
    id: z.ZodMiniUUID;
    name: z.ZodMiniString<string>;
    description: z.ZodMiniOptional<z.ZodMiniString<string>>;
    community_id: z.ZodMiniOptional<z.ZodMiniString<string>>;
  },
  z.core.$strip
>;
export type ServiceArea = z.infer<typeof serviceAreaSchema>;
