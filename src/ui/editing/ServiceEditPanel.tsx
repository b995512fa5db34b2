import { useState } from 'preact/hooks';
import type { Service } from '../../model/service';
import { useApp } from '../../state/context';
import { ListingUpdate } from '../ListingUpdate';
import { localField } from '../localText';
import { ListingsButton } from './ListingsButton';
import { SavedNote } from './SavedNote';
import { useEditor } from './useEditor';
import { useEditingWords } from './words';

interface Props {
  service: Service;
}

/**
 * The service page's panel for those who may edit the listing (D7, D8): Edit, Verified today,
 * availability and the alert. Its code and words load only for them, never on a first visit.
 */
export function ServiceEditPanel({ service }: Props) {
  const editor = useEditor();
  const { navigation, locale } = useApp();
  const te = useEditingWords();
  const [said, setSaid] = useState<{ text: string; failed: boolean } | null>(null);
  if (!te || editor.mayEditRecord('service', service.id) !== true) return null;
  return (
    <ListingUpdate service={service}>
      <p class="actions">
        <button
          type="button"
          onClick={() => navigation.open({ name: 'edit', entity: 'service', id: service.id })}
        >
          {te('ed.editListing')}
        </button>
        <button
          type="button"
          class="secondary"
          aria-describedby="verified-today-help"
          onClick={async () => {
            const failure = await editor.verifyToday(service.id);
            setSaid(
              failure
                ? { text: te(`ed.fail.${failure}`), failed: true }
                : {
                    text: te('ed.verifiedDone', {
                      name: localField(service, 'name', locale.value)?.text ?? service.name,
                    }),
                    failed: false,
                  },
            );
          }}
        >
          {te('ed.verifiedToday')}
        </button>
        <ListingsButton />
      </p>
      {editor.hasDraft('service', service.id) && <p class="notice">{te('ed.drafts.here')}</p>}
      <p id="verified-today-help" class="muted">
        {te('ed.verifiedTodayHelp')}
      </p>
      <p role="status" class={said && !said.failed ? 'saved-note' : 'saved-note empty'}>
        {said && !said.failed ? said.text : ''}
      </p>
      {said?.failed && (
        <p role="alert" class="alert">
          {said.text}
        </p>
      )}
      <SavedNote />
    </ListingUpdate>
  );
}
