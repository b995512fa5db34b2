// The workbook's translator and item labels (taxonomy items use the main catalog's labels).
import { createContext } from 'preact';
import { useContext } from 'preact/hooks';
import { type MessageKey, type Translate, translator } from '../../i18n';
import type { WorkbookCatalog, WorkbookKey } from '../../i18n/workbook';
import type { ItemId } from '../../model/workbook';

export const WorkbookWords = createContext<Translate<WorkbookKey> | null>(null);

export function workbookTranslator(catalog: WorkbookCatalog): Translate<WorkbookKey> {
  return translator<WorkbookKey>(catalog);
}

export function useTw(): Translate<WorkbookKey> {
  const tw = useContext(WorkbookWords);
  if (!tw) throw new Error('useTw() needs <WorkbookWords.Provider>');
  return tw;
}

export function itemLabel(item: ItemId, t: Translate, tw: Translate<WorkbookKey>): string {
  return item.startsWith('principle.') || item.startsWith('barrier.')
    ? tw(`wb.item.${item}` as WorkbookKey)
    : t(`taxonomy.${item}` as MessageKey);
}
