import { formatDate } from '../../i18n';
import type { WorkbookKey } from '../../i18n/workbook';
import {
  type Assessment,
  isNeed,
  type NeedId,
  OWN_SECTIONS,
  SECTION_IDS,
  type SectionId,
} from '../../model/workbook';
import { ratingsOf, sectionProgress } from '../../model/workbookRules';
import { useApp, useT } from '../../state/context';
import { ActionPlan } from './ActionPlan';
import { AddOwnItem } from './AddOwnItem';
import { ComparePanel } from './ComparePanel';
import { IntegrationPanel } from './IntegrationPanel';
import { ItemCard } from './ItemCard';
import { MedicineWheel } from './MedicineWheel';
import { PrintReport } from './PrintReport';
import { ReportPanel } from './ReportPanel';
import { itemsShown, labeler } from './ratingWords';
import { useOpenAbout, useTw } from './words';

interface Props {
  assessment: Assessment;
}

/** One assessment: its sections (with progress), the item cards, and what the answers show. */
export function AssessmentView({ assessment }: Props) {
  const { workbook, locale } = useApp();
  const t = useT();
  const tw = useTw();
  const openAbout = useOpenAbout();
  const records = workbook.current.value;
  const answers = records?.answers ?? [];
  const ratings = ratingsOf(answers);
  const label = labeler(answers, t, tw);
  const byItem = new Map(answers.map((a) => [a.item_id, a]));
  const needChoices = [
    ...itemsShown('approaches', answers, label),
    ...itemsShown('knowledges', answers, label),
  ].filter((i): i is NeedId => isNeed(i));
  const progress = sectionProgress(ratings);
  const section: SectionId =
    workbook.position.value?.assessmentId === assessment.id ? workbook.position.value.section : 'approaches';
  const status = workbook.saveStatus.value;
  return (
    <>
      <section aria-labelledby="assessment-title" class="workbook screen-only">
        <button type="button" class="secondary" onClick={() => void workbook.close()}>
          {tw('wb.back')}
        </button>
        <h1 id="assessment-title">
          {assessment.agency} · {formatDate(locale.value, assessment.assessed_on)}
        </h1>
        <p>
          {tw('wb.title')} ·{' '}
          <button type="button" class="link" onClick={() => openAbout()}>
            {tw('wb.about')}
          </button>
        </p>
        <p role="status" class="muted save-status">
          {status === 'saving'
            ? tw('wb.saving')
            : status === 'saved'
              ? tw('wb.saved')
              : status === 'failed'
                ? tw('wb.saveFailed', {
                    reason: tw(`wb.problem.${workbook.saveFailure.value ?? 'failed'}` as WorkbookKey),
                  })
                : ''}
        </p>
        <nav aria-label={tw('wb.title')}>
          <ul class="sections">
            {SECTION_IDS.map((s) => {
              const p = progress.find((x) => x.section === s);
              return (
                <li key={s}>
                  <button
                    type="button"
                    class="tab"
                    aria-current={s === section ? 'step' : undefined}
                    onClick={() => void workbook.goTo(s)}
                  >
                    {tw(`wb.section.${s}` as WorkbookKey)}{' '}
                    <span class="muted">
                      {tw('wb.progress', { answered: p?.answered ?? 0, total: p?.total ?? 0 })}
                    </span>
                  </button>
                </li>
              );
            })}
          </ul>
        </nav>
        <section aria-labelledby="section-title">
          <h2 id="section-title">{tw(`wb.section.${section}` as WorkbookKey)}</h2>
          <p class="prompt">{tw(`wb.prompt.${section}` as WorkbookKey)}</p>
          {section === 'barriers' && <p class="muted">{tw('wb.barrierScale')}</p>}
          {itemsShown(section, answers, label).map((item) => (
            <ItemCard
              key={`${assessment.id}/${item}`}
              item={item}
              label={label}
              stored={byItem.get(item)}
              needChoices={needChoices}
            />
          ))}
          {OWN_SECTIONS.includes(section) && <AddOwnItem section={section} />}
        </section>
        <IntegrationPanel answers={answers} label={label} />
        <MedicineWheel answers={answers} label={label} />
        <ActionPlan actions={records?.actions ?? []} />
        <ComparePanel assessment={assessment} ratings={ratings} label={label} />
        <ReportPanel
          assessment={assessment}
          answers={answers}
          actions={records?.actions ?? []}
          shared={records?.shared ?? null}
        />
      </section>
      <PrintReport assessment={assessment} answers={answers} actions={records?.actions ?? []} />
    </>
  );
}
