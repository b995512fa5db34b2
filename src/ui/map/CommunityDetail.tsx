import { communityById } from '../../data/reference';
import { formatKm, localName, type MessageKey } from '../../i18n';
import { type CoverageMatrix, cellAt, communityWheel, type NeedId } from '../../model/coverage';
import { useApp, useT } from '../../state/context';
import { useTm } from './words';

interface Props {
  matrix: CoverageMatrix;
  need: NeedId;
  communityId: string;
}

/** The chosen community: how it is served for the need, and its medicine-wheel coverage. */
export function CommunityDetail({ matrix, need, communityId }: Props) {
  const { locale } = useApp();
  const t = useT();
  const tm = useTm();
  const community = communityById(communityId);
  const cell = cellAt(matrix, communityId, need);
  if (!community || !cell) return null;
  const name = localName(community, locale.value);
  const nearest = cell.nearest;
  const town = nearest ? communityById(nearest.communityId) : undefined;
  return (
    <section aria-labelledby="community-title" class="card">
      <h2 id="community-title" tabIndex={-1}>
        {tm('map.selected', { community: name })}
      </h2>
      <dl class="facts">
        <div>
          <dt>{tm('map.col.located')}</dt>
          <dd>{cell.located}</dd>
        </div>
        <div>
          <dt>{tm('map.col.within')}</dt>
          <dd>{cell.withinRadius}</dd>
        </div>
        <div>
          <dt>{tm('map.col.area')}</dt>
          <dd>{cell.area}</dd>
        </div>
        <div>
          <dt>{tm('map.col.remote')}</dt>
          <dd>{cell.remote}</dd>
        </div>
        <div>
          <dt>{tm('map.col.nearest')}</dt>
          <dd>
            {!nearest
              ? tm('map.none')
              : nearest.km === 0
                ? tm('map.nearestHere')
                : `${tm('map.nearest', { community: town?.name ?? nearest.communityId, distance: formatKm(locale.value, nearest.km) })}${nearest.byRoad ? '' : ` (${tm('map.notByRoad')})`}`}
          </dd>
        </div>
      </dl>
      <h3>{tm('map.wheel', { community: name })}</h3>
      <ul>
        {communityWheel(matrix, communityId).map((w) => (
          <li key={w.aspect}>
            {tm('map.wheelCount', {
              aspect: t(`wellbeing.${w.aspect}` as MessageKey),
              count: w.programs.length,
            })}
          </li>
        ))}
      </ul>
    </section>
  );
}
