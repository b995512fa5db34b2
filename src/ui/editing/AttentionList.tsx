import { useRef, useState } from 'preact/hooks';
import { useApp } from '../../state/context';
import type { AttentionItem, AttentionReason } from '../../state/editorStore';
import { localField } from '../localText';
import { NamedButton } from './NamedButton';
import { ShowMore } from './ShowMore';
import { useEditor } from './useEditor';
import { useShowMore } from './useShowMore';
import { useTe } from './words';

interface Props {
  items: readonly AttentionItem[];
}

/** The listings to look at first, each with why, Edit and Verified today. */
export function AttentionList({ items }: Props) {
  const editor = useEditor();
  const { navigation, locale } = useApp();
  const te = useTe();
  const [shown, more] = useShowMore();
  const heading = useRef<HTMLHeadingElement>(null);
  const [said, setSaid] = useState<{ text: string; failed: boolean } | null>(null);
  const reasonText = (reason: AttentionReason, item: AttentionItem) => {
    if (reason.kind === 'never') return te('ed.reason.never');
    if (reason.kind === 'stale') return te('ed.reason.stale', { months: reason.months });
    return te('ed.reason.alert', { alert: localField(item.service, 'alert', locale.value)?.text ?? '' });
  };

  return (
    <section aria-labelledby="attention-title">
      <h2 id="attention-title" tabIndex={-1} ref={heading}>
        {te('ed.attention', { count: items.length })}
      </h2>
      <p class="muted">{te('ed.verifiedTodayHelp')}</p>
      <p role="status" class={said && !said.failed ? 'saved-note' : 'saved-note empty'}>
        {said && !said.failed ? said.text : ''}
      </p>
      {said?.failed && (
        <p role="alert" class="alert">
          {said.text}
        </p>
      )}
      {items.length === 0 ? (
        <p>{te('ed.attentionNone')}</p>
      ) : (
        <ul class="listing-cards">
          {items.slice(0, shown).map((item) => {
            const { service } = item;
            const name = localField(service, 'name', locale.value);
            const org = editor.record('organization', service.organization_id);
            const orgName = org && localField(org, 'name', locale.value);
            const label = name?.text ?? '';
            return (
              <li key={service.id} class="card">
                <h3 lang={name?.fallback ? name.lang : undefined}>{label}</h3>
                {orgName && (
                  <p class="org" lang={orgName.fallback ? orgName.lang : undefined}>
                    {orgName.text}
                  </p>
                )}
                <ul class="reasons">
                  {item.reasons.map((reason) => (
                    <li key={reason.kind}>{reasonText(reason, item)}</li>
                  ))}
                </ul>
                <p class="actions">
                  <NamedButton
                    name={label}
                    nameLang={name?.fallback ? name.lang : undefined}
                    onClick={() => navigation.open({ name: 'edit', entity: 'service', id: service.id })}
                  >
                    {te('ed.edit')}
                  </NamedButton>
                  <NamedButton
                    primary
                    name={label}
                    nameLang={name?.fallback ? name.lang : undefined}
                    onClick={async () => {
                      const failure = await editor.verifyToday(service.id);
                      // The row may leave the list: focus goes to its heading, and the news is said.
                      heading.current?.focus();
                      setSaid(
                        failure
                          ? { text: te(`ed.fail.${failure}`), failed: true }
                          : { text: te('ed.verifiedDone', { name: label }), failed: false },
                      );
                    }}
                  >
                    {te('ed.verifiedToday')}
                  </NamedButton>
                </p>
              </li>
            );
          })}
        </ul>
      )}
      <ShowMore shown={shown} total={items.length} more={more} />
    </section>
  );
}
