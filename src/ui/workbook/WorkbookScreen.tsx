import { useEffect, useMemo, useRef } from 'preact/hooks';
import type { WorkbookCatalog } from '../../i18n/workbook';
import { useApp } from '../../state/context';
import { focusScreenHeading } from '../focusHeading';
import { AssessmentList } from './AssessmentList';
import { AssessmentView } from './AssessmentView';
import { WorkbookWords, workbookTranslator } from './words';

interface Props {
  catalog: WorkbookCatalog;
}

/** The Service Mapping Toolkit: the list of assessments, or the one open. */
export function WorkbookScreen({ catalog }: Props) {
  const { workbook, back } = useApp();
  const tw = useMemo(() => workbookTranslator(catalog), [catalog]);
  useEffect(() => {
    // Whatever is typed is written before the page is hidden or closed.
    const flush = () => void workbook.flush();
    window.addEventListener('pagehide', flush);
    document.addEventListener('visibilitychange', flush);
    return () => {
      window.removeEventListener('pagehide', flush);
      document.removeEventListener('visibilitychange', flush);
      flush();
    };
  }, [workbook]);
  const open = workbook.current.value?.assessment;
  const openId = open?.id ?? null;
  // Opening an assessment or going back to the list: focus on the new view's heading (not the body).
  const shown = useRef(openId);
  useEffect(() => {
    if (shown.current === openId) return;
    shown.current = openId;
    focusScreenHeading();
  }, [openId]);
  // An open assessment is a layer: the phone's Back returns to the list.
  useEffect(() => {
    if (!openId) return;
    return back.push(() => void workbook.close());
  }, [openId, back, workbook]);
  return (
    <WorkbookWords.Provider value={tw}>
      {open ? <AssessmentView assessment={open} /> : <AssessmentList />}
    </WorkbookWords.Provider>
  );
}
