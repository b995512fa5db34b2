// The clearly marked sample directory: fictional agencies over the region's 26 communities, with
// fictional 555-01xx phone numbers. Loaded on first run (on demand, outside the first-paint bundle),
// flagged sample, never pushed. Its version lets a later release replace an older sample.
import { type Directory, generateDirectory } from './generate';

export const SAMPLE_DIRECTORY_VERSION = 1;
const SAMPLE_SEED = 20_260_101;
export const SAMPLE_ORGANIZATIONS = 64;

export function buildSampleDirectory(now: Date): Directory {
  return generateDirectory({ seed: SAMPLE_SEED, organizations: SAMPLE_ORGANIZATIONS, now });
}
