// Exports, built where they cannot block typing (the import worker, or directly in tests): the
// directory as HSDS JSON (services, nested), as the HSDS CSV datapackage zipped, or as a bundle; an
// assessment as a bundle. Each returns bytes and a file name with the date; nothing leaves the device
// unless the person saves or shares the file.
import { type CircleDatabase, readAssessmentRecords, readDirectory } from '../db';
import { type BundleRecord, encodeBundle } from '../interop/bundle';
import {
  hsdsTaxonomies,
  hsdsTaxonomyTerms,
  toHsdsLocation,
  toHsdsOrganization,
  toHsdsService,
} from '../interop/hsds';
import { toTabular } from '../interop/tabular';
import { zipFiles } from '../interop/zip';
import type { Location } from '../model/location';

export type ExportKind = 'hsds-json' | 'hsds-csv' | 'directory-bundle' | 'assessment-bundle';

export interface ExportedFile {
  name: string;
  type: string;
  bytes: Uint8Array;
  /** Records in it (services for HSDS; every record for a bundle). */
  count: number;
}

const day = (now: Date) => now.toISOString().slice(0, 10);

/**
 * The directory as nested HSDS services; organizations and locations no service uses follow as
 * objects of their own, so that a round trip loses nothing.
 */
async function hsdsDirectory(db: CircleDatabase) {
  const { snapshot } = await readDirectory(db);
  const orgs = new Map(snapshot.organizations.map((o) => [o.id, o]));
  const places = new Map(snapshot.locations.map((l) => [l.id, l]));
  const usedOrgs = new Set(snapshot.services.map((s) => s.organization_id));
  const usedPlaces = new Set(snapshot.services.flatMap((s) => s.location_ids));
  const services = snapshot.services.map((s) =>
    toHsdsService(
      s,
      orgs.get(s.organization_id),
      s.location_ids.map((id) => places.get(id)).filter((l): l is Location => l !== undefined),
    ),
  );
  const organizations = snapshot.organizations.filter((o) => !usedOrgs.has(o.id)).map(toHsdsOrganization);
  const locations = snapshot.locations.filter((l) => !usedPlaces.has(l.id)).map(toHsdsLocation);
  return { services, organizations, locations };
}

export async function exportFile(
  db: CircleDatabase,
  kind: ExportKind,
  now: Date,
  assessmentId?: string,
): Promise<ExportedFile | null> {
  const encode = (text: string) => new TextEncoder().encode(text);
  switch (kind) {
    case 'hsds-json': {
      const { services, organizations, locations } = await hsdsDirectory(db);
      return {
        name: `directory-hsds-${day(now)}.json`,
        type: 'application/json',
        bytes: encode(JSON.stringify([...services, ...organizations, ...locations])),
        count: services.length,
      };
    }
    case 'hsds-csv': {
      const { services, organizations, locations } = await hsdsDirectory(db);
      const files = toTabular({
        services,
        organizations,
        locations,
        taxonomies: hsdsTaxonomies(),
        taxonomyTerms: hsdsTaxonomyTerms(),
      });
      return {
        name: `directory-hsds-${day(now)}.zip`,
        type: 'application/zip',
        bytes: zipFiles(files),
        count: services.length,
      };
    }
    case 'directory-bundle': {
      const { snapshot } = await readDirectory(db);
      const records: BundleRecord[] = [
        ...snapshot.organizations.map((value) => ({ entity: 'organization' as const, value })),
        ...snapshot.locations.map((value) => ({ entity: 'location' as const, value })),
        ...snapshot.services.map((value) => ({ entity: 'service' as const, value })),
      ];
      return {
        name: `directory-${day(now)}.circle.json`,
        type: 'application/json',
        bytes: encode(await encodeBundle('directory', records, now)),
        count: records.length,
      };
    }
    case 'assessment-bundle': {
      const read = assessmentId ? await readAssessmentRecords(db, assessmentId) : null;
      if (!read?.assessment) return null;
      const records: BundleRecord[] = [
        { entity: 'assessment', value: read.assessment },
        ...read.answers.map((value) => ({ entity: 'answer' as const, value })),
        ...read.actions.map((value) => ({ entity: 'action' as const, value })),
      ];
      return {
        name: `assessment-${day(now)}.circle.json`,
        type: 'application/json',
        bytes: encode(await encodeBundle('assessment', records, now)),
        count: records.length,
      };
    }
  }
}
