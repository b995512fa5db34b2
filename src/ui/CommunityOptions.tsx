import { COMMUNITIES } from '../data/reference';
import { localName } from '../i18n';
import { useApp } from '../state/context';

/** The region's communities as <option>s, named in the current language. */
export function CommunityOptions() {
  const { locale } = useApp();
  return (
    <>
      {COMMUNITIES.map((c) => (
        <option key={c.id} value={c.id}>
          {localName(c, locale.value)}
        </option>
      ))}
    </>
  );
}
