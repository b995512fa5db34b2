import { COMMUNITIES } from '../../data/reference';
import { localName, type MessageKey, sortByLocalName } from '../../i18n';
import { KNOWN_LANGUAGES, type Language } from '../../model/common';
import { newRecordId } from '../../model/ids';
import { DELIVERY_MODES } from '../../model/service';
import { useApp, useT } from '../../state/context';
import type { EditScreen, FormDraft } from '../../state/editorStore';
import { CheckGroup } from './CheckGroup';
import { useForm } from './formKit';
import { ListChecks } from './ListChecks';
import { locationLabel } from './locationLabel';
import { TriField } from './TriField';
import { useEditor } from './useEditor';
import { useTe } from './words';

/** Languages, ways it is offered, communities served, its locations, and who runs it. */
export function ServiceReachFields() {
  const form = useForm();
  const editor = useEditor();
  const { navigation, locale, directory } = useApp();
  const t = useT();
  const te = useTe();
  const draft = form.draft as FormDraft<'service'>;
  const languages: Language[] = draft.languages;
  const orgId = draft.organization_id;
  const locations = (directory.snapshot.value?.locations ?? []).filter((l) => l.organization_id === orgId);

  return (
    <>
      <h2>{te('ed.section.reach')}</h2>
      <CheckGroup
        path="languages"
        legend={t('service.languages')}
        options={KNOWN_LANGUAGES.map((code) => ({ value: code, label: t(`language.${code}` as MessageKey) }))}
        checked={(code) => languages.some((l) => l.code === code)}
        onToggle={(code, on) =>
          form.set(
            'languages',
            on ? [...languages, { id: newRecordId(), code }] : languages.filter((l) => l.code !== code),
          )
        }
      />
      <ListChecks
        path="delivery_modes"
        legend={t('service.modes')}
        options={DELIVERY_MODES.map((m) => ({ value: m, label: t(`delivery.${m}` as MessageKey) }))}
      />
      <ListChecks
        path="communities_served"
        legend={te('ed.communities')}
        columns
        options={sortByLocalName(COMMUNITIES, locale.value).map((c) => ({
          value: c.id,
          label: localName(c, locale.value),
        }))}
      />
      <ListChecks
        path="location_ids"
        legend={te('ed.locations')}
        help={
          orgId
            ? locations.length === 0
              ? te('ed.locations.none')
              : undefined
            : te('ed.locations.chooseOrg')
        }
        options={locations.map((l) => ({ value: l.id, label: locationLabel(l, locale.value, te) }))}
      />
      {orgId && (
        <p>
          <button
            type="button"
            class="secondary"
            onClick={() => {
              const child: EditScreen = { name: 'edit', entity: 'location', organizationId: orgId };
              editor.openSubform(form.screen, child, 'location_ids');
              navigation.open(child);
            }}
          >
            {te('ed.add.location')}
          </button>
        </p>
      )}
      <TriField path="indigenous_led" legend={t('service.indigenousLed')} />
      <TriField path="lived_experience_staff" legend={t('service.livedExperience')} />
    </>
  );
}
