// Quick exit: a fixed button on every screen, and Escape pressed twice quickly. Escape still closes
// an open dialog first: a press that closes a dialog never counts toward leaving.

/** Two presses of Escape within this many milliseconds leave the app. */
export const ESCAPE_TWICE_WITHIN_MS = 800;

export function createEscapeDetector(withinMs: number = ESCAPE_TWICE_WITHIN_MS) {
  let last = Number.NEGATIVE_INFINITY;
  return {
    /** Call on each Escape; true when this press should leave the app. */
    press(nowMs: number, closedSomething: boolean): boolean {
      if (closedSomething) {
        last = Number.NEGATIVE_INFINITY;
        return false;
      }
      const leave = nowMs - last <= withinMs;
      last = leave ? Number.NEGATIVE_INFINITY : nowMs;
      return leave;
    },
  };
}

/** What leaving needs from the page: blank it now, then go to the neutral site. */
export interface ExitEnvironment {
  veil(): void;
  leave(url: string): void;
}
