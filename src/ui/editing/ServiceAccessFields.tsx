import { LOCALE_TAGS, type MessageKey } from '../../i18n';
import { LONG_TEXT_MAX, SHORT_TEXT_MAX } from '../../model/common';
import { ACCESS_CONDITIONS } from '../../model/service';
import { useT } from '../../state/context';
import { NumberField } from './NumberField';
import { TextField } from './TextField';
import { TriField } from './TriField';
import { useTe } from './words';

/** What a person meets before getting help, and the limits of confidentiality (yes / no / unknown). */
export function ServiceAccessFields() {
  const t = useT();
  const te = useTe();
  return (
    <>
      <h2>{te('ed.section.access')}</h2>
      <fieldset class="group" aria-describedby="conditions-help">
        <legend>{te('ed.conditions')}</legend>
        <p id="conditions-help" class="muted help">
          {te('ed.conditions.help')}
        </p>
        <div class="tri-list">
          {ACCESS_CONDITIONS.map((c) => (
            <TriField key={c} path={`conditions.${c}`} legend={t(`condition.${c}` as MessageKey)} />
          ))}
        </div>
        <NumberField path="conditions.typical_wait_days" label={te('ed.f.typical_wait_days')} empty={null} />
      </fieldset>
      <div class="row-fields">
        <NumberField path="minimum_age" label={te('ed.f.minimum_age')} />
        <NumberField path="maximum_age" label={te('ed.f.maximum_age')} />
      </div>
      <TextField path="fees_description" label={te('ed.f.fees_description')} max={SHORT_TEXT_MAX} />
      <h2>{te('ed.section.privacy')}</h2>
      <TextTwins path="confidentiality.records" label={t('service.records')} />
      <TriField path="confidentiality.anonymous_ok" legend={t('service.anonymous')} />
      <TextTwins path="confidentiality.duty_to_report" label={t('service.dutyToReport')} />
      <TriField path="confidentiality.police_contact" legend={t('service.policeContact')} />
    </>
  );
}

/** A nested text the person reads, in English and in French (the record's top-level texts use
 * `BilingualFields`, whose labels are the field names). */
function TextTwins({ path, label }: { path: string; label: string }) {
  const te = useTe();
  return (
    <>
      {(['en', 'fr'] as const).map((language) => (
        <TextField
          key={language}
          path={language === 'en' ? path : `${path}_fr`}
          label={label}
          suffix={te(language === 'en' ? 'ed.inEnglish' : 'ed.inFrench')}
          max={LONG_TEXT_MAX}
          multiline
          lang={LOCALE_TAGS[language]}
        />
      ))}
    </>
  );
}
