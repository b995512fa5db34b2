import type { WorkbookKey } from '../../i18n/workbook';
import { GLOSSARY_TERMS, type GlossaryTerm } from '../../model/workbookGlossary';
import { useTw } from './words';

/** The element id of a glossary entry, which an item's link focuses. */
export function glossaryEntryId(term: GlossaryTerm): string {
  return `wb-glossary-${term}`;
}

/** The brief's first footnote as a glossary: sex work, the sex industry, trafficking, and its stance. */
export function Glossary() {
  const tw = useTw();
  return (
    <section aria-labelledby="wb-glossary-title">
      <h2 id="wb-glossary-title">{tw('wb.glossary')}</h2>
      <p class="muted">{tw('wb.glossaryIntro')}</p>
      <dl class="glossary">
        {GLOSSARY_TERMS.map((term) => (
          <div key={term}>
            <dt id={glossaryEntryId(term)} class="glossary-term" tabIndex={-1}>
              {tw(`wb.term.${term}` as WorkbookKey)}
            </dt>
            <dd class="glossary-def">{tw(`wb.def.${term}` as WorkbookKey)}</dd>
          </div>
        ))}
      </dl>
    </section>
  );
}
