import { communityById } from '../../data/reference';
import { type Locale, localName, type Translate } from '../../i18n';
import type { EditingKey } from '../../i18n/editing';
import type { Location } from '../../model/location';
import { localField } from '../localText';

/** A location as a person knows it: its name and community, and whether its address is kept private. */
export function locationLabel(location: Location, locale: Locale, te: Translate<EditingKey>): string {
  const community = communityById(location.community_id);
  const place = community ? localName(community, locale) : location.community_id;
  const name = localField(location, 'name', locale)?.text;
  const where = name && name !== place ? `${name} · ${place}` : place;
  return location.address_confidential ? `${where} (${te('ed.addressPrivate')})` : where;
}
