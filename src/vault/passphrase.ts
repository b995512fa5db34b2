// How strong a passphrase is, as the meter shows it. A rough estimate of guesses, not a promise: it
// refuses what an attacker tries first (short codes, PINs, the most common passwords, one character
// repeated, a run along the keyboard) and rewards length above all, so a few plain words pass.

export const MIN_LENGTH = 10;

export type Strength = 'too-short' | 'too-common' | 'weak' | 'fair' | 'strong';

/** Tried first by anyone guessing, in English and French (lower case, spaces and digits apart). */
const COMMON = new Set([
  'password',
  'passphrase',
  'motdepasse',
  'qwerty',
  'qwertyuiop',
  'azerty',
  'azertyuiop',
  'asdfghjkl',
  'iloveyou',
  'jetaime',
  'letmein',
  'welcome',
  'bienvenue',
  'admin',
  'abcdefghij',
  'abcdefgh',
  'soleil',
  'football',
  'hockey',
  'canada',
  'ontario',
  'sudbury',
  'timmins',
]);

const SEQUENCES = [
  'abcdefghijklmnopqrstuvwxyz',
  '0123456789',
  'qwertyuiop',
  'asdfghjkl',
  'zxcvbnm',
  'azertyuiop',
];

function poolOf(text: string): number {
  let pool = 0;
  if (/[a-z]/.test(text)) pool += 26;
  if (/[A-Z]/.test(text)) pool += 26;
  if (/\d/.test(text)) pool += 10;
  if (/[ -/:-@[-`{-~]/.test(text)) pool += 33;
  if ([...text].some((c) => (c.codePointAt(0) ?? 0) > 0x7f)) pool += 100;
  return Math.max(pool, 1);
}

/** Bits of guessing, roughly: a character that repeats or continues a run adds about one bit. */
export function estimateBits(passphrase: string): number {
  const chars = [...passphrase];
  const perChar = Math.log2(poolOf(passphrase));
  let bits = 0;
  for (let i = 0; i < chars.length; i++) {
    const c = chars[i]?.toLowerCase() ?? '';
    const before = chars[i - 1]?.toLowerCase();
    const runs = before !== undefined && SEQUENCES.some((s) => s.includes(before + c));
    bits += c === before || runs ? 1 : perChar;
  }
  return Math.round(bits);
}

/**
 * One word with a few digits or signs around it ("Sunflower72!") is how most passwords are made, and
 * what guessing tries first: about 16 bits for the word, a few per digit or sign.
 */
function oneWordBits(passphrase: string): number | null {
  const m = /^([^\p{L}]{0,4})(\p{L}+)([^\p{L}]{0,4})$/u.exec(passphrase);
  if (!m) return null;
  const extras = `${m[1]}${m[3]}`;
  const signs = extras.replace(/\d/g, '').length;
  const digits = extras.length - signs;
  return 16 + 2 * digits + 3 * signs + (/^\p{Lu}/u.test(m[2] ?? '') ? 1 : 0);
}

/**
 * Plain words (or numbers) separated by spaces are guessed word by word, from a list: about 13
 * bits a word (an 8,000-word list), fewer for a short word or number.
 */
function wordsBits(passphrase: string): number | null {
  if (!/^[\p{L}\d]+( [\p{L}\d]+)+$/u.test(passphrase)) return null;
  const perChar = (w: string) => (/^\d+$/.test(w) ? 3.3 : 4.7);
  const words = passphrase.split(' ').reduce((bits, w) => bits + Math.min([...w].length * perChar(w), 13), 0);
  return Math.round(words + (/\p{Lu}/u.test(passphrase) ? 1 : 0));
}

export function passphraseStrength(passphrase: string): {
  strength: Strength;
  bits: number;
  acceptable: boolean;
} {
  const guessed = oneWordBits(passphrase) ?? wordsBits(passphrase);
  const bits = Math.min(guessed ?? Number.POSITIVE_INFINITY, estimateBits(passphrase));
  const core = passphrase.toLowerCase().replace(/[\s\d!.?_-]/g, '');
  const strength: Strength =
    [...passphrase].length < MIN_LENGTH
      ? 'too-short'
      : COMMON.has(core) || new Set(passphrase.toLowerCase()).size <= 2
        ? 'too-common'
        : bits < 40
          ? 'weak'
          : bits < 60
            ? 'fair'
            : 'strong';
  return { strength, bits, acceptable: strength === 'fair' || strength === 'strong' };
}
