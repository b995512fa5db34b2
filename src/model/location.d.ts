import * as z from 'zod/mini';
export declare const addressSchema: z.ZodMiniObject<
  {
    id: z.ZodMiniUUID;
    address_1: z.ZodMiniString<string>;
    address_2: z.ZodMiniOptional<z.ZodMiniString<string>>;
    city: z.ZodMiniString<string>;
    state_province: z.ZodMiniString<string>;
    postal_code: z.ZodMiniString<string>;
    country: z.ZodMiniString<string>;
    address_type: z.ZodMiniEnum<{
      physical: 'physical';
      postal: 'postal';
    }>;
  },
  z.core.$strip
>;
export type Address = z.infer<typeof addressSchema>;
export declare const locationSchema: z.ZodMiniObject<
  {
    id: z.ZodMiniUUID;
    organization_id: z.ZodMiniUUID;
    location_type: z.ZodMiniEnum<{
      physical: 'physical';
      postal: 'postal';
      virtual: 'virtual';
    }>;
    name: z.ZodMiniOptional<z.ZodMiniString<string>>;
    description: z.ZodMiniOptional<z.ZodMiniString<string>>;
    transportation: z.ZodMiniOptional<z.ZodMiniString<string>>;
    latitude: z.ZodMiniNumber<number>;
    longitude: z.ZodMiniNumber<number>;
    community_id: z.ZodMiniString<string>;
    address_confidential: z.ZodMiniBoolean<boolean>;
    addresses: z.ZodMiniArray<
      z.ZodMiniObject<
        {
          id: z.ZodMiniUUID;
          address_1: z.ZodMiniString<string>;
          address_2: z.ZodMiniOptional<z.ZodMiniString<string>>;
          city: z.ZodMiniString<string>;
          state_province: z.ZodMiniString<string>;
          postal_code: z.ZodMiniString<string>;
          country: z.ZodMiniString<string>;
          address_type: z.ZodMiniEnum<{
            physical: 'physical';
            postal: 'postal';
          }>;
        },
        z.core.$strip
      >
    >;
    last_modified: z.iso.ZodMiniISODateTime;
  },
  z.core.$strict
>;
export type Location = z.infer<typeof locationSchema>;
