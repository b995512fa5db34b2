// Loads the sample directory: every record validated first (all or nothing), written in chunks inside
// one transaction, flagged sample, and never put in the outbox.
import type { Location } from '../model/location';
import { locationSchema } from '../model/location';
import type { Organization } from '../model/organization';
import { organizationSchema } from '../model/organization';
import { err, ok, type Result } from '../model/result';
import type { Service } from '../model/service';
import { serviceSchema } from '../model/service';
import { parseRecord } from '../model/validation';
import { recordChange } from './changes';
import { type CommandContext, type CommandError, storageError } from './commands';
import { type StoredRecord, sortKey } from './schema';

export const SAMPLE_META_KEY = 'sample-directory';
const CHUNK = 500;

export interface SampleMarker {
  version: number;
  loadedAt: string;
  counts: { organizations: number; services: number; locations: number };
}

export interface DirectoryRecords {
  organizations: Organization[];
  services: Service[];
  locations: Location[];
}

function envelope<T extends { name?: string }>(value: T): StoredRecord<T> {
  return {
    id: (value as unknown as { id: string }).id,
    value,
    serverVersion: null,
    serverCopy: null,
    pendingFields: [],
    sample: 1,
    sortName: sortKey(value.name ?? ''),
  };
}

function validateAll<T>(
  entity: string,
  schema: Parameters<typeof parseRecord>[1],
  rows: unknown[],
): Result<T[], CommandError> {
  const out: T[] = [];
  for (const row of rows) {
    const parsed = parseRecord(entity, schema, row);
    if (!parsed.ok) return parsed;
    out.push(parsed.value as T);
  }
  return ok(out);
}

export async function readSampleMarker(ctx: CommandContext): Promise<SampleMarker | undefined> {
  return (await ctx.db.meta.get(SAMPLE_META_KEY))?.value as SampleMarker | undefined;
}

/**
 * Writes `directory` as the sample directory of `version`, replacing an older sample. Records the
 * device made itself are left alone.
 */
export async function loadSampleDirectory(
  ctx: CommandContext,
  directory: DirectoryRecords,
  version: number,
): Promise<Result<SampleMarker, CommandError>> {
  const organizations = validateAll<Organization>(
    'organization',
    organizationSchema,
    directory.organizations,
  );
  if (!organizations.ok) return organizations;
  const services = validateAll<Service>('service', serviceSchema, directory.services);
  if (!services.ok) return services;
  const locations = validateAll<Location>('location', locationSchema, directory.locations);
  if (!locations.ok) return locations;

  const { db } = ctx;
  const marker: SampleMarker = {
    version,
    loadedAt: (ctx.now ?? (() => new Date()))().toISOString(),
    counts: {
      organizations: organizations.value.length,
      services: services.value.length,
      locations: locations.value.length,
    },
  };
  try {
    await db.transaction(
      'rw',
      [db.organizations, db.services, db.locations, db.meta, db.changes],
      async () => {
        for (const table of [db.organizations, db.services, db.locations]) {
          await table.where('sample').equals(1).delete();
        }
        for (let i = 0; i < organizations.value.length; i += CHUNK) {
          await db.organizations.bulkPut(organizations.value.slice(i, i + CHUNK).map(envelope));
        }
        for (let i = 0; i < services.value.length; i += CHUNK) {
          await db.services.bulkPut(services.value.slice(i, i + CHUNK).map(envelope));
        }
        for (let i = 0; i < locations.value.length; i += CHUNK) {
          await db.locations.bulkPut(locations.value.slice(i, i + CHUNK).map(envelope));
        }
        await db.meta.put({ key: SAMPLE_META_KEY, value: marker });
        await recordChange(db, { kind: 'reset' });
      },
    );
  } catch (error) {
    return err(storageError(error));
  }
  return ok(marker);
}
