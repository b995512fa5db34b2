import type { EditingKey } from '../../i18n/editing';
import type { Location } from '../../model/location';
import { useApp } from '../../state/context';
import type { UnsavedDraft } from '../../state/editorStore';
import { localField } from '../localText';
import { locationLabel } from './locationLabel';
import { NamedButton } from './NamedButton';
import { useTe } from './words';

interface Props {
  drafts: readonly UnsavedDraft[];
}

/** The forms with typed changes not saved yet (kept through reloads), each a way back into its form. */
export function DraftList({ drafts }: Props) {
  const { navigation, locale } = useApp();
  const te = useTe();
  if (drafts.length === 0) return null;
  const nameOf = ({ entity, typedName, record }: UnsavedDraft) => {
    if (typedName) return typedName;
    if (record && entity === 'location') return locationLabel(record as Location, locale.value, te);
    return (record && localField(record, 'name', locale.value)?.text) || te('ed.drafts.untitled');
  };
  return (
    <section aria-labelledby="drafts-title" class="drafts">
      <h2 id="drafts-title">{te('ed.drafts', { count: drafts.length })}</h2>
      <p class="muted">{te('ed.drafts.intro')}</p>
      <ul class="listing-rows">
        {drafts.map((draft) => {
          const name = nameOf(draft);
          const kind = `ed.drafts.${draft.record ? 'changed' : 'new'}.${draft.entity}` as EditingKey;
          const key = draft.screen.id ?? draft.screen.draftId;
          return (
            <li key={`${draft.entity}:${key}`} class="row">
              <div>
                <span class="row-name">{name}</span>
                <span class="muted row-facts">{te(kind)}</span>
              </div>
              <NamedButton name={name} onClick={() => navigation.open(draft.screen)}>
                {te('ed.drafts.continue')}
              </NamedButton>
            </li>
          );
        })}
      </ul>
    </section>
  );
}
