import { useMemo } from 'preact/hooks';
import { COMMUNITIES } from '../data/reference';
import { localName, sortByLocalName } from '../i18n';
import { useApp } from '../state/context';

/** The region's communities as <option>s, named in the current language and sorted A–Z in it. */
export function CommunityOptions() {
  const { locale } = useApp();
  const sorted = useMemo(() => sortByLocalName(COMMUNITIES, locale.value), [locale.value]);
  return (
    <>
      {sorted.map((c) => (
        <option key={c.id} value={c.id}>
          {localName(c, locale.value)}
        </option>
      ))}
    </>
  );
}
