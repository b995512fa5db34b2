import { useLayoutEffect, useRef, useState } from 'preact/hooks';
import { communityById } from '../data/reference';
import { localName, type MessageKey, type Translate, taxonomyKey } from '../i18n';
import { KNOWN_LANGUAGES } from '../model/common';
import {
  type FilterChip,
  filterChips,
  isQuickChip,
  NO_FILTERS,
  QUICK_FILTERS,
  quickFilterOn,
  toggleQuickFilter,
} from '../model/filters';
import { useApp, useT } from '../state/context';
import { useLazy } from './useLazy';

async function loadChoices() {
  return (await import('./FilterChoices')).FilterChoices;
}

const QUICK_LABEL: Record<(typeof QUICK_FILTERS)[number], MessageKey> = {
  openNow: 'filters.openNow',
  noId: 'without.id_required',
  noSobriety: 'without.sobriety_required',
  french: 'language.fr',
  indigenousLed: 'filters.indigenousLed',
};

/** What a chip reads, in the words of the panel's choice. */
function chipLabel(t: Translate, locale: 'en' | 'fr', chip: FilterChip): string {
  switch (chip.kind) {
    case 'openNow':
      return t('filters.openNow');
    case 'indigenousLed':
      return t('filters.indigenousLed');
    case 'livedExperience':
      return t('filters.livedExperience');
    case 'noPoliceWithoutConsent':
      return t('filters.noPoliceWithoutConsent');
    case 'noLegalName':
      return t('filters.noLegalName');
    case 'without':
      return t(`without.${chip.value}` as MessageKey);
    case 'availability':
      return t(`availability.${chip.value}` as MessageKey);
    case 'language':
      return (KNOWN_LANGUAGES as readonly string[]).includes(chip.value)
        ? t(`language.${chip.value}` as MessageKey)
        : chip.value;
    case 'mode':
      return t(`delivery.${chip.value}` as MessageKey);
    case 'taxonomy':
      return t(taxonomyKey(chip.value));
    case 'community': {
      const community = communityById(chip.value);
      return community ? localName(community, locale) : chip.value;
    }
  }
}

/**
 * The filters: five quick toggles, the other active filters as chips (one tap removes one), and
 * every access condition, taxonomy term, language, mode, community and availability in folding
 * groups, with "Show N services" always in reach at the bottom.
 */
export function FiltersPanel() {
  const { directory, locale, back } = useApp();
  const t = useT();
  const f = directory.filters.value;
  const chips = filterChips(f).filter((chip) => !isQuickChip(chip));
  const details = useRef<HTMLDetailsElement>(null);
  // The sixty-odd choices are rendered only once the panel is opened: first paint stays light.
  const [open, setOpen] = useState(false);
  const Choices = useLazy(open ? loadChoices : null);
  // An open panel is a layer: the phone's Back folds it. Armed in the commit that opens it (a layout
  // effect), so a Back or Escape right after the panel shows is never missed.
  useLayoutEffect(() => {
    if (!open) return;
    return back.push(() => {
      if (details.current) details.current.open = false;
    });
  }, [open, back]);
  return (
    <>
      <fieldset class="quick-filters">
        <legend class="visually-hidden">{t('filters.quick')}</legend>
        {QUICK_FILTERS.map((quick) => (
          <button
            key={quick}
            type="button"
            class="toggle"
            aria-pressed={quickFilterOn(f, quick)}
            onClick={() => directory.setFilters(toggleQuickFilter(f, quick))}
          >
            {t(QUICK_LABEL[quick])}
          </button>
        ))}
      </fieldset>
      {chips.length > 0 && (
        <ul class="chips" aria-label={t('filters.active')}>
          {chips.map((chip) => {
            const label = chipLabel(t, locale.value, chip);
            return (
              <li key={`${chip.kind}:${'value' in chip ? chip.value : ''}`}>
                <button
                  type="button"
                  class="chip"
                  aria-label={t('filters.remove', { filter: label })}
                  onClick={() => directory.setFilters(chip.rest)}
                >
                  {label}
                  <span aria-hidden="true"> ✕</span>
                </button>
              </li>
            );
          })}
          <li>
            <button type="button" class="chip clear" onClick={() => directory.setFilters(NO_FILTERS)}>
              {t('filters.clear')}
            </button>
          </li>
        </ul>
      )}
      <details
        ref={details}
        class="filters"
        onToggle={(e) => setOpen((e.currentTarget as HTMLDetailsElement).open)}
      >
        <summary>
          {chips.length > 0 ? t('filters.more.count', { count: chips.length }) : t('filters.more')}
        </summary>
        {open && Choices && <Choices onDone={() => showResults(details.current)} />}
      </details>
    </>
  );
}

/** Folds the panel and takes the person to the results' heading. */
function showResults(details: HTMLDetailsElement | null): void {
  if (details) details.open = false;
  const heading = document.getElementById('results-title');
  heading?.focus();
  heading?.scrollIntoView({ block: 'start' });
}
