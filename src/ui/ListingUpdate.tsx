import type { ComponentChildren } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import type { MessageKey } from '../i18n';
import { AVAILABILITY, type Service } from '../model/service';
import { useApp, useT } from '../state/context';
import { AvailabilityAge } from './AvailabilityAge';
import { useNow } from './useNow';

interface Props {
  service: Service;
  /** Shown first in the panel: the editing panel's Edit and Verified today. */
  children?: ComponentChildren;
}

/**
 * For those who may edit the listing: availability in one tap, with its age, and the listing's alert
 * (D8). Saved on the device at once; the sync sends it, and the header says when it went.
 */
export function ListingUpdate({ service, children }: Props) {
  const { listing } = useApp();
  const t = useT();
  const [alert, setAlert] = useState(service.alert ?? '');
  const [saved, setSaved] = useState(false);
  useEffect(() => {
    setAlert(service.alert ?? '');
    setSaved(false);
  }, [service.id]);
  const problem = listing.problem.value?.id === service.id ? listing.problem.value.problem : null;
  const done = (ok: boolean) => setSaved(ok);
  const now = useNow();

  return (
    <section aria-labelledby="listing-update-title" class="listing-update">
      <h2 id="listing-update-title">{t('listing.title')}</h2>
      {children}
      <fieldset>
        <legend>{t('listing.availability')}</legend>
        <AvailabilityAge availability={service.availability} now={now} class="muted availability" />
        <p class="actions">
          {AVAILABILITY.map((status) => (
            <button
              key={status}
              type="button"
              class="secondary"
              aria-pressed={service.availability.status === status}
              onClick={async () => done(await listing.setAvailability(service.id, status))}
            >
              {t(`availability.${status}` as MessageKey)}
            </button>
          ))}
        </p>
      </fieldset>
      <form
        onSubmit={async (event) => {
          event.preventDefault();
          done(await listing.setAlert(service.id, alert));
        }}
      >
        <label for="listing-alert">{t('listing.alert')}</label>
        <input
          id="listing-alert"
          type="text"
          value={alert}
          maxLength={300}
          onInput={(event) => {
            setAlert((event.target as HTMLInputElement).value);
            setSaved(false);
          }}
        />
        <button type="submit">{t('listing.saveAlert')}</button>
      </form>
      <p role="status" class="muted">
        {saved && !problem ? t('listing.saved') : ''}
      </p>
      {problem && (
        <p role="alert" class="alert">
          {t(`listing.problem.${problem}` as MessageKey)}
        </p>
      )}
    </section>
  );
}
