import { useEffect, useMemo } from 'preact/hooks';
import type { WorkbookCatalog } from '../../i18n/workbook';
import { useApp } from '../../state/context';
import { AssessmentList } from './AssessmentList';
import { AssessmentView } from './AssessmentView';
import { WorkbookWords, workbookTranslator } from './words';

interface Props {
  catalog: WorkbookCatalog;
}

/** The Service Mapping Toolkit: the list of assessments, or the one open. */
export function WorkbookScreen({ catalog }: Props) {
  const { workbook } = useApp();
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
  return (
    <WorkbookWords.Provider value={tw}>
      {open ? <AssessmentView assessment={open} /> : <AssessmentList />}
    </WorkbookWords.Provider>
  );
}
