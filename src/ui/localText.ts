// Which of a record's two texts a reader sees: their language's, or, where that one is empty, the
// other's, marked so that the page can say so and give it the right `lang`.
import { LOCALE_TAGS, type Locale } from '../i18n';

export interface LocalText {
  text: string;
  /** The language the text is in. */
  locale: Locale;
  /** The BCP 47 tag for its `lang` attribute. */
  lang: string;
  /** True when the reader's language had no text and the other language's is shown. */
  fallback: boolean;
}

const filled = (text: string | undefined): text is string => text !== undefined && text.trim() !== '';

/** The text in `locale`, else in the other language; null when neither has any. */
export function localText(
  english: string | undefined,
  french: string | undefined,
  locale: Locale,
): LocalText | null {
  const other: Locale = locale === 'fr' ? 'en' : 'fr';
  const byLocale = { en: english, fr: french };
  for (const [candidate, fallback] of [
    [locale, false],
    [other, true],
  ] as const) {
    const text = byLocale[candidate];
    if (filled(text)) return { text, locale: candidate, lang: LOCALE_TAGS[candidate], fallback };
  }
  return null;
}

export type BilingualField =
  | 'name'
  | 'description'
  | 'application_process'
  | 'eligibility_description'
  | 'alert'
  | 'transportation';

/** A record's field (`description`, with `description_fr` beside it) in the reader's language. */
export function localField(record: object, field: BilingualField, locale: Locale): LocalText | null {
  const values = record as Record<string, unknown>;
  const text = (key: string) => (typeof values[key] === 'string' ? (values[key] as string) : undefined);
  return localText(text(field), text(`${field}_fr`), locale);
}
