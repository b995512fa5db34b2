// The reference data the app ships, parsed once at the edge. Crisis lines and communities come from
// the bundle, never IndexedDB, so they show on the lock screen and when the database cannot open.
import {
  type Community,
  type CrisisLine,
  communitiesFileSchema,
  crisisLinesFileSchema,
} from '../model/reference';
import communitiesFile from './communities.json';
import crisisLinesFile from './crisis-lines.json';

const communities = communitiesFileSchema.parse(communitiesFile);
const crisisLines = crisisLinesFileSchema.parse(crisisLinesFile);

export const COMMUNITIES: readonly Community[] = communities.communities;
export const CRISIS_LINES: readonly CrisisLine[] = crisisLines.lines;
export const CRISIS_LINES_VERIFIED: string = crisisLines.last_verified;

const byId = new Map(COMMUNITIES.map((c) => [c.id, c]));
export function communityById(id: string): Community | undefined {
  return byId.get(id);
}
