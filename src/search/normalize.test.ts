import { describe, expect, it } from 'vitest';
import { queryTerms } from './normalize';

describe('the terms a query searches for', () => {
  it.each<[string, string[]]>([
    ['', []],
    ['   ', []],
    ['the', []],
    ['the and', []],
    ['The AND of', []],
    ['le la de', []],
    ["l'et d'", []],
    ['les, des… et/ou', []],
    ['the shelter', ['shelter']],
    ["le refuge d'urgence", ['refuge', 'urgence']],
    ['Guérison de la famille', ['guerison', 'famille']],
    ['Cœur', ['coeur']],
  ])('"%s" → %j', (query, terms) => {
    expect(queryTerms(query)).toEqual(terms);
  });
});
