import { useRef, useState } from 'preact/hooks';
import { useApp, useT } from '../../state/context';
import { ConflictItem } from './ConflictItem';

/** Every kept conflict and refused change (S4), each with its way out; nothing goes without a choice. */
export function ConflictsScreen() {
  const { sync, navigation } = useApp();
  const t = useT();
  const heading = useRef<HTMLHeadingElement>(null);
  const [saved, setSaved] = useState(false);
  const conflicts = sync.conflicts.value;
  const onResolved = () => {
    setSaved(true);
    // The resolved item leaves the list, and focus with it: the heading takes it.
    heading.current?.focus();
  };
  return (
    <section aria-labelledby="conflicts-title" class="conflicts">
      <button
        type="button"
        class="secondary back"
        onClick={() =>
          navigation.canGoBack.value
            ? navigation.back()
            : navigation.switchTo({ name: 'settings', section: 'sync' })
        }
      >
        {t('nav.back')}
      </button>
      <h1 id="conflicts-title" tabIndex={-1} ref={heading}>
        {t('conflicts.heading')}
      </h1>
      <p role="status">{saved ? t('conflicts.saved') : ''}</p>
      {conflicts.length === 0 ? (
        <p>{t('conflicts.none')}</p>
      ) : (
        <>
          <p class="muted">{t('conflicts.intro')}</p>
          <ul class="conflict-list">
            {conflicts.map((conflict) => (
              <li key={conflict.id}>
                <ConflictItem conflict={conflict} onResolved={onResolved} />
              </li>
            ))}
          </ul>
        </>
      )}
    </section>
  );
}
