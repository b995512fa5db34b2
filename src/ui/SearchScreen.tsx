import { useApp, useT } from '../state/context';
import { FiltersPanel } from './FiltersPanel';
import { PlacePicker } from './PlacePicker';
import { ResultList } from './ResultList';

/** Search box, place, filters and results. The text typed here is never stored or put in the URL. */
export function SearchScreen() {
  const { directory } = useApp();
  const t = useT();
  return (
    <section aria-labelledby="search-title">
      <h1 id="search-title" class="visually-hidden">
        {t('search.heading')}
      </h1>
      <form class="searchform" onSubmit={(e) => e.preventDefault()}>
        <input
          type="search"
          aria-label={t('search.label')}
          placeholder={t('search.placeholder')}
          autoComplete="off"
          autoCapitalize="off"
          spellcheck={false}
          enterKeyHint="search"
          value={directory.query.value}
          onInput={(e) => directory.setQuery((e.currentTarget as HTMLInputElement).value)}
        />
      </form>
      <PlacePicker />
      <FiltersPanel />
      <ResultList />
    </section>
  );
}
