import { useRef } from 'preact/hooks';
import type { MessageKey } from '../../i18n';
import { newRecordId } from '../../model/ids';
import { daysOf, type Schedule, WEEKDAYS } from '../../model/schedule';
import { useT } from '../../state/context';
import { CheckGroup } from './CheckGroup';
import { fieldId, getAt, useForm } from './formKit';
import { TextField } from './TextField';
import { useFocusLater } from './useFocusLater';
import { useTe } from './words';

/** Weekly hours: each rule its days and its opening and closing times (Toronto time). */
export function SchedulesField() {
  const form = useForm();
  const t = useT();
  const te = useTe();
  const schedules = getAt(form.draft, 'schedules') as Schedule[];
  const addButton = useRef<HTMLButtonElement>(null);
  const focusLater = useFocusLater();
  const days = WEEKDAYS.map((d) => ({ value: d, label: t(`day.${d}` as MessageKey) }));

  return (
    <fieldset id={fieldId('schedules')} class="group" aria-describedby="hours-help">
      <legend>{te('ed.hours')}</legend>
      <p id="hours-help" class="muted help">
        {te('ed.hours.help')}
      </p>
      {schedules.map((rule, i) => {
        const on = rule.byday === '' ? [] : daysOf(rule);
        return (
          <fieldset key={rule.id} class="repeat">
            <legend>{te('ed.hours.rule', { n: i + 1 })}</legend>
            <CheckGroup
              path={`schedules.${i}.byday`}
              legend={te('ed.hours.days')}
              options={days}
              checked={(d) => on.includes(d as (typeof WEEKDAYS)[number])}
              onToggle={(d, checked) =>
                form.set(
                  `schedules.${i}.byday`,
                  WEEKDAYS.filter((w) => (w === d ? checked : on.includes(w))).join(','),
                )
              }
              minor
            />
            <div class="row-fields">
              <TextField path={`schedules.${i}.opens_at`} label={te('ed.hours.opens')} placeholder="09:00" />
              <TextField
                path={`schedules.${i}.closes_at`}
                label={te('ed.hours.closes')}
                placeholder="17:00"
              />
            </div>
            <button
              type="button"
              class="secondary"
              onClick={() => {
                form.set(
                  'schedules',
                  schedules.filter((s) => s.id !== rule.id),
                );
                focusLater(addButton.current);
              }}
            >
              {te('ed.hours.remove', { n: i + 1 })}
            </button>
          </fieldset>
        );
      })}
      <button
        ref={addButton}
        type="button"
        class="secondary"
        onClick={() => {
          const rule: Schedule = {
            id: newRecordId(),
            freq: 'WEEKLY',
            byday: 'MO,TU,WE,TH,FR',
            opens_at: '09:00',
            closes_at: '17:00',
          };
          form.set('schedules', [...schedules, rule]);
          focusLater(fieldId(`schedules.${schedules.length}.byday`));
        }}
      >
        {te('ed.hours.add')}
      </button>
    </fieldset>
  );
}
