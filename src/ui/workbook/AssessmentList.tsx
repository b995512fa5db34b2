import { useState } from 'preact/hooks';
import { formatDate } from '../../i18n';
import type { WorkbookKey } from '../../i18n/workbook';
import { torontoDate } from '../../model/schedule';
import { useApp } from '../../state/context';
import { problemOf } from '../../state/workbookStore';
import { useOpenAbout, useTw } from './words';

/** Every assessment on this device, a way to resume, and a form to start a new one. */
export function AssessmentList() {
  const { workbook, locale } = useApp();
  const tw = useTw();
  const openAbout = useOpenAbout();
  const [agency, setAgency] = useState(workbook.assessments.value?.[0]?.agency ?? '');
  const [date, setDate] = useState(() => torontoDate(new Date()));
  const [title, setTitle] = useState('');
  const [error, setError] = useState('');
  const list = workbook.assessments.value ?? [];
  const resume = workbook.position.value;
  return (
    <section aria-labelledby="wb-title" class="workbook">
      <hgroup>
        <h1 id="wb-title">{tw('wb.title')}</h1>
        <p class="muted">{tw('wb.subtitle')}</p>
      </hgroup>
      <p>
        <button type="button" class="link" onClick={() => openAbout()}>
          {tw('wb.about')}
        </button>
      </p>
      <p>{tw('wb.intro')}</p>
      {resume && list.some((a) => a.id === resume.assessmentId) && (
        <button type="button" onClick={() => void workbook.open(resume.assessmentId, resume.section)}>
          {tw('wb.resume')}
        </button>
      )}
      <h2>{tw('wb.assessments')}</h2>
      {list.length === 0 ? (
        <p>{tw('wb.none')}</p>
      ) : (
        <ul class="services">
          {list.map((a) => (
            <li key={a.id} class="card">
              <h3>
                <button type="button" class="title" onClick={() => void workbook.open(a.id)}>
                  {a.agency} · {formatDate(locale.value, a.assessed_on)}
                </button>
              </h3>
              {a.title && <p class="muted">{a.title}</p>}
            </li>
          ))}
        </ul>
      )}
      <h2>{tw('wb.new')}</h2>
      <form
        class="field"
        onSubmit={(e) => {
          e.preventDefault();
          void workbook.create({ agency, assessed_on: date, ...(title ? { title } : {}) }).then((r) => {
            setError(
              r.ok
                ? ''
                : tw('wb.saveFailed', { reason: tw(`wb.problem.${problemOf(r.error)}` as WorkbookKey) }),
            );
          });
        }}
      >
        <p id="wb-new-hint" class="muted hint">
          {tw('wb.noNamesHint')}
        </p>
        <label class="field">
          <span>{tw('wb.agency')}</span>
          <input
            type="text"
            required
            autoComplete="off"
            aria-describedby="wb-new-hint"
            value={agency}
            onInput={(e) => setAgency((e.currentTarget as HTMLInputElement).value)}
          />
        </label>
        <label class="field">
          <span>{tw('wb.assessedOn')}</span>
          <input
            type="date"
            required
            value={date}
            onInput={(e) => setDate((e.currentTarget as HTMLInputElement).value)}
          />
        </label>
        <label class="field">
          <span>{tw('wb.titleField')}</span>
          <input
            type="text"
            aria-describedby="wb-new-hint"
            value={title}
            onInput={(e) => setTitle((e.currentTarget as HTMLInputElement).value)}
          />
        </label>
        <button type="submit">{tw('wb.create')}</button>
        {error && <p role="alert">{error}</p>}
      </form>
    </section>
  );
}
