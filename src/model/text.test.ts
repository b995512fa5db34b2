import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { foldText } from './text';

/** The full fold, without the ASCII shortcut. */
const slowFold = (text: string) =>
  text.normalize('NFKD').replace(/\p{M}/gu, '').replace(/[œŒ]/g, 'oe').replace(/[æÆ]/g, 'ae').toLowerCase();

describe('folding text', () => {
  it.each([
    ['Île-aux-Œufs', 'ile-aux-oeufs'],
    ['CÆSAR', 'caesar'],
    ['Drop-In Centre', 'drop-in centre'],
    ['ᐊᓂᔑᓈᐯ', slowFold('ᐊᓂᔑᓈᐯ')],
  ])('%s → %s', (text, folded) => {
    expect(foldText(text)).toBe(folded);
  });

  it('the ASCII shortcut gives what the full fold gives, for any text', () => {
    fc.assert(fc.property(fc.string({ unit: 'binary' }), (text) => foldText(text) === slowFold(text)));
    fc.assert(fc.property(fc.string(), (text) => foldText(text) === slowFold(text)));
  });
});
