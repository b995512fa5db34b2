import { describe, expect, it } from 'vitest';
import { manualScheduler } from '../../tests/fixtures/manualClock';
import {
  AUTOSAVE_DELAY_MS,
  AUTOSAVE_MAX_WAIT_MS,
  type AutosaverOptions,
  createAutosaver,
  type Drafts,
  RETRY_FIRST_MS,
  type SaveOutcome,
} from './autosave';

const settle = async () => {
  for (let i = 0; i < 5; i++) await new Promise((r) => setTimeout(r, 0));
};

/** An autosaver on a manual clock that records each save as "key:field=value,…" and each journal. */
function recording(options: Partial<AutosaverOptions> = {}) {
  const clock = manualScheduler();
  const saved: string[] = [];
  const journals: Drafts[] = [];
  let outcome: SaveOutcome = { ok: true };
  const autosaver = createAutosaver({
    scheduler: clock.scheduler,
    journal: (drafts) => journals.push(structuredClone(drafts)),
    save: async (key, fields) => {
      saved.push(
        `${key}:${Object.entries(fields)
          .map(([f, v]) => `${f}=${v}`)
          .join(',')}`,
      );
      return outcome;
    },
    ...options,
  });
  return {
    clock,
    saved,
    journals,
    autosaver,
    fail(next: SaveOutcome) {
      outcome = next;
    },
  };
}

describe('autosave', () => {
  it('saves within half a second of the last keystroke, the latest value only', async () => {
    const { clock, saved, autosaver } = recording();
    expect(AUTOSAVE_DELAY_MS).toBeLessThanOrEqual(500);
    autosaver.change('a', 'text', 'H', '');
    clock.advance(200);
    autosaver.change('a', 'text', 'Hi', '');
    clock.advance(AUTOSAVE_DELAY_MS - 1);
    expect(saved).toEqual([]);
    expect(autosaver.status.value).toBe('saving');
    expect(autosaver.draft('a', 'text')?.value).toBe('Hi');
    clock.advance(1);
    await settle();
    expect(saved).toEqual(['a:text=Hi']);
    expect(autosaver.status.value).toBe('saved');
    expect(autosaver.draft('a', 'text')).toBeUndefined();
  });

  it('saves at most a second after the first unsaved keystroke while typing goes on', async () => {
    const { clock, saved, autosaver } = recording();
    expect(AUTOSAVE_MAX_WAIT_MS).toBeLessThanOrEqual(1000);
    let text = '';
    // A key every 150 ms: never a 400 ms pause.
    for (let i = 0; i < 7; i++) {
      text += 'x';
      autosaver.change('a', 'text', text, '');
      clock.advance(150);
      await settle();
    }
    expect(saved.length).toBeGreaterThanOrEqual(1);
    expect(saved[0]).toMatch(/^a:text=x{6,7}$/);
  });

  it('keeps fields and items apart: a save sends only the fields that changed', async () => {
    const { clock, saved, autosaver } = recording();
    autosaver.change('a', 'evidence', 'E', '');
    autosaver.change('b', 'rating', 'strong', null);
    autosaver.change('a', 'next', 'N', '');
    clock.advance(AUTOSAVE_DELAY_MS);
    await settle();
    expect(saved.sort()).toEqual(['a:evidence=E,next=N', 'b:rating=strong']);
  });

  it('a keystroke made while a save is under way stays unsaved, and is saved next', async () => {
    let release: (o: SaveOutcome) => void = () => {};
    const calls: string[] = [];
    const { clock, autosaver } = recording({
      save: (_key, fields) => {
        calls.push(String(fields.text));
        return new Promise((r) => {
          release = r;
        });
      },
    });
    autosaver.change('a', 'text', 'one', '');
    clock.advance(AUTOSAVE_DELAY_MS);
    autosaver.change('a', 'text', 'one two', '');
    release({ ok: true });
    await settle();
    expect(autosaver.draft('a', 'text')?.value).toBe('one two');
    expect(autosaver.status.value).toBe('saving');
    clock.advance(AUTOSAVE_DELAY_MS);
    release({ ok: true });
    await settle();
    release({ ok: true });
    await settle();
    expect(calls).toEqual(['one', 'one two']);
    expect(autosaver.draft('a', 'text')).toBeUndefined();
    expect(autosaver.status.value).toBe('saved');
  });

  it('on failure keeps the text, says why, retries by itself with a growing delay, and ends saved', async () => {
    const { clock, saved, autosaver, fail } = recording();
    fail({ ok: false, problem: 'storage-full' });
    autosaver.change('a', 'text', 'typed text', '');
    clock.advance(AUTOSAVE_DELAY_MS);
    await settle();
    expect(autosaver.status.value).toBe('failed');
    expect(autosaver.failure.value).toBe('storage-full');
    expect(autosaver.draft('a', 'text')?.value).toBe('typed text');
    // Typing goes on over the failure: nothing is overwritten.
    autosaver.change('a', 'text', 'typed text, more', '');
    expect(autosaver.draft('a', 'text')?.value).toBe('typed text, more');
    clock.advance(AUTOSAVE_DELAY_MS);
    await settle();
    // Two failures so far: the next try waits twice the first delay, the one after four times.
    const attempts = saved.length;
    clock.advance(RETRY_FIRST_MS * 2 - 1);
    await settle();
    expect(saved.length).toBe(attempts);
    clock.advance(1);
    await settle();
    expect(saved.length).toBe(attempts + 1);
    fail({ ok: true });
    clock.advance(RETRY_FIRST_MS * 4);
    await settle();
    expect(saved.at(-1)).toBe('a:text=typed text, more');
    expect(autosaver.status.value).toBe('saved');
    expect(autosaver.failure.value).toBeNull();
  });

  it('a thrown save counts as a failure, never as saved', async () => {
    const { clock, autosaver } = recording({
      save: async () => {
        throw new Error('boom');
      },
    });
    autosaver.change('a', 'text', 'kept', '');
    clock.advance(AUTOSAVE_DELAY_MS);
    await settle();
    expect(autosaver.status.value).toBe('failed');
    expect(autosaver.draft('a', 'text')?.value).toBe('kept');
  });

  it('holds back a field that cannot be saved as it is, saves the others, and says why', async () => {
    const { clock, saved, autosaver } = recording({
      check: (_field, value) => (typeof value === 'string' && value.length > 8 ? 'too-long' : null),
    });
    autosaver.change('a', 'evidence', 'far too long for it', '');
    autosaver.change('a', 'rating', 'strong', null);
    clock.advance(AUTOSAVE_DELAY_MS);
    await settle();
    expect(saved).toEqual(['a:rating=strong']);
    expect(autosaver.draft('a', 'evidence')?.value).toBe('far too long for it');
    expect(autosaver.status.value).toBe('failed');
    expect(autosaver.problem('a')).toBe('too-long');
    // Shortened, it saves, and the status comes back.
    autosaver.change('a', 'evidence', 'short', '');
    clock.advance(AUTOSAVE_DELAY_MS);
    await settle();
    expect(saved.at(-1)).toBe('a:evidence=short');
    expect(autosaver.status.value).toBe('saved');
  });

  it('journals every unsaved value synchronously, and forgets it once saved', async () => {
    const { clock, journals, autosaver } = recording();
    autosaver.change('a', 'text', 'H', '');
    expect(journals.at(-1)).toEqual({ a: { text: 'H' } });
    autosaver.change('a', 'text', 'Hi', '');
    expect(journals.at(-1)).toEqual({ a: { text: 'Hi' } });
    clock.advance(AUTOSAVE_DELAY_MS);
    await settle();
    expect(journals.at(-1)).toEqual({});
  });

  it('flush writes everything now; restore saves drafts taken back from a journal', async () => {
    const { saved, autosaver } = recording();
    autosaver.change('a', 'text', 'now', '');
    await autosaver.flush();
    expect(saved).toEqual(['a:text=now']);
    await autosaver.restore({ b: { rating: 'strong', text: 'from a closed tab' } });
    expect(saved.at(-1)).toBe('b:rating=strong,text=from a closed tab');
    expect(autosaver.hasPending()).toBe(false);
  });

  it('remembers what the stored value was when typing began, to tell a change made elsewhere', () => {
    const { autosaver } = recording();
    autosaver.change('a', 'text', 'mine', 'stored then');
    autosaver.change('a', 'text', 'mine, more', 'stored later');
    expect(autosaver.draft('a', 'text')).toEqual({ value: 'mine, more', base: 'stored then' });
  });
});

describe('autosave: what the screen shows between a save and the stored copy catching up', () => {
  it('keeps showing the saved text while the screen still holds the older stored value', async () => {
    const { clock, autosaver } = recording();
    autosaver.change('a', 'text', 'Reload 0 ms after typing', 'old');
    clock.advance(AUTOSAVE_DELAY_MS);
    await settle();
    expect(autosaver.draft('a', 'text')).toBeUndefined();
    // The database's change has not reached the screen's copy yet: not the old text (the cursor
    // would sit in it and the next key would drop what was typed).
    expect(autosaver.shown('a', 'text', 'old')).toBe('Reload 0 ms after typing');
    expect(autosaver.shown('a', 'text', 'old')).toBe('Reload 0 ms after typing');
    // Caught up: the stored value from then on.
    expect(autosaver.shown('a', 'text', 'Reload 0 ms after typing')).toBe('Reload 0 ms after typing');
    expect(autosaver.shown('a', 'text', 'edited elsewhere later')).toBe('edited elsewhere later');
  });

  it("shows another tab's value as it comes, and a new keystroke's draft first", async () => {
    const { clock, autosaver } = recording();
    autosaver.change('a', 'text', 'mine', 'old');
    clock.advance(AUTOSAVE_DELAY_MS);
    await settle();
    expect(autosaver.shown('a', 'text', 'old')).toBe('mine');
    expect(autosaver.shown('a', 'text', 'theirs')).toBe('theirs');
    autosaver.change('a', 'text', 'mine again', 'theirs');
    expect(autosaver.shown('a', 'text', 'theirs')).toBe('mine again');
  });
});
