import { LOCALE_TAGS, type Locale } from '../../i18n';
import type { EditingKey } from '../../i18n/editing';
import type { BilingualField } from '../localText';
import { TextField } from './TextField';
import { useTe } from './words';

export interface BilingualSpec {
  field: BilingualField;
  max: number;
  /** Required in English (the record's name); a French twin is never required. */
  required?: boolean;
  multiline?: boolean;
  help?: EditingKey;
}

/** The language's own name, as the language switch shows it. */
const LANGUAGE_NAMES: Record<Locale, string> = { en: 'English', fr: 'Français' };

interface Props {
  fields: readonly BilingualSpec[];
}

/** Every text a person reads, in English and in French side by side (stacked on a phone). */
export function BilingualFields({ fields }: Props) {
  const te = useTe();
  return (
    <div class="bilingual">
      <p class="muted">{te('ed.bilingualHelp')}</p>
      <div class="bilingual-columns">
        {(['en', 'fr'] as const).map((language) => (
          <fieldset key={language} class="language">
            <legend lang={LOCALE_TAGS[language]}>{LANGUAGE_NAMES[language]}</legend>
            {fields.map((spec) => (
              <TextField
                key={spec.field}
                path={language === 'en' ? spec.field : `${spec.field}_fr`}
                label={te(`ed.f.${spec.field}` as EditingKey)}
                suffix={te(language === 'en' ? 'ed.inEnglish' : 'ed.inFrench')}
                required={language === 'en' && spec.required}
                max={spec.max}
                multiline={spec.multiline ?? false}
                lang={LOCALE_TAGS[language]}
                help={spec.help && te(spec.help)}
              />
            ))}
          </fieldset>
        ))}
      </div>
    </div>
  );
}
