import { useState } from 'preact/hooks';
import { communityById } from '../../data/reference';
import { formatKm, localName, type MessageKey } from '../../i18n';
import { type CoverageMatrix, type Gap, rankedGaps } from '../../model/coverage';
import { useApp, useT } from '../../state/context';
import { useTm } from './words';

interface Props {
  matrix: CoverageMatrix;
  gapKm: number;
}

const FIRST = 25;

/** The gaps in plain words, worst first, with the thresholds that made them; printable as a report. */
export function GapList({ matrix, gapKm }: Props) {
  const { locale } = useApp();
  const t = useT();
  const tm = useTm();
  const [all, setAll] = useState(false);
  const gaps = rankedGaps(matrix, { gapKm });
  const name = (id: string) => {
    const c = communityById(id);
    return c ? localName(c, locale.value) : id;
  };
  const sentence = (g: Gap) => {
    const need = t(`taxonomy.${g.need}` as MessageKey);
    const community = name(g.community);
    const town = g.nearest ? name(g.nearest.communityId) : '';
    const distance = g.nearest ? formatKm(locale.value, g.nearest.km) : '';
    switch (g.kind) {
      case 'nothing':
        return tm('map.gap.nothing', { need, community });
      case 'far':
        return g.nearest
          ? tm('map.gap.far', { need, community, gapKm, town, distance })
          : tm('map.gap.farNone', { need, community, gapKm });
      case 'not-by-road':
        return tm('map.gap.not-by-road', { need, community, town, distance });
      case 'remote-only':
        return tm('map.gap.remote-only', {
          need,
          community,
          where: g.nearest ? tm('map.nearest', { community: town, distance }) : tm('map.gap.remoteNone'),
        });
    }
  };
  return (
    <section aria-labelledby="gaps-title" class="gaps">
      <h2 id="gaps-title">{tm('map.gaps')}</h2>
      <p class="muted">
        {tm('map.gapKm')}: {gapKm}
      </p>
      {gaps.length === 0 ? (
        <p>{tm('map.gapsNone')}</p>
      ) : (
        <>
          <ol>
            {gaps.map((g, i) => (
              <li key={`${g.community}/${g.need}`} class={!all && i >= FIRST ? 'more' : undefined}>
                {sentence(g)}
              </li>
            ))}
          </ol>
          {!all && gaps.length > FIRST && (
            <p class="screen-only">
              {tm('map.gapsShown', { shown: FIRST, total: gaps.length })}{' '}
              <button type="button" class="secondary" onClick={() => setAll(true)}>
                {t('search.showMore')}
              </button>
            </p>
          )}
        </>
      )}
      <button type="button" class="screen-only" onClick={() => window.print()}>
        {tm('map.print')}
      </button>
    </section>
  );
}
