// Keeping a listing current from the phone (D8, and the first of D7): availability in one tap
// ("space now / full / waitlist", its time kept so its age shows) and a short alert (closed Friday,
// moved). Each is a patch of one field, so edits of other fields on other devices merge (S3); the hub
// decides whether this device may change the listing (S8) and a refusal is kept for the person (S4).
import { signal } from '@preact/signals';
import { type CircleDatabase, type CommandError, patchRecord, setServiceAvailability } from '../db';
import type { AvailabilityStatus } from '../model/service';

export type ListingProblem = 'storage-full' | 'too-long' | 'failed';

function problemOf(error: CommandError): ListingProblem {
  if (error.code === 'storage-full') return 'storage-full';
  if (error.code === 'invalid') return 'too-long';
  return 'failed';
}

export function createListingStore(options: { db: CircleDatabase; now?: () => Date }) {
  const { db } = options;
  const now = options.now ?? (() => new Date());
  /** The last edit that did not save, by service: what to say beside the control. */
  const problem = signal<{ id: string; problem: ListingProblem } | null>(null);

  async function settle(id: string, result: { ok: boolean; error?: CommandError }): Promise<boolean> {
    problem.value = result.ok || !result.error ? null : { id, problem: problemOf(result.error) };
    return result.ok;
  }

  return {
    problem,
    async setAvailability(id: string, status: AvailabilityStatus): Promise<boolean> {
      const result = await setServiceAvailability({ db, now }, id, status);
      return settle(id, result.ok ? { ok: true } : { ok: false, error: result.error });
    },
    /** The alert shown on the listing; empty text clears it. */
    async setAlert(id: string, text: string): Promise<boolean> {
      const result = await patchRecord({ db, now }, 'service', id, { alert: text.trim() });
      return settle(id, result.ok ? { ok: true } : { ok: false, error: result.error });
    },
  };
}

export type ListingStore = ReturnType<typeof createListingStore>;
