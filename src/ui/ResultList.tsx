import { useEffect, useRef } from 'preact/hooks';
import { useApp, useT } from '../state/context';
import { useSampleMarker } from '../state/directory';
import { markFirstResults } from './firstResults';
import { SampleBanner } from './SampleBanner';
import { ServiceCard } from './ServiceCard';

/** Ranked results, a page at a time ("show more"), never thousands at once. */
export function ResultList() {
  const { directory } = useApp();
  const t = useT();
  const results = directory.results.value;
  const marker = useSampleMarker();
  const list = useRef<HTMLUListElement>(null);
  const showing = !!results && marker !== undefined;
  useEffect(() => {
    if (showing) markFirstResults();
  }, [showing]);
  // The banner and the results arrive in one render, below the controls: nothing on screen moves.
  if (!results || marker === undefined) return <p role="status">{t('directory.loading')}</p>;
  const shown = results.top(directory.visible.value);
  return (
    <section aria-labelledby="results-title" class="results">
      {marker && <SampleBanner />}
      <h2 id="results-title" aria-live="polite" tabIndex={-1}>
        {results.length === 1 ? t('search.resultsOne') : t('search.results', { count: results.length })}
      </h2>
      {results.length === 0 && <p>{t('search.none')}</p>}
      <ul class="services" ref={list}>
        {shown.map((hit) => {
          const item = directory.item(hit.id);
          return item && <ServiceCard key={hit.id} item={item} />;
        })}
      </ul>
      {shown.length < results.length && (
        <>
          <p class="muted">{t('search.showing', { shown: shown.length, total: results.length })}</p>
          <button
            type="button"
            onClick={() => {
              // Focus goes to the first new card, not back to the top or the body.
              const before = shown.length;
              directory.showMore();
              requestAnimationFrame(() =>
                list.current?.querySelectorAll<HTMLElement>('.card .title')[before]?.focus(),
              );
            }}
          >
            {t('search.showMore')}
          </button>
        </>
      )}
    </section>
  );
}
