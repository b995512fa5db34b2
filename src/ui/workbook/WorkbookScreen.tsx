import { useCallback, useEffect, useLayoutEffect, useMemo, useRef, useState } from 'preact/hooks';
import type { WorkbookCatalog } from '../../i18n/workbook';
import type { GlossaryTerm } from '../../model/workbookGlossary';
import { useApp } from '../../state/context';
import { focusScreenHeading } from '../focusHeading';
import { AboutToolkit } from './AboutToolkit';
import { AssessmentList } from './AssessmentList';
import { AssessmentView } from './AssessmentView';
import { OpenAbout, WorkbookWords, workbookTranslator } from './words';

interface AboutState {
  term: GlossaryTerm | null;
  /** What opened it, focused again on the way back. */
  opener: HTMLElement | null;
}

interface Props {
  catalog: WorkbookCatalog;
}

/**
 * The Service Mapping Toolkit: the list of assessments, or the one open; "About this toolkit" over
 * either (the view under it stays mounted, so Back returns to the same place).
 */
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
  // An open assessment is a layer: the phone's Back returns to the list (armed in the commit that shows it).
  useLayoutEffect(() => {
    if (!openId) return;
    return back.push(() => void workbook.close());
  }, [openId, back, workbook]);
  const [about, setAbout] = useState<AboutState | null>(null);
  const openAbout = useCallback((term?: GlossaryTerm) => {
    const opener = document.activeElement instanceof HTMLElement ? document.activeElement : null;
    setAbout({ term: term ?? null, opener });
  }, []);
  const closeAbout = useCallback(() => setAbout(null), []);
  const aboutOpen = about !== null;
  const opener = about?.opener ?? null;
  useLayoutEffect(() => {
    if (!aboutOpen) return;
    const removeLayer = back.push(closeAbout);
    return () => {
      removeLayer();
      // Closed: back to what opened it, now shown again.
      if (opener?.isConnected) opener.focus();
      else focusScreenHeading();
    };
  }, [aboutOpen, opener, back, closeAbout]);
  return (
    <WorkbookWords.Provider value={tw}>
      <OpenAbout.Provider value={openAbout}>
        <div hidden={aboutOpen}>{open ? <AssessmentView assessment={open} /> : <AssessmentList />}</div>
        {about && <AboutToolkit term={about.term} onClose={closeAbout} />}
      </OpenAbout.Provider>
    </WorkbookWords.Provider>
  );
}
