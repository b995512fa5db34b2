import { describe, expect, it } from 'vitest';
import { CRISIS_LINES } from './reference';

describe('crisis lines say everything in both languages', () => {
  it.each(CRISIS_LINES.map((line) => [line.id, line] as const))('%s', (_id, line) => {
    expect(line.name_fr.trim()).not.toBe('');
    if (line.languages) expect(line.languages_fr, 'languages_fr').toBeTruthy();
    if (line.note) expect(line.note_fr, 'note_fr').toBeTruthy();
    if (line.languages_fr) expect(line.languages_fr).not.toBe(line.languages);
    if (line.note_fr) expect(line.note_fr).not.toBe(line.note);
  });
});
