// The one term processor, for indexing and for queries alike: Unicode decomposition with accents
// stripped, œ → oe and æ → ae, lower case; English and French stop words dropped. One tokenizer too, so
// the directory can tell a query with nothing left to search for (stop words only) from a real one.
import { foldText } from '../model/text';

export { foldText };

const STOP_WORDS = new Set([
  // English
  'a',
  'an',
  'and',
  'are',
  'as',
  'at',
  'be',
  'by',
  'for',
  'from',
  'has',
  'have',
  'i',
  'in',
  'is',
  'it',
  'its',
  'me',
  'my',
  'of',
  'on',
  'or',
  'our',
  'so',
  'that',
  'the',
  'their',
  'them',
  'they',
  'this',
  'to',
  'us',
  'was',
  'we',
  'what',
  'when',
  'where',
  'which',
  'who',
  'will',
  'with',
  'you',
  'your',
  // French (accents already folded)
  'au',
  'aux',
  'avec',
  'ce',
  'ces',
  'dans',
  'de',
  'des',
  'du',
  'elle',
  'en',
  'et',
  'eux',
  'il',
  'je',
  'la',
  'le',
  'les',
  'leur',
  'lui',
  'ma',
  'mais',
  'me',
  'meme',
  'mes',
  'moi',
  'mon',
  'ne',
  'nos',
  'notre',
  'nous',
  'ou',
  'par',
  'pas',
  'pour',
  'qu',
  'que',
  'qui',
  'sa',
  'se',
  'ses',
  'son',
  'sur',
  'ta',
  'te',
  'tes',
  'toi',
  'ton',
  'tu',
  'un',
  'une',
  'vos',
  'votre',
  'vous',
  'c',
  'd',
  'j',
  'l',
  'm',
  'n',
  's',
  't',
  'y',
]);

/** MiniSearch's processTerm: the folded term, or null to drop it. */
export function processTerm(term: string): string | null {
  const folded = foldText(term);
  return folded.length === 0 || STOP_WORDS.has(folded) ? null : folded;
}

/** Where text splits into terms: MiniSearch's own default, used by the index and by `queryTerms`. */
export const TERM_SEPARATOR = /[\n\r\p{Z}\p{P}]+/u;

export function tokenize(text: string): string[] {
  return text.split(TERM_SEPARATOR);
}

/** The terms a query searches for; none (blank, or stop words only) means the query is empty. */
export function queryTerms(query: string): string[] {
  return tokenize(query)
    .map(processTerm)
    .filter((term): term is string => term !== null);
}
