// The community service map at directory scale, in Node: the full matrix (26 communities × every
// need) over N generated services.
import { performance } from 'node:perf_hooks';
import { generateServices } from '../../src/data/generate';
import { COMMUNITIES } from '../../src/data/reference';
import { coverageMatrix, NEEDS, rankedGaps } from '../../src/model/coverage';

export interface CoverageBenchResult {
  services: number;
  communities: number;
  needs: number;
  /** Median of the runs, in ms. */
  matrixMs: number;
  gapsMs: number;
  gaps: number;
}

export function runCoverageBench(services: number, runs = 5): CoverageBenchResult {
  const directory = generateServices(services, 2027);
  const locations = new Map(directory.locations.map((l) => [l.id, l]));
  const matrixTimes: number[] = [];
  const gapTimes: number[] = [];
  let gaps = 0;
  for (let i = 0; i < runs; i++) {
    const start = performance.now();
    const matrix = coverageMatrix({
      services: directory.services,
      locations,
      communities: COMMUNITIES,
      radiusKm: 100,
    });
    matrixTimes.push(performance.now() - start);
    const gapStart = performance.now();
    gaps = rankedGaps(matrix, { gapKm: 150 }).length;
    gapTimes.push(performance.now() - gapStart);
  }
  const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] ?? Number.NaN;
  return {
    services,
    communities: COMMUNITIES.length,
    needs: NEEDS.length,
    matrixMs: median(matrixTimes),
    gapsMs: median(gapTimes),
    gaps,
  };
}
