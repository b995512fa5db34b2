import * as z from 'zod/mini';
export declare const organizationSchema: z.ZodMiniObject<
  {
    id: z.ZodMiniUUID;
    name: z.ZodMiniString<string>;
    name_fr: z.ZodMiniOptional<z.ZodMiniString<string>>;
    alternate_name: z.ZodMiniOptional<z.ZodMiniString<string>>;
    description: z.ZodMiniString<string>;
    description_fr: z.ZodMiniOptional<z.ZodMiniString<string>>;
    email: z.ZodMiniOptional<z.ZodMiniEmail>;
    website: z.ZodMiniOptional<z.ZodMiniURL>;
    phones: z.ZodMiniArray<
      z.ZodMiniObject<
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
      >
    >;
    last_modified: z.iso.ZodMiniISODateTime;
  },
  z.core.$strict
>;
export type Organization = z.infer<typeof organizationSchema>;
