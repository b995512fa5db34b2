import type { Locale } from '../../i18n';
import { useEditingWords } from './words';

interface Props {
  /** The language the text is shown in: the other one than the reader's. */
  shownIn: Locale;
  /** Beside a short text on its line (in brackets), rather than under a long one. */
  inline?: boolean;
}

/**
 * "Not available in French; shown in English": said beside a text shown in the other language. Loaded
 * with its words only when a page has such a text.
 */
export function FallbackNote({ shownIn, inline }: Props) {
  const te = useEditingWords();
  if (!te) return null;
  const text = te(shownIn === 'en' ? 'ed.note.notInFr' : 'ed.note.notInEn');
  return inline ? <span class="fallback-note"> ({text})</span> : <p class="fallback-note">{text}</p>;
}
