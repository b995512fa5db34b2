import * as z from 'zod/mini';
export declare const ENTITIES: readonly ['organization', 'service', 'location'];
export type Entity = (typeof ENTITIES)[number];
export declare const MUTATION_OPS: readonly ['put', 'patch', 'delete'];
export type MutationOp = (typeof MUTATION_OPS)[number];
export declare const mutationSchema: z.ZodMiniObject<
  {
    id: z.ZodMiniUUID;
    entity: z.ZodMiniEnum<{
      organization: 'organization';
      service: 'service';
      location: 'location';
    }>;
    recordId: z.ZodMiniUUID;
    op: z.ZodMiniEnum<{
      put: 'put';
      patch: 'patch';
      delete: 'delete';
    }>;
    baseVersion: z.ZodMiniNullable<z.ZodMiniInt>;
    fields: z.ZodMiniOptional<z.ZodMiniArray<z.ZodMiniString<string>>>;
    value: z.ZodMiniOptional<z.ZodMiniRecord<z.ZodMiniString<string>, z.ZodMiniUnknown>>;
    createdAt: z.iso.ZodMiniISODateTime;
  },
  z.core.$strip
>;
export type Mutation = z.infer<typeof mutationSchema>;
