import type { ComponentChildren } from 'preact';
import { type MessageKey, taxonomyKey } from '../i18n';
import { KNOWN_LANGUAGES } from '../model/common';
import { activeFilterCount, type DirectoryFilters, NO_FILTERS } from '../model/filters';
import { ACCESS_CONDITIONS, DELIVERY_MODES } from '../model/service';
import { TAXONOMY_GROUPS, type TaxonomyGroup } from '../model/taxonomy';
import { useApp, useT } from '../state/context';
import { CommunityOptions } from './CommunityOptions';

// Every choice of the filters panel, in folding groups: loaded when the panel first opens, so that a
// first visit never downloads the sixty-odd choices.

const AVAILABILITY_CHOICES = ['space', 'waitlist', 'full'] as const;

function toggle<T>(list: readonly T[], item: T): T[] {
  return list.includes(item) ? list.filter((x) => x !== item) : [...list, item];
}

interface CheckProps {
  label: string;
  checked: boolean;
  onToggle: () => void;
}

function Check({ label, checked, onToggle }: CheckProps) {
  return (
    <label class="check">
      <input type="checkbox" checked={checked} onChange={onToggle} />
      <span>{label}</span>
    </label>
  );
}

interface GroupProps {
  legend: string;
  /** How many of its choices are on, shown on the folded group. */
  on: number;
  children: ComponentChildren;
}

/** A folding group of choices: its name and how many are on, the choices when unfolded. */
function Group({ legend, on, children }: GroupProps) {
  return (
    <details class="filter-group" open={on > 0}>
      <summary>
        {legend}
        {on > 0 && <span class="group-count"> ({on})</span>}
      </summary>
      <fieldset>
        <legend class="visually-hidden">{legend}</legend>
        {children}
      </fieldset>
    </details>
  );
}

/** The panel's choices, and "Show N services" (sticky) that folds it. */
export function FilterChoices({ onDone }: { onDone: () => void }) {
  const { directory } = useApp();
  const t = useT();
  const f = directory.filters.value;
  const set = (changes: Partial<DirectoryFilters>) => directory.setFilters({ ...f, ...changes });
  const count = activeFilterCount(f);
  const results = directory.results.value?.length ?? 0;
  return (
    <>
      <Check label={t('filters.openNow')} checked={f.openNow} onToggle={() => set({ openNow: !f.openNow })} />
      <Group
        legend={t('filters.access')}
        on={f.without.length + Number(!!f.noPoliceWithoutConsent) + Number(!!f.noLegalName)}
      >
        {ACCESS_CONDITIONS.map((c) => (
          <Check
            key={c}
            label={t(`without.${c}` as MessageKey)}
            checked={f.without.includes(c)}
            onToggle={() => set({ without: toggle(f.without, c) })}
          />
        ))}
        <Check
          label={t('filters.noPoliceWithoutConsent')}
          checked={!!f.noPoliceWithoutConsent}
          onToggle={() => set({ noPoliceWithoutConsent: !f.noPoliceWithoutConsent })}
        />
        <Check
          label={t('filters.noLegalName')}
          checked={!!f.noLegalName}
          onToggle={() => set({ noLegalName: !f.noLegalName })}
        />
        <p class="muted">{t('filters.unknownNote')}</p>
      </Group>
      <Group legend={t('filters.availability')} on={f.availability.length}>
        {AVAILABILITY_CHOICES.map((a) => (
          <Check
            key={a}
            label={t(`availability.${a}` as MessageKey)}
            checked={f.availability.includes(a)}
            onToggle={() => set({ availability: toggle(f.availability, a) })}
          />
        ))}
      </Group>
      <Group legend={t('filters.ledBy')} on={Number(f.indigenousLed) + Number(f.livedExperience)}>
        <Check
          label={t('filters.indigenousLed')}
          checked={f.indigenousLed}
          onToggle={() => set({ indigenousLed: !f.indigenousLed })}
        />
        <Check
          label={t('filters.livedExperience')}
          checked={f.livedExperience}
          onToggle={() => set({ livedExperience: !f.livedExperience })}
        />
      </Group>
      <Group legend={t('filters.languages')} on={f.languages.length}>
        {KNOWN_LANGUAGES.map((code) => (
          <Check
            key={code}
            label={t(`language.${code}` as MessageKey)}
            checked={f.languages.includes(code)}
            onToggle={() => set({ languages: toggle(f.languages, code) })}
          />
        ))}
      </Group>
      <Group legend={t('filters.modes')} on={f.modes.length}>
        {DELIVERY_MODES.map((m) => (
          <Check
            key={m}
            label={t(`delivery.${m}` as MessageKey)}
            checked={f.modes.includes(m)}
            onToggle={() => set({ modes: toggle(f.modes, m) })}
          />
        ))}
      </Group>
      <label class="field">
        <span>{t('filters.community')}</span>
        <select
          value={f.community ?? ''}
          onChange={(e) => set({ community: (e.currentTarget as HTMLSelectElement).value || null })}
        >
          <option value="">{t('filters.anyCommunity')}</option>
          <CommunityOptions />
        </select>
      </label>
      {(Object.keys(TAXONOMY_GROUPS) as TaxonomyGroup[]).map((group) => (
        <Group
          key={group}
          legend={t(`filters.group.${group}` as MessageKey)}
          on={TAXONOMY_GROUPS[group].filter((id) => f.taxonomy.includes(id)).length}
        >
          {TAXONOMY_GROUPS[group].map((id) => (
            <Check
              key={id}
              label={t(taxonomyKey(id))}
              checked={f.taxonomy.includes(id)}
              onToggle={() => set({ taxonomy: toggle(f.taxonomy, id) })}
            />
          ))}
        </Group>
      ))}
      <div class="show-results">
        {count > 0 && (
          <button type="button" class="secondary" onClick={() => directory.setFilters(NO_FILTERS)}>
            {t('filters.clear')}
          </button>
        )}
        <button type="button" onClick={onDone}>
          {results === 1 ? t('filters.showOne') : t('filters.show', { count: results })}
        </button>
      </div>
    </>
  );
}
