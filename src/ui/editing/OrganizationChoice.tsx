import { useApp } from '../../state/context';
import type { EditScreen, FormDraft } from '../../state/editorStore';
import { localField } from '../localText';
import { useForm } from './formKit';
import { SelectField } from './SelectField';
import { useEditor } from './useEditor';
import { useTe } from './words';

interface Props {
  /** A location belongs to its organization and offers no shortcut to a new one. */
  offerNew?: boolean;
}

/** The organization a service or a location belongs to: one this person may edit, or a new one. */
export function OrganizationChoice({ offerNew = true }: Props) {
  const form = useForm();
  const editor = useEditor();
  const { navigation, locale } = useApp();
  const te = useTe();
  const draft = form.draft as FormDraft<'service'>;
  const mine = editor.editable.value?.organizations ?? [];
  const current = editor.record('organization', draft.organization_id);
  const list = current && !mine.some((o) => o.id === current.id) ? [current, ...mine] : mine;
  const options = list.map((o) => ({
    value: o.id,
    label: localField(o, 'name', locale.value)?.text ?? o.name,
  }));
  return (
    <SelectField
      path="organization_id"
      label={te('ed.f.organization_id')}
      options={options}
      placeholder={te('ed.chooseOrganization')}
      required
      onChoose={(id) =>
        form.update((d) => {
          const owned = d as FormDraft<'service' | 'location'>;
          if (owned.organization_id === id) return d;
          // A service's locations are its organization's: another organization, none of them.
          return { ...owned, organization_id: id, ...('location_ids' in owned ? { location_ids: [] } : {}) };
        })
      }
    >
      {offerNew && (
        <button
          type="button"
          class="secondary"
          onClick={() => {
            const child: EditScreen = { name: 'edit', entity: 'organization' };
            editor.openSubform(form.screen, child, 'organization_id');
            navigation.open(child);
          }}
        >
          {te('ed.newOrganization')}
        </button>
      )}
    </SelectField>
  );
}
