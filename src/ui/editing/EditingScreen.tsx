import type { Signal } from '@preact/signals';
import type { ComponentType } from 'preact';
import { useApp, useT } from '../../state/context';
import type { EditEntity, EditScreen, FormState } from '../../state/editorStore';
import { ListingsScreen } from './ListingsScreen';
import { LocationForm } from './LocationForm';
import { OrganizationForm } from './OrganizationForm';
import { ServiceForm } from './ServiceForm';
import { useEditor } from './useEditor';
import { useTe } from './words';

// The entry loads the words with the screens, from this chunk (one request, and no chunk of its own).
export { primeEditingWords } from './words';

const FORMS: Record<EditEntity, ComponentType<{ screen: EditScreen; form: Signal<FormState> }>> = {
  service: ServiceForm,
  organization: OrganizationForm,
  location: LocationForm,
};

// Each edit screen opened is its own form, even when one follows another on the same route.
const keys = new WeakMap<EditScreen, number>();
let lastKey = 0;
function keyOf(screen: EditScreen): number {
  let key = keys.get(screen);
  if (key === undefined) {
    lastKey += 1;
    key = lastKey;
    keys.set(screen, key);
  }
  return key;
}

/** "My agency's listings", or the form of the record being edited or created. */
export function EditingScreen() {
  const { navigation } = useApp();
  const screen = navigation.screen.value;
  if (screen.name === 'listings') return <ListingsScreen />;
  if (screen.name !== 'edit') return null;
  return <EditView key={keyOf(screen)} screen={screen} />;
}

function EditView({ screen }: { screen: EditScreen }) {
  const editor = useEditor();
  const { navigation } = useApp();
  const t = useT();
  const te = useTe();
  const may = screen.id ? editor.mayEditRecord(screen.entity, screen.id) : editor.mayCreate();
  if (may === undefined) return <p role="status">{t('coord.loading')}</p>;
  const form = may ? editor.formFor(screen) : null;
  if (!form) {
    return (
      <section class="editing">
        <button type="button" class="secondary" onClick={() => navigation.back()}>
          {t('nav.back')}
        </button>
        <p role="alert">{te(may ? 'ed.notFound' : 'ed.cannotEdit')}</p>
      </section>
    );
  }
  const Form = FORMS[screen.entity];
  return <Form screen={screen} form={form} />;
}
