import { describe, expect, it } from 'vitest';
import { manualScheduler } from '../../tests/fixtures/manualClock';
import { AUTOSAVE_DELAY_MS, createAutosaver, type SaveOutcome } from './autosave';

/** An autosaver on a manual clock whose saves succeed and are recorded as "key=value". */
function recording() {
  const clock = manualScheduler();
  const saved: string[] = [];
  const autosaver = createAutosaver<string>({
    scheduler: clock.scheduler,
    save: async (key, value) => {
      saved.push(`${key}=${value}`);
      return { ok: true };
    },
  });
  return { clock, saved, autosaver };
}

const settle = () => new Promise((r) => setTimeout(r, 0));

describe('autosave', () => {
  it('saves within half a second of the last keystroke, the latest value only', async () => {
    const { clock, saved, autosaver } = recording();
    expect(AUTOSAVE_DELAY_MS).toBeLessThanOrEqual(500);
    autosaver.change('a', 'H');
    clock.advance(200);
    autosaver.change('a', 'Hi');
    clock.advance(AUTOSAVE_DELAY_MS - 1);
    expect(saved).toEqual([]);
    expect(autosaver.status.value).toBe('pending');
    expect(autosaver.draft('a')).toBe('Hi');
    clock.advance(1);
    await settle();
    expect(saved).toEqual(['a=Hi']);
    expect(autosaver.status.value).toBe('saved');
    expect(autosaver.draft('a')).toBeUndefined();
  });

  it('keeps items apart: editing one never delays or drops another', async () => {
    const { clock, saved, autosaver } = recording();
    autosaver.change('a', '1');
    clock.advance(300);
    autosaver.change('b', '2');
    clock.advance(100);
    await settle();
    expect(saved).toEqual(['a=1']);
    clock.advance(300);
    await settle();
    expect(saved).toEqual(['a=1', 'b=2']);
  });

  it('flushes everything at once (page hidden)', async () => {
    const { clock, saved, autosaver } = recording();
    autosaver.change('a', '1');
    autosaver.change('b', '2');
    await autosaver.flush();
    expect(saved.sort()).toEqual(['a=1', 'b=2']);
    expect(clock.pending()).toBe(0);
  });

  it('on failure keeps the value on screen, says why, and retries on flush', async () => {
    const clock = manualScheduler();
    let outcome: SaveOutcome = { ok: false, reason: 'this device is out of storage space.' };
    const autosaver = createAutosaver<string>({ scheduler: clock.scheduler, save: async () => outcome });
    autosaver.change('a', 'typed text');
    clock.advance(AUTOSAVE_DELAY_MS);
    await settle();
    expect(autosaver.status.value).toBe('failed');
    expect(autosaver.failure.value).toContain('out of storage');
    expect(autosaver.draft('a')).toBe('typed text');
    outcome = { ok: true };
    await autosaver.flush();
    expect(autosaver.status.value).toBe('saved');
    expect(autosaver.draft('a')).toBeUndefined();
  });
});
