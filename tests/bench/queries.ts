// The benchmark's query mix: prefixes, typos, French with and without accents, multi-word, names of
// places and agencies, each alone and with filters. Deterministic, so runs compare.
import { createRng } from '../../src/data/random';
import { type DirectoryFilters, NO_FILTERS } from '../../src/model/filters';

const WORDS = [
  // whole words
  'shelter',
  'counselling',
  'housing',
  'outreach',
  'legal',
  'youth',
  'healing',
  'wellness',
  'children',
  'travel',
  'addictions',
  'harm reduction',
  'drop-in',
  'support line',
  'case worker',
  'sexual assault',
  'family',
  // prefixes (3+ letters)
  'she',
  'shel',
  'coun',
  'hous',
  'outr',
  'leg',
  'heal',
  'trav',
  'addi',
  'wel',
  'chil',
  'fam',
  // typos (5+ letters)
  'sheltr',
  'counseling',
  'housng',
  'outreech',
  'helaing',
  'adictions',
  'transitonal',
  'wellnes',
  'chidlren',
  // French, with and without accents
  'hébergement',
  'hebergement',
  'guérison',
  'guerison',
  'mieux-être',
  'mieux etre',
  'réduction des méfaits',
  'reduction des mefaits',
  'jeunes',
  'enfants',
  'logement',
  'refuge',
  'counselling en français',
  'intervenante',
  'déplacements',
  'deplacements',
  'santé mentale',
  'sante mentale',
  'cœur',
  'coeur',
  // multi-word
  'peer outreach van',
  'transitional housing program',
  'legal clinic family law',
  'emergency shelter women',
  'remote counselling phone',
  'indigenous healing program',
  'mental health walk-in',
  // places and agency names
  'timmins',
  'sudbury',
  'north bay',
  'moosonee',
  'attawapiskat',
  'birchlight',
  'cedar path',
  'tamarack',
];

const FILTER_SETS: DirectoryFilters[] = [
  { ...NO_FILTERS, without: ['id_required'] },
  { ...NO_FILTERS, without: ['sobriety_required', 'id_required'] },
  { ...NO_FILTERS, openNow: true },
  { ...NO_FILTERS, languages: ['fr'] },
  { ...NO_FILTERS, taxonomy: ['approach.harm-reduction'] },
  { ...NO_FILTERS, modes: ['phone', 'text'], community: 'attawapiskat' },
  { ...NO_FILTERS, indigenousLed: true, availability: ['space'] },
];

export interface BenchQuery {
  text: string;
  filters: DirectoryFilters;
  /** A community to rank from, or none. */
  place: string | null;
}

export function benchQueries(count: number, seed = 42): BenchQuery[] {
  const rng = createRng(seed);
  const places = [null, 'timmins', 'attawapiskat', 'hearst'];
  const queries: BenchQuery[] = [];
  for (let i = 0; i < count; i++) {
    const text = WORDS[i % WORDS.length] as string;
    const filtered = i % 2 === 1;
    queries.push({ text, filters: filtered ? rng.pick(FILTER_SETS) : NO_FILTERS, place: rng.pick(places) });
  }
  // Browsing with no text: every service filtered and ranked.
  for (const filters of FILTER_SETS.slice(0, 3)) queries.push({ text: '', filters, place: 'timmins' });
  return queries;
}
