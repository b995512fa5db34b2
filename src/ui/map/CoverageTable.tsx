import { communityById } from '../../data/reference';
import { formatKm, localName, type MessageKey } from '../../i18n';
import type { CoverageMatrix, NeedId } from '../../model/coverage';
import { toCsv } from '../../model/csv';
import { useApp, useT } from '../../state/context';
import { downloadText } from '../download';
import { useTm } from './words';

interface Props {
  matrix: CoverageMatrix;
  need: NeedId;
  needLabel: string;
  selected: string;
  onSelect: (communityId: string) => void;
}

/**
 * The table alternative to the map, for the chosen need (each row's name selects its community, as a
 * point on the map does), and the CSV of the whole matrix.
 */
export function CoverageTable({ matrix, need, needLabel, selected, onSelect }: Props) {
  const { locale } = useApp();
  const t = useT();
  const tm = useTm();
  const ni = matrix.needs.indexOf(need);
  const nameOf = (id: string) => {
    const c = communityById(id);
    return c ? localName(c, locale.value) : id;
  };
  const exportCsv = () => {
    const rows: Array<Array<string | number | null>> = [
      [
        'community',
        'need_id',
        'need',
        'located',
        'within_radius',
        'service_area',
        'remote',
        'total',
        'nearest_community',
        'nearest_km',
        'by_road',
        'radius_km',
      ],
    ];
    matrix.communities.forEach((c, ci) => {
      matrix.needs.forEach((n, j) => {
        const cell = matrix.cells[ci]?.[j];
        if (!cell) return;
        rows.push([
          c.name,
          n,
          t(`taxonomy.${n}` as MessageKey),
          cell.located,
          cell.withinRadius,
          cell.area,
          cell.remote,
          cell.total,
          cell.nearest ? (communityById(cell.nearest.communityId)?.name ?? cell.nearest.communityId) : null,
          cell.nearest ? Math.round(cell.nearest.km * 10) / 10 : null,
          cell.nearest ? (cell.nearest.byRoad ? 'yes' : 'no') : null,
          matrix.radiusKm,
        ]);
      });
    });
    downloadText('coverage-matrix.csv', toCsv(rows), 'text/csv');
  };
  return (
    <section>
      <h2 id="coverage-title">
        {tm('map.table')}: {needLabel}
      </h2>
      {/* biome-ignore lint/a11y/noNoninteractiveTabindex: a scrolling table must take focus so a keyboard can scroll it (axe: scrollable-region-focusable) */}
      <section class="table-scroll" tabIndex={0} aria-labelledby="coverage-title">
        <table class="coverage">
          <thead>
            <tr>
              <th scope="col">{tm('map.col.community')}</th>
              <th scope="col">{tm('map.col.located')}</th>
              <th scope="col">{tm('map.col.within')}</th>
              <th scope="col">{tm('map.col.area')}</th>
              <th scope="col">{tm('map.col.remote')}</th>
              <th scope="col">{tm('map.col.nearest')}</th>
            </tr>
          </thead>
          <tbody>
            {matrix.communities.map((c, ci) => {
              const cell = matrix.cells[ci]?.[ni];
              if (!cell) return null;
              const nearest = cell.nearest;
              return (
                <tr key={c.id} class={c.id === selected ? 'selected' : undefined}>
                  <th scope="row">
                    <button
                      type="button"
                      class="link"
                      aria-pressed={c.id === selected}
                      onClick={() => onSelect(c.id)}
                    >
                      {nameOf(c.id)}
                    </button>
                  </th>
                  <td>{cell.located}</td>
                  <td>{cell.withinRadius}</td>
                  <td>{cell.area}</td>
                  <td>{cell.remote}</td>
                  <td>
                    {!nearest
                      ? tm('map.none')
                      : nearest.km === 0
                        ? tm('map.nearestHere')
                        : `${tm('map.nearest', { community: nameOf(nearest.communityId), distance: formatKm(locale.value, nearest.km) })}${nearest.byRoad ? '' : ` (${tm('map.notByRoad')})`}`}
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </section>
      <button type="button" class="secondary screen-only" onClick={exportCsv}>
        {tm('map.exportCsv')}
      </button>
    </section>
  );
}
