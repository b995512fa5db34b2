// The editing words (i18n/editing), loaded on demand and kept per locale for every component that
// needs them: the editing screens, the service page's panel, the note beside a text shown in the other
// language, and the Settings link.
import { useEffect, useState } from 'preact/hooks';
import { type Locale, type Translate, translator } from '../../i18n';
import { type EditingKey, loadEditingCatalog } from '../../i18n/editing';
import { useApp } from '../../state/context';

const loaded = new Map<Locale, Translate<EditingKey>>();

/** Loads the editing words of `locale` (once); the lazy screens wait for it before they render. */
export async function primeEditingWords(locale: Locale): Promise<void> {
  if (!loaded.has(locale)) loaded.set(locale, translator<EditingKey>(await loadEditingCatalog(locale)));
}

/** The editing words in the current locale, or null until they have loaded (or while not `wanted`). */
export function useEditingWords(wanted = true): Translate<EditingKey> | null {
  const { locale } = useApp();
  const current = locale.value;
  const [, rerender] = useState(0);
  useEffect(() => {
    if (!wanted || loaded.has(current)) return undefined;
    let live = true;
    primeEditingWords(current)
      .then(() => live && rerender((n) => n + 1))
      .catch((error) => console.error(error));
    return () => {
      live = false;
    };
  }, [wanted, current]);
  return wanted ? (loaded.get(current) ?? null) : null;
}

/**
 * The editing words inside the editing screens, which load them first. While another locale's words
 * load (the person just switched), the ones already there stand in.
 */
export function useTe(): Translate<EditingKey> {
  const te = useEditingWords(true) ?? loaded.values().next().value;
  if (!te) throw new Error('useTe() before the editing words loaded');
  return te;
}
