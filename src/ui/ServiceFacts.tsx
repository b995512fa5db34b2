import type { ComponentChildren } from 'preact';
import { formatAge, type MessageKey } from '../i18n';
import type { Tri } from '../model/common';
import { ACCESS_CONDITIONS } from '../model/service';
import { useApp, useT } from '../state/context';
import type { ResultItem } from '../state/directoryStore';
import { dayName, hoursRows, openText, reachText } from './format';
import { type LocalText, localText } from './localText';

interface Props {
  item: ResultItem;
  /** The eligibility text in the reader's language (or the other, with `note` beside it). */
  eligibility?: LocalText | null;
  note?: ComponentChildren;
}

/** Hours, availability, conditions, confidentiality, languages and approaches of one service. */
export function ServiceFacts({ item, eligibility, note }: Props) {
  const { locale } = useApp();
  const t = useT();
  const { service } = item;
  const tri = (value: Tri) => t(`tri.${value}` as MessageKey);
  const reach = reachText(t, locale.value, item.reach);
  const { confidentiality } = service;
  const records = localText(confidentiality.records, confidentiality.records_fr, locale.value);
  const duty = localText(confidentiality.duty_to_report, confidentiality.duty_to_report_fr, locale.value);
  const { minimum_age: min, maximum_age: max } = service;
  const ages =
    min !== undefined && max !== undefined
      ? t('service.ages', { min, max })
      : min !== undefined
        ? t('service.agesFrom', { min })
        : max !== undefined
          ? t('service.agesTo', { max })
          : null;
  return (
    <>
      <section aria-labelledby="hours-title">
        <h2 id="hours-title">{t('service.hours')}</h2>
        <p class={`open open-${item.open}`}>
          {openText(t, locale.value, item.status, service.status === 'temporarily closed')}
        </p>
        {reach && <p>{reach}</p>}
        {service.schedules.length > 0 && (
          <table class="hours">
            <tbody>
              {hoursRows(t, locale.value, service.schedules).map((row) => (
                <tr key={row.day}>
                  <th scope="row">{dayName(t, row.day)}</th>
                  <td>{row.spans.length > 0 ? row.spans.join(', ') : t('open.closed')}</td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
        <p class="muted">{t('service.hoursNote')}</p>
      </section>
      {service.availability.status !== 'unknown' && (
        <section aria-labelledby="availability-title">
          <h2 id="availability-title">{t('service.availability')}</h2>
          <p>
            {t(`availability.${service.availability.status}` as MessageKey)}
            {service.availability.set_at && (
              <span class="muted">
                {' · '}
                {t('service.availabilitySet', {
                  age: formatAge(locale.value, service.availability.set_at, new Date()),
                })}
              </span>
            )}
          </p>
        </section>
      )}
      <section aria-labelledby="conditions-title">
        <h2 id="conditions-title">{t('service.conditions')}</h2>
        <dl class="facts">
          {ACCESS_CONDITIONS.map((c) => (
            <div key={c}>
              <dt>{t(`condition.${c}` as MessageKey)}</dt>
              <dd class={`tri-${service.conditions[c]}`}>{tri(service.conditions[c])}</dd>
            </div>
          ))}
        </dl>
        {service.conditions.typical_wait_days !== null && (
          <p>{t('service.waitDays', { days: service.conditions.typical_wait_days })}</p>
        )}
        {(eligibility || ages) && (
          <p>
            {t('service.eligibilityLabel')}{' '}
            {eligibility && (
              <span lang={eligibility.fallback ? eligibility.lang : undefined}>{eligibility.text}</span>
            )}
            {eligibility && ages && ' · '}
            {ages}
            {note}
          </p>
        )}
      </section>
      <section aria-labelledby="privacy-title">
        <h2 id="privacy-title">{t('service.confidentiality')}</h2>
        <dl class="facts">
          <div class="long">
            <dt>{t('service.records')}</dt>
            <dd lang={records?.fallback ? records.lang : undefined}>
              {records?.text ?? t('service.notStated')}
            </dd>
          </div>
          <div>
            <dt>{t('service.anonymous')}</dt>
            <dd class={`tri-${service.confidentiality.anonymous_ok}`}>
              {tri(service.confidentiality.anonymous_ok)}
            </dd>
          </div>
          <div class="long">
            <dt>{t('service.dutyToReport')}</dt>
            <dd lang={duty?.fallback ? duty.lang : undefined}>{duty?.text ?? t('service.notStated')}</dd>
          </div>
          <div>
            <dt>{t('service.policeContact')}</dt>
            <dd class={`tri-${service.confidentiality.police_contact}`}>
              {tri(service.confidentiality.police_contact)}
            </dd>
          </div>
        </dl>
      </section>
      <section aria-labelledby="ways-title">
        <h2 id="ways-title">{t('service.languages')}</h2>
        <p>
          {service.languages.map((l) => t(`language.${l.code}` as MessageKey) ?? l.name ?? l.code).join(', ')}
        </p>
        <h2>{t('service.modes')}</h2>
        <p>{service.delivery_modes.map((m) => t(`delivery.${m}` as MessageKey)).join(', ')}</p>
      </section>
      <section aria-labelledby="approaches-title">
        <h2 id="approaches-title">{t('service.approaches')}</h2>
        <ul class="tags">
          {service.indigenous_led === 'yes' && <li>{t('service.indigenousLed')}</li>}
          {service.lived_experience_staff === 'yes' && <li>{t('service.livedExperience')}</li>}
          {service.taxonomy_ids.map((id) => (
            <li key={id}>{t(`taxonomy.${id}` as MessageKey)}</li>
          ))}
        </ul>
      </section>
    </>
  );
}
