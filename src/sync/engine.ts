// One sync, start to finish: push the outbox in order, in batches bounded by count and bytes (S2),
// then pull what changed by cursor, page by page, each page applied with its cursor in one transaction
// (S5–S7). Every step is idempotent, so a sync cut anywhere (no signal, the hub restarting, the tab
// closing) is finished by the next one: sent mutations are sent again and the hub answers them from
// its stored results; a pull resumes at the stored cursor. Failures come back as a typed problem
// (S9, S11), never thrown.
import {
  applyOutcomes,
  applyPulledPage,
  type CircleDatabase,
  type CommandError,
  type Outcome,
  readCursor,
  readNetwork,
  type SyncProblem,
  takeBatch,
  writeSyncStatus,
} from '../db';
import type { Mutation } from '../model/mutation';
import {
  type HubClient,
  type HubError,
  MAX_BATCH,
  MAX_BODY_BYTES,
  MAX_PAGE,
  type WireMutation,
} from './hubClient';

export interface SyncLimits {
  /** Mutations per push (the hub takes at most MAX_BATCH). */
  batchCount: number;
  /** Bytes of JSON per push, below the hub's body limit. */
  batchBytes: number;
  /** Records per pulled page (the hub's largest: a first pull of a directory is tens of pages). */
  pageSize: number;
  /** Pushes and pages in one sync at most; the next sync goes on from there. */
  maxRounds: number;
}

/** The smallest page a slow link is brought down to. */
export const MIN_PAGE = 25;

export const DEFAULT_LIMITS: SyncLimits = {
  batchCount: 200,
  batchBytes: Math.floor(MAX_BODY_BYTES * 0.75),
  pageSize: MAX_PAGE,
  maxRounds: 1_000,
};

export interface SyncEngineOptions {
  db: CircleDatabase;
  client: Pick<HubClient, 'push' | 'pull'>;
  now?: () => Date;
  limits?: Partial<SyncLimits>;
  /**
   * Whether a pull may go past its first page now (false on mobile data when the person asked to
   * keep long pulls for Wi-Fi). Pushes are always allowed: they are small.
   */
  mayPullMuch?: () => boolean;
  /** The hub says this device was removed: its network's data must go. */
  onRevoked?: () => Promise<void>;
  /** Told after each page applied when more follow (a first pull on a slow link takes minutes). */
  onPullProgress?: (progress: PullProgress) => void;
}

/**
 * How far a pull has gone, in the hub's sequence: from where it started to the cursor stored now, of
 * the way to `latest` (the hub's latest sequence, when it says; null from an older hub), and that as
 * a share from 0 to 1 (null when not known).
 */
export interface PullProgress {
  from: number;
  cursor: number;
  latest: number | null;
  share: number | null;
}

function pullProgress(from: number, cursor: number, latest: number | null): PullProgress {
  const share =
    latest === null || latest <= from ? null : Math.min(1, Math.max(0, (cursor - from) / (latest - from)));
  return { from, cursor, latest, share };
}

export type SyncFailure = SyncProblem | 'revoked' | 'not-member';

export interface SyncReport {
  /** Mutations the hub applied. */
  pushed: number;
  /** Mutations kept as conflicts or refusals for a person (S4). */
  kept: number;
  /** Records pulled and applied. */
  pulled: number;
  /** Pulled records that did not read as valid and were set aside. */
  unreadable: number;
  /** Bytes pushed and pulled are the transport's to count; this is the number of requests. */
  requests: number;
}

export type SyncResult =
  | ({ ok: true; waitingForWifi: boolean } & SyncReport)
  | ({ ok: false; problem: SyncFailure; retry: boolean } & SyncReport);

/** What a hub error means for the person and for the next attempt. */
export function classify(error: HubError): { problem: SyncFailure; retry: boolean } {
  switch (error.code) {
    case 'offline':
      return { problem: 'offline', retry: true };
    case 'bad_response':
      return { problem: 'unreachable', retry: true };
    case 'protocol_unsupported':
      return { problem: 'update-needed', retry: false };
    case 'revoked':
      return { problem: 'revoked', retry: false };
    case 'unauthorized':
      return { problem: 'unauthorized', retry: false };
    case 'rate_limited':
    case 'locked_out':
      return { problem: 'rate-limited', retry: true };
    default:
      return { problem: 'hub-error', retry: true };
  }
}

function storageProblem(error: CommandError): SyncProblem {
  return error.code === 'storage-full' ? 'storage-full' : 'storage-failed';
}

/** The mutation as it travels: without the device's order, status, attempts or a delete's base. */
export function toWire(m: Mutation): WireMutation {
  const head = {
    id: m.id,
    entity: m.entity,
    recordId: m.recordId,
    baseVersion: m.baseVersion,
    createdAt: m.createdAt,
  };
  if (m.op === 'put') return { ...head, op: 'put', value: m.value };
  if (m.op === 'patch') return { ...head, op: 'patch', fields: m.fields, value: m.value };
  return { ...head, op: 'delete' };
}

export function createSyncEngine(options: SyncEngineOptions) {
  const { db, client } = options;
  const now = options.now ?? (() => new Date());
  const limits: SyncLimits = { ...DEFAULT_LIMITS, ...options.limits };
  limits.batchCount = Math.min(limits.batchCount, MAX_BATCH);
  // A link too slow to bring a whole page within the client's timeout would retry that page for
  // ever: each pull that gets no answer halves the page for the next one; four answered in a row at a
  // size double it back towards the limit. Kept for the life of the page, not stored.
  let pageSize = limits.pageSize;
  let answeredInARow = 0;

  async function syncOnce(): Promise<SyncResult> {
    const report: SyncReport = { pushed: 0, kept: 0, pulled: 0, unreadable: 0, requests: 0 };
    const fail = async (problem: SyncFailure, retry: boolean): Promise<SyncResult> => {
      if (problem !== 'revoked' && problem !== 'not-member')
        await writeSyncStatus(db, { problem: { code: problem, at: now().toISOString() } });
      return { ok: false, problem, retry, ...report };
    };
    const failHub = async (error: HubError): Promise<SyncResult> => {
      const { problem, retry } = classify(error);
      if (problem === 'revoked') await options.onRevoked?.();
      return fail(problem, retry);
    };

    const network = await readNetwork(db).catch(() => undefined);
    if (!network) return { ok: false, problem: 'not-member', retry: false, ...report };
    const { token } = network;
    const sender = { role: network.membership.role, agencyId: network.membership.agency?.id ?? null };
    await writeSyncStatus(db, { lastAttemptAt: now().toISOString() });

    // Push (S2): in order, batch by batch; a refused mutation never blocks the rest (S4).
    let batchCount = limits.batchCount;
    for (let round = 0; round < limits.maxRounds; round++) {
      const taken = await takeBatch(db, sender, { maxCount: batchCount, maxBytes: limits.batchBytes }, now());
      if (!taken.ok) return fail(storageProblem(taken.error), true);
      const batch = taken.value;
      if (batch.length === 0) break;
      report.requests++;
      const answer = await client.push(token, batch.map(toWire));
      if (!answer.ok) {
        const { code } = answer.error;
        if ((code === 'too_large' || code === 'bad_request') && batch.length > 1) {
          // Smaller batches until the one the hub will not read is alone; it is kept, the rest go on.
          batchCount = Math.max(1, Math.floor(batch.length / 2));
          continue;
        }
        if (code === 'too_large' || code === 'bad_request') {
          const refusal: Outcome[] = batch.map((m) => ({
            id: m.id,
            status: 'refused',
            reason: code === 'too_large' ? 'too_large' : 'invalid',
            message: answer.error.message,
          }));
          const keptOne = await applyOutcomes(db, refusal, now());
          if (!keptOne.ok) return fail(storageProblem(keptOne.error), true);
          report.kept += keptOne.value.kept;
          batchCount = limits.batchCount;
          continue;
        }
        return failHub(answer.error);
      }
      const applied = await applyOutcomes(db, answer.value, now());
      if (!applied.ok) return fail(storageProblem(applied.error), true);
      report.pushed += applied.value.applied;
      report.kept += applied.value.kept;
      if (applied.value.applied + applied.value.kept === 0) break; // answers to none of it: try later
    }

    // Pull (S5–S7): page by page from the stored cursor. The next page is asked for as soon as a page
    // arrives, so it travels while this one is applied; pages are still applied one by one, in order,
    // each with its cursor, and one asked ahead that is not needed after all is given up.
    let cursor = await readCursor(db).catch(() => 0);
    const from = cursor;
    let waitingForWifi = false;
    const ask = (at: number) => {
      const controller = new AbortController();
      report.requests++;
      return { controller, answer: client.pull(token, at, pageSize, { signal: controller.signal }) };
    };
    let asked = ask(cursor);
    for (let page = 0; page < limits.maxRounds; page++) {
      const answer = await asked.answer;
      if (!answer.ok) {
        if (answer.error.code === 'offline' || answer.error.code === 'bad_response') {
          pageSize = Math.max(Math.min(MIN_PAGE, limits.pageSize), Math.floor(pageSize / 2));
          answeredInARow = 0;
        }
        return failHub(answer.error);
      }
      if (++answeredInARow >= 4 && pageSize < limits.pageSize) {
        pageSize = Math.min(limits.pageSize, pageSize * 2);
        answeredInARow = 0;
      }
      const { records, cursor: next, more, reset, latest } = answer.value;
      const goOn = more && !reset && page + 1 < limits.maxRounds;
      const mayGoOn = goOn && (!options.mayPullMuch || options.mayPullMuch());
      const ahead = mayGoOn ? ask(next) : null;
      const applied = await applyPulledPage(db, cursor, { records, cursor: next, reset });
      if (!applied.ok || applied.value.stale) ahead?.controller.abort();
      if (!applied.ok) return fail(storageProblem(applied.error), true);
      if (applied.value.stale) break; // another runner moved the cursor: it carries on
      report.pulled += applied.value.applied;
      report.unreadable += applied.value.unreadable;
      cursor = reset ? 0 : next;
      if (goOn) options.onPullProgress?.(pullProgress(from, cursor, latest ?? null));
      if (reset) {
        if (page + 1 >= limits.maxRounds) break;
        asked = ask(0);
        continue;
      }
      if (!ahead) {
        waitingForWifi = goOn;
        break;
      }
      asked = ahead;
    }

    await writeSyncStatus(db, {
      lastSuccessAt: now().toISOString(),
      problem: null,
      waitingForWifi,
    });
    return { ok: true, waitingForWifi, ...report };
  }

  return { syncOnce };
}

export type SyncEngine = ReturnType<typeof createSyncEngine>;
