import { useEffect, useRef } from 'preact/hooks';
import { useApp, useT } from '../../state/context';
import { AttentionList } from './AttentionList';
import { DraftList } from './DraftList';
import { OrganizationRows } from './OrganizationRows';
import { SavedNote } from './SavedNote';
import { ServiceRows } from './ServiceRows';
import { useEditor } from './useEditor';
import { useTe } from './words';

/**
 * "My agency's listings" (D7): ways to add; the forms left with changes not saved; what needs
 * attention (not checked for over 12 months, or an alert), each with Edit and Verified today; then the
 * rest this person may edit.
 */
export function ListingsScreen() {
  const editor = useEditor();
  const { network, navigation } = useApp();
  const t = useT();
  const te = useTe();
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => heading.current?.focus(), []);
  const member = network.membership.value;
  const title = te(
    !member
      ? 'ed.listings.device'
      : member.role === 'coordinator'
        ? 'ed.listings.network'
        : 'ed.listings.agency',
  );
  const listings = editor.listings.value;
  const editable = editor.editable.value;

  return (
    <section class="listings" aria-labelledby="listings-title">
      {navigation.canGoBack.value && (
        <button type="button" class="secondary" onClick={() => navigation.back()}>
          {t('nav.back')}
        </button>
      )}
      <h1 id="listings-title" tabIndex={-1} ref={heading}>
        {title}
      </h1>
      <SavedNote />
      {!editor.mayCreate() ? (
        <p>{te('ed.listings.cannot')}</p>
      ) : (
        <>
          <p>{te('ed.listings.intro')}</p>
          {!member && <p class="notice">{te('ed.listings.local')}</p>}
          <p class="actions">
            <button type="button" onClick={() => navigation.open({ name: 'edit', entity: 'service' })}>
              {te('ed.add.service')}
            </button>
            <button
              type="button"
              class="secondary"
              onClick={() => navigation.open({ name: 'edit', entity: 'organization' })}
            >
              {te('ed.add.organization')}
            </button>
          </p>
          {listings && editable ? (
            <>
              <DraftList drafts={editor.unsaved.value} />
              <AttentionList items={listings.attention} />
              <ServiceRows services={listings.others} />
              <OrganizationRows organizations={editable.organizations} locations={editable.locations} />
            </>
          ) : (
            <p role="status">{t('coord.loading')}</p>
          )}
        </>
      )}
    </section>
  );
}
