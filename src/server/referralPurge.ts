// The hub's referral purge (R4): at start, then on a timer while it runs, every referral whose
// purgeAt has passed is deleted with its grants and status updates. The clock is the hub's (injected
// in tests) and so is the timer, so a test drives both without waiting.
import type { Relay } from './relay';

export const REFERRAL_PURGE_EVERY_MS = 10 * 60_000;

export type Repeater = (run: () => void, everyMs: number) => { stop(): void };

/** setInterval that does not keep the process alive on its own. */
const everyInterval: Repeater = (run, everyMs) => {
  const timer = setInterval(run, everyMs);
  timer.unref();
  return { stop: () => clearInterval(timer) };
};

export interface PurgeOptions {
  everyMs?: number;
  repeat?: Repeater;
  onError?: (error: unknown) => void;
}

/** Purges now and every `everyMs`; returns the first run (for a caller that waits) and a stop. */
export function startReferralPurge(relay: Pick<Relay, 'purge'>, options: PurgeOptions = {}) {
  const onError = options.onError ?? ((error) => console.error('The referral purge failed:', error));
  // A failed run is logged and tried again at the next tick; the hub keeps serving.
  const run = () => relay.purge().catch((error: unknown) => onError(error));
  const first = run();
  const timer = (options.repeat ?? everyInterval)(
    () => void run(),
    options.everyMs ?? REFERRAL_PURGE_EVERY_MS,
  );
  return { first, stop: () => timer.stop() };
}
