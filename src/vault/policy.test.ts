import { describe, expect, it } from 'vitest';
import { manualScheduler } from '../../tests/fixtures/manualClock';
import { createIdleLock, DEFAULT_IDLE_MS, unlockDelayMs } from './lockPolicy';
import { passphraseStrength } from './passphrase';

describe('the passphrase meter', () => {
  it.each<[string, string, boolean]>([
    ['1234', 'too-short', false],
    ['482913', 'too-short', false],
    ['Tr0ub4dor', 'too-short', false],
    ['password123', 'too-common', false],
    ['MotDePasse!', 'too-common', false],
    ['azertyuiop', 'too-common', false],
    ['aaaaaaaaaaaa', 'too-common', false],
    ['abababababab', 'too-common', false],
    ['abcdefghijklmnop', 'weak', false],
    ['1234567890123', 'weak', false],
    ['sunflower7', 'weak', false],
    ['Sunflower72!', 'weak', false],
    ['2024Wintertime!!', 'weak', false],
    ['birch river', 'weak', false],
    ['river stones under birch', 'fair', true],
    ['Birch river 1987', 'fair', true],
    ['Birch4river!stone', 'strong', true],
    ['river stones under the birch trees', 'strong', true],
    ['galets de la rivière sous le bouleau', 'strong', true],
  ])('%s → %s (accepted: %s)', (passphrase, strength, acceptable) => {
    expect(passphraseStrength(passphrase)).toMatchObject({ strength, acceptable });
  });
});

describe('wrong passphrases', () => {
  it.each<[number, number]>([
    [0, 0],
    [2, 0],
    [3, 1000],
    [4, 2000],
    [6, 8000],
    [11, 256_000],
    [12, 300_000],
    [50, 300_000],
  ])('after %i in a row, the next try waits %i ms', (failures, ms) => {
    expect(unlockDelayMs(failures)).toBe(ms);
  });
});

describe('the idle lock', () => {
  it('locks after the timeout without activity; activity postpones it; stop cancels it', () => {
    const clock = manualScheduler();
    let locked = 0;
    const idle = createIdleLock({
      timeoutMs: DEFAULT_IDLE_MS,
      onLock: () => locked++,
      scheduler: clock.scheduler,
    });
    idle.touch(); // not started: nothing to postpone
    expect(clock.pending()).toBe(0);
    idle.start();
    clock.advance(DEFAULT_IDLE_MS - 1);
    idle.touch();
    clock.advance(DEFAULT_IDLE_MS - 1);
    expect(locked).toBe(0);
    clock.advance(1);
    expect(locked).toBe(1);
    idle.touch(); // locked: touches do not re-arm until started again
    clock.advance(DEFAULT_IDLE_MS * 2);
    expect(locked).toBe(1);
    idle.start();
    idle.setTimeoutMs(60_000);
    clock.advance(60_000);
    expect(locked).toBe(2);
    idle.start();
    idle.stop();
    clock.advance(DEFAULT_IDLE_MS * 2);
    expect(locked).toBe(2);
    expect(DEFAULT_IDLE_MS).toBe(5 * 60_000);
  });

  it('locks when shown again after a sleep that held its timer back, by the clock', () => {
    const clock = manualScheduler();
    let locked = 0;
    const idle = createIdleLock({ timeoutMs: 60_000, onLock: () => locked++, scheduler: clock.scheduler });
    idle.start();
    // The phone slept: the clock moved, the timer did not fire.
    clock.setNow(clock.scheduler.now() + 59_999);
    idle.check();
    expect(locked).toBe(0);
    clock.setNow(clock.scheduler.now() + 1);
    idle.check();
    expect(locked).toBe(1);
    expect(clock.pending()).toBe(0);
    idle.check(); // locked already: once only
    expect(locked).toBe(1);
  });
});
