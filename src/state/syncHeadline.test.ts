import { describe, expect, it } from 'vitest';
import type { SyncCounts, SyncStatus } from '../db';
import { headlineAside, needsAttention, type SyncHeadline, syncHeadline } from './syncHeadline';

const AT = '2026-11-15T17:00:00.000Z';
const NONE: SyncCounts = { unsent: 0, conflicts: 0, local: 0 };
const NEVER: SyncStatus = { lastSuccessAt: null, lastAttemptAt: null, problem: null, waitingForWifi: false };
const SYNCED: SyncStatus = { ...NEVER, lastSuccessAt: AT, lastAttemptAt: AT };
const offline = (s: SyncStatus): SyncStatus => ({ ...s, problem: { code: 'offline', at: AT } });
const failing = (s: SyncStatus): SyncStatus => ({ ...s, problem: { code: 'unauthorized', at: AT } });

describe('syncHeadline (S11): the most important thing first', () => {
  it('says how much of a long pull has come while it runs', () => {
    expect(syncHeadline(NONE, NEVER, true, 0.45)).toEqual({ kind: 'syncing', share: 0.45 });
    expect(syncHeadline(NONE, SYNCED, false, 0.45)).toEqual({ kind: 'synced', at: AT, offline: false });
  });

  it.each<[string, SyncCounts, SyncStatus, boolean, SyncHeadline]>([
    [
      'a running sync says so',
      { ...NONE, conflicts: 2, unsent: 3 },
      SYNCED,
      true,
      { kind: 'syncing', share: null },
    ],
    [
      'conflicts before unsent',
      { ...NONE, conflicts: 2, unsent: 3 },
      SYNCED,
      false,
      { kind: 'conflicts', count: 2 },
    ],
    [
      'unsent, offline',
      { ...NONE, unsent: 3 },
      offline(SYNCED),
      false,
      { kind: 'unsent', count: 3, problem: 'offline' },
    ],
    [
      'unsent, another problem',
      { ...NONE, unsent: 1 },
      failing(SYNCED),
      false,
      { kind: 'unsent', count: 1, problem: 'unauthorized' },
    ],
    [
      'a problem with nothing waiting',
      NONE,
      failing(SYNCED),
      false,
      { kind: 'problem', code: 'unauthorized' },
    ],
    [
      'offline with nothing waiting is no problem',
      NONE,
      offline(SYNCED),
      false,
      { kind: 'synced', at: AT, offline: true },
    ],
    [
      'changes kept on the device only do not count',
      { ...NONE, local: 4 },
      SYNCED,
      false,
      { kind: 'synced', at: AT, offline: false },
    ],
    ['never synced', NONE, NEVER, false, { kind: 'never', offline: false }],
    ['never synced, offline', NONE, offline(NEVER), false, { kind: 'never', offline: true }],
  ])('%s', (_, counts, status, running, headline) => {
    expect(syncHeadline(counts, status, running)).toEqual(headline);
  });

  it.each<[SyncHeadline, boolean]>([
    [{ kind: 'conflicts', count: 1 }, true],
    [{ kind: 'problem', code: 'hub-error' }, true],
    [{ kind: 'unsent', count: 1, problem: 'offline' }, false],
    [{ kind: 'unsent', count: 1, problem: 'update-needed' }, true],
    [{ kind: 'unsent', count: 1, problem: null }, false],
    [{ kind: 'syncing', share: null }, false],
  ])('needsAttention(%j) = %s', (headline, attention) => {
    expect(needsAttention(headline)).toBe(attention);
  });

  it.each<[SyncHeadline, 'offline' | 'problem' | null]>([
    [{ kind: 'unsent', count: 2, problem: 'offline' }, 'offline'],
    [{ kind: 'unsent', count: 2, problem: 'hub-error' }, 'problem'],
    [{ kind: 'unsent', count: 2, problem: null }, null],
    [{ kind: 'synced', at: AT, offline: true }, 'offline'],
    [{ kind: 'never', offline: false }, null],
    [{ kind: 'conflicts', count: 1 }, null],
  ])('headlineAside(%j) = %s', (headline, aside) => {
    expect(headlineAside(headline)).toBe(aside);
  });
});
