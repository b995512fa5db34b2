import { useApp, useT } from '../state/context';

/** How many stored records failed validation when read, and which (entity, id and the reason). */
export function UnreadableSection() {
  const { unreadable } = useApp();
  const t = useT();
  const problems = [...unreadable.value.values()];
  return (
    <section aria-labelledby="unreadable-title">
      <h2 id="unreadable-title">{t('settings.unreadable')}</h2>
      {problems.length === 0 ? (
        <p>{t('settings.unreadableNone')}</p>
      ) : (
        <>
          <p role="status">{t('settings.unreadableCount', { count: problems.length })}</p>
          <ul class="unreadable">
            {problems.map((p) => (
              <li key={`${p.entity}/${p.id}`}>
                <code>
                  {p.entity} {p.id}
                </code>
                : {p.reason}
              </li>
            ))}
          </ul>
        </>
      )}
    </section>
  );
}
