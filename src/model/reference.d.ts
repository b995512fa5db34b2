import * as z from 'zod/mini';
export declare const ACCESS_MODES: readonly ['road', 'rail', 'fly-in'];
export type AccessMode = (typeof ACCESS_MODES)[number];
export declare const communitySchema: z.ZodMiniObject<
  {
    id: z.ZodMiniString<string>;
    name: z.ZodMiniString<string>;
    name_fr: z.ZodMiniOptional<z.ZodMiniString<string>>;
    district: z.ZodMiniString<string>;
    district_approximate: z.ZodMiniOptional<z.ZodMiniBoolean<boolean>>;
    lat: z.ZodMiniNumber<number>;
    lng: z.ZodMiniNumber<number>;
    approximate: z.ZodMiniOptional<z.ZodMiniBoolean<boolean>>;
    population: z.ZodMiniOptional<z.ZodMiniInt>;
    access: z.ZodMiniEnum<{
      road: 'road';
      rail: 'rail';
      'fly-in': 'fly-in';
    }>;
    noraht_session: z.ZodMiniBoolean<boolean>;
  },
  z.core.$strip
>;
export type Community = z.infer<typeof communitySchema>;
export declare const communitiesFileSchema: z.ZodMiniObject<
  {
    about: z.ZodMiniString<string>;
    communities: z.ZodMiniArray<
      z.ZodMiniObject<
        {
          id: z.ZodMiniString<string>;
          name: z.ZodMiniString<string>;
          name_fr: z.ZodMiniOptional<z.ZodMiniString<string>>;
          district: z.ZodMiniString<string>;
          district_approximate: z.ZodMiniOptional<z.ZodMiniBoolean<boolean>>;
          lat: z.ZodMiniNumber<number>;
          lng: z.ZodMiniNumber<number>;
          approximate: z.ZodMiniOptional<z.ZodMiniBoolean<boolean>>;
          population: z.ZodMiniOptional<z.ZodMiniInt>;
          access: z.ZodMiniEnum<{
            road: 'road';
            rail: 'rail';
            'fly-in': 'fly-in';
          }>;
          noraht_session: z.ZodMiniBoolean<boolean>;
        },
        z.core.$strip
      >
    >;
  },
  z.core.$strip
>;
export declare const crisisLineSchema: z.ZodMiniObject<
  {
    id: z.ZodMiniString<string>;
    name: z.ZodMiniString<string>;
    name_fr: z.ZodMiniString<string>;
    phone: z.ZodMiniString<string>;
    sms: z.ZodMiniOptional<z.ZodMiniString<string>>;
    sms_keyword: z.ZodMiniOptional<z.ZodMiniString<string>>;
    hours: z.ZodMiniOptional<z.ZodMiniString<string>>;
    languages: z.ZodMiniOptional<z.ZodMiniString<string>>;
    area: z.ZodMiniString<string>;
    note: z.ZodMiniOptional<z.ZodMiniString<string>>;
    kind: z.ZodMiniOptional<z.ZodMiniString<string>>;
  },
  z.core.$strip
>;
export type CrisisLine = z.infer<typeof crisisLineSchema>;
export declare const crisisLinesFileSchema: z.ZodMiniObject<
  {
    about: z.ZodMiniString<string>;
    last_verified: z.iso.ZodMiniISODate;
    lines: z.ZodMiniArray<
      z.ZodMiniObject<
        {
          id: z.ZodMiniString<string>;
          name: z.ZodMiniString<string>;
          name_fr: z.ZodMiniString<string>;
          phone: z.ZodMiniString<string>;
          sms: z.ZodMiniOptional<z.ZodMiniString<string>>;
          sms_keyword: z.ZodMiniOptional<z.ZodMiniString<string>>;
          hours: z.ZodMiniOptional<z.ZodMiniString<string>>;
          languages: z.ZodMiniOptional<z.ZodMiniString<string>>;
          area: z.ZodMiniString<string>;
          note: z.ZodMiniOptional<z.ZodMiniString<string>>;
          kind: z.ZodMiniOptional<z.ZodMiniString<string>>;
        },
        z.core.$strip
      >
    >;
  },
  z.core.$strip
>;
/** Fly-in and rail-only communities are not reachable by road; 911 may not reach fly-in ones. */
export declare function reachableByRoad(community: Pick<Community, 'access'>): boolean;
