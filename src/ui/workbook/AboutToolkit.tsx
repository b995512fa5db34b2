import { useEffect, useRef } from 'preact/hooks';
import type { WorkbookKey } from '../../i18n/workbook';
import type { GlossaryTerm } from '../../model/workbookGlossary';
import { Glossary, glossaryEntryId } from './Glossary';
import { useTw } from './words';

interface Props {
  /** A glossary entry to show and focus, when an item's link opened the screen. */
  term: GlossaryTerm | null;
  onClose: () => void;
}

/** The further resources the brief lists, by kind, in its order. */
const RESOURCES: ReadonlyArray<{ kind: WorkbookKey; items: readonly WorkbookKey[] }> = [
  { kind: 'wb.res.webinars', items: ['wb.res.webinar1', 'wb.res.webinar2', 'wb.res.webinar3'] },
  { kind: 'wb.res.toolkits', items: ['wb.res.toolkit1', 'wb.res.toolkit2'] },
  { kind: 'wb.res.briefs', items: ['wb.res.brief1', 'wb.res.brief2', 'wb.res.brief3', 'wb.res.brief4'] },
];

/** Written as text, not a link: opening it from a shared phone would leave it in the browser's history. */
const NORAHT_WEBSITE = 'https://noraht.nipissingu.ca/noraht-research/webinars/';

/** About this toolkit: whose words these are, what the app added, the citation, resources, glossary. */
export function AboutToolkit({ term, onClose }: Props) {
  const tw = useTw();
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    const entry = term ? document.getElementById(glossaryEntryId(term)) : null;
    if (entry) {
      entry.focus();
      entry.scrollIntoView({ block: 'start' });
    } else heading.current?.focus();
  }, [term]);
  return (
    <section aria-labelledby="wb-about-title" class="workbook about">
      <button type="button" class="secondary" onClick={onClose}>
        {tw('wb.aboutBack')}
      </button>
      <h1 id="wb-about-title" ref={heading} tabIndex={-1}>
        {tw('wb.about')}
      </h1>
      <h2>{tw('wb.about.sourceTitle')}</h2>
      <p>{tw('wb.about.source')}</p>
      <p>{tw('wb.about.adapted')}</p>
      <h2>{tw('wb.about.citationTitle')}</h2>
      <p>{tw('wb.about.citation')}</p>
      <p class="muted">{tw('wb.about.condensed')}</p>
      <h2>{tw('wb.about.resourcesTitle')}</h2>
      <p class="muted">{tw('wb.about.resourcesNote')}</p>
      <h3>{tw('wb.res.website')}</h3>
      <p>
        {tw('wb.res.websiteText')} <span class="address">{NORAHT_WEBSITE}</span>
      </p>
      {RESOURCES.map((group) => (
        <div key={group.kind}>
          <h3>{tw(group.kind)}</h3>
          <ul>
            {group.items.map((key) => (
              <li key={key}>{tw(key)}</li>
            ))}
          </ul>
        </div>
      ))}
      <Glossary />
      <button type="button" class="secondary" onClick={onClose}>
        {tw('wb.aboutBack')}
      </button>
    </section>
  );
}
