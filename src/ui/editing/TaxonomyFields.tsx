import { type MessageKey, taxonomyKey } from '../../i18n';
import { TAXONOMY_GROUPS, type TaxonomyGroup } from '../../model/taxonomy';
import { useT } from '../../state/context';
import { fieldId } from './formKit';
import { ListChecks } from './ListChecks';
import { useTe } from './words';

/** The NORAHT vocabulary, grouped: approaches, knowledges, programs, sectors. */
export function TaxonomyFields() {
  const t = useT();
  const te = useTe();
  return (
    <fieldset id={fieldId('taxonomy_ids')} class="group">
      <legend>{te('ed.section.approaches')}</legend>
      {(Object.keys(TAXONOMY_GROUPS) as TaxonomyGroup[]).map((group) => (
        <ListChecks
          key={group}
          id={`${fieldId('taxonomy_ids')}-${group}`}
          path="taxonomy_ids"
          legend={t(`filters.group.${group}` as MessageKey)}
          options={TAXONOMY_GROUPS[group].map((id) => ({ value: id, label: t(taxonomyKey(id)) }))}
          columns
          minor
        />
      ))}
    </fieldset>
  );
}
