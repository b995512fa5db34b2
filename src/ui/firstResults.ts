/** The User Timing mark set when the first results are on screen (the bench reads it too). */
export const FIRST_RESULTS_MARK = 'circle:first-results';

let reached: () => void = () => {};
const firstResults = new Promise<void>((resolve) => {
  reached = resolve;
});

/** Called by the results list once it shows results: the first screen works from here on. */
export function markFirstResults(): void {
  if (typeof performance !== 'undefined' && performance.getEntriesByName(FIRST_RESULTS_MARK).length === 0)
    performance.mark(FIRST_RESULTS_MARK);
  reached();
}

/** Resolves once the first results have been shown (never, if they never are). */
export function whenFirstResults(): Promise<void> {
  return firstResults;
}
