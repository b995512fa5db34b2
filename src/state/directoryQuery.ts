// One directory query, start to finish: full-text hits (or every service), the filters, open-now and
// reach for the chosen place, then the ranking. Pure but for the asynchronous index, so that the
// store and the benchmark run exactly the same code.
import { communityById } from '../data/reference';
import type { DirectorySnapshot } from '../db';
import { type DirectoryFilters, matchesFilters } from '../model/filters';
import type { Location } from '../model/location';
import { type OpenStatus, openStatus } from '../model/openNow';
import type { Organization } from '../model/organization';
import { rankForBrowsing, rankForSearch } from '../model/rank';
import { type Place, type Reach, reachOf } from '../model/reach';
import type { Service } from '../model/service';
import type { SearchIndex } from '../search/SearchIndex';

export interface ResultItem {
  id: string;
  name: string;
  service: Service;
  organization: Organization | undefined;
  locations: Location[];
  open: OpenStatus['state'];
  status: OpenStatus;
  reach: Reach | null;
  score?: number;
}

export interface DirectoryData {
  services: readonly Service[];
  servicesById: ReadonlyMap<string, Service>;
  organizations: ReadonlyMap<string, Organization>;
  locations: ReadonlyMap<string, Location>;
}

export interface DirectoryRequest {
  text: string;
  filters: DirectoryFilters;
  place: Place | null;
  at: Date;
}

export function directoryData(snapshot: DirectorySnapshot | null): DirectoryData {
  const services = snapshot?.services ?? [];
  return {
    services,
    servicesById: new Map(services.map((s) => [s.id, s])),
    organizations: new Map((snapshot?.organizations ?? []).map((o) => [o.id, o])),
    locations: new Map((snapshot?.locations ?? []).map((l) => [l.id, l])),
  };
}

export function locationsOf(data: DirectoryData, service: Service): Location[] {
  return service.location_ids
    .map((id) => data.locations.get(id))
    .filter((l): l is Location => l !== undefined);
}

export function resultItem(
  data: DirectoryData,
  service: Service,
  at: Date,
  place: Place | null,
  score?: number,
): ResultItem {
  const locations = locationsOf(data, service);
  const status = openStatus(service.schedules, at);
  return {
    id: service.id,
    name: service.name,
    service,
    organization: data.organizations.get(service.organization_id),
    locations,
    open: service.status === 'active' ? status.state : 'closed',
    status,
    reach: place ? reachOf(service, locations, place, (id) => communityById(id)?.access) : null,
    ...(score === undefined ? {} : { score }),
  };
}

export async function queryDirectory(
  index: SearchIndex,
  data: DirectoryData,
  request: DirectoryRequest,
): Promise<ResultItem[]> {
  const text = request.text.trim();
  const hits = text ? await index.search(text) : null;
  const candidates = hits
    ? hits.flatMap((h) => {
        const service = data.servicesById.get(h.id);
        return service ? [{ service, score: h.score as number | undefined }] : [];
      })
    : data.services.map((service) => ({ service, score: undefined as number | undefined }));
  const items = candidates
    .filter(({ service }) => matchesFilters(service, locationsOf(data, service), request.filters, request.at))
    .map(({ service, score }) => resultItem(data, service, request.at, request.place, score));
  const remotePlace = request.place !== null && request.place.access !== 'road';
  return hits ? rankForSearch(items, remotePlace) : rankForBrowsing(items, remotePlace);
}
