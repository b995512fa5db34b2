// The workbook's translator and item labels (taxonomy items use the main catalog's labels).
import { createContext } from 'preact';
import { useContext } from 'preact/hooks';
import { type Translate, translator } from '../../i18n';
import type { WorkbookCatalog, WorkbookKey } from '../../i18n/workbook';
import type { GlossaryTerm } from '../../model/workbookGlossary';

export { itemLabel } from './ratingWords';

export const WorkbookWords = createContext<Translate<WorkbookKey> | null>(null);

export function workbookTranslator(catalog: WorkbookCatalog): Translate<WorkbookKey> {
  return translator<WorkbookKey>(catalog);
}

export function useTw(): Translate<WorkbookKey> {
  const tw = useContext(WorkbookWords);
  if (!tw) throw new Error('useTw() needs <WorkbookWords.Provider>');
  return tw;
}

/** Opens "About this toolkit", at a glossary entry when given one. */
export const OpenAbout = createContext<(term?: GlossaryTerm) => void>(() => {});

export function useOpenAbout(): (term?: GlossaryTerm) => void {
  return useContext(OpenAbout);
}
