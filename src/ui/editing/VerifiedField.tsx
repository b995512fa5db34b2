import { formatDate } from '../../i18n';
import { torontoDate } from '../../model/schedule';
import type { Service } from '../../model/service';
import { useApp, useT } from '../../state/context';
import type { FormDraft } from '../../state/editorStore';
import { fieldId, useForm } from './formKit';
import { useTe } from './words';

/** When the listing was last checked with its agency, and "I checked it today" to say so on saving. */
export function VerifiedField() {
  const form = useForm();
  const t = useT();
  const te = useTe();
  const { locale } = useApp();
  const draft = form.draft as FormDraft<'service'>;
  const was = (form.original as Service | null)?.assured_date ?? null;
  const today = torontoDate(new Date());
  return (
    <fieldset class="group">
      <legend>{te('ed.section.verified')}</legend>
      <p class="muted">
        {was
          ? t('service.lastVerified', { date: formatDate(locale.value, was) })
          : t('service.neverVerified')}
      </p>
      {was !== today && (
        <label class="check">
          <input
            id={fieldId('assured_date')}
            type="checkbox"
            checked={draft.assured_date === today}
            onChange={(event) =>
              form.set('assured_date', (event.currentTarget as HTMLInputElement).checked ? today : was)
            }
          />
          <span>{te('ed.verifyCheck')}</span>
        </label>
      )}
    </fieldset>
  );
}
