// Folding text for matching and sorting: Unicode decomposition with accents stripped, œ → oe,
// æ → ae, lower case. "Île-aux-Œufs" and "ile-aux-oeufs" fold to the same string.

export function foldText(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .replace(/[œŒ]/g, 'oe')
    .replace(/[æÆ]/g, 'ae')
    .toLowerCase();
}
