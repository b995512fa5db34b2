import type { Locale } from '../../i18n';
import { LazyScreen } from '../LazyScreen';

async function loadEditing(locale: Locale) {
  const { EditingScreen, primeEditingWords } = await import('./EditingScreen');
  await primeEditingWords(locale);
  return EditingScreen;
}

/** The door to "My agency's listings" and the editing forms: code and words load on demand. */
export function EditingEntry() {
  return <LazyScreen load={loadEditing} />;
}
