import { useState } from 'preact/hooks';
import type { WorkbookKey } from '../../i18n/workbook';
import type { SectionId } from '../../model/workbook';
import { useApp } from '../../state/context';
import { useTw } from './words';

/**
 * The brief's lists are not exhaustive: the agency adds an approach, knowledge or program of its own.
 * The new item is saved at once, unnamed, and its name field takes focus: what is typed there is
 * saved as typed (and journaled), like every other field of the workbook.
 */
export function AddOwnItem({ section }: { section: SectionId }) {
  const { workbook } = useApp();
  const tw = useTw();
  const [failed, setFailed] = useState(false);
  const add = async () => {
    const item = await workbook.addOwnItem(section);
    setFailed(item === null);
    if (!item) return;
    const nameField = `${item.replace(/[^a-z0-9]/g, '-')}-name`;
    // The new card is drawn once the store's copy of the answers has it.
    for (let frame = 0; frame < 60; frame++) {
      const field = document.getElementById(nameField);
      if (field) {
        field.focus();
        return;
      }
      await new Promise((r) => requestAnimationFrame(r));
    }
  };
  return (
    <div class="add-own">
      <p class="muted">{tw('wb.own.intro')}</p>
      <button type="button" class="secondary" onClick={() => void add()}>
        {tw(`wb.own.add.${section}` as WorkbookKey)}
      </button>
      {failed && (
        <p class="field-error" role="alert">
          {tw('wb.shareFailed')}
        </p>
      )}
    </div>
  );
}
