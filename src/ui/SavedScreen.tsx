import { useApp, useT } from '../state/context';
import type { ResultItem } from '../state/directoryStore';
import { ServiceCard } from './ServiceCard';

/** The saved list: services kept on this device, never synced. */
export function SavedScreen() {
  const { directory } = useApp();
  const t = useT();
  void directory.snapshot.value;
  const items = directory.saved.value
    .map((id) => directory.item(id))
    .filter((i): i is ResultItem => i !== null);
  return (
    <section aria-labelledby="saved-title">
      <h1 id="saved-title">{t('saved.heading')}</h1>
      <p class="muted">{t('saved.note')}</p>
      {items.length === 0 ? (
        <p>{t('saved.empty')}</p>
      ) : (
        <ul class="services">
          {items.map((item) => (
            <ServiceCard key={item.id} item={item} level={2} />
          ))}
        </ul>
      )}
    </section>
  );
}
