import { localName } from '../../i18n';
import type { MapKey } from '../../i18n/map';
import { type CoverageLevel, type CoverageMatrix, coverageLevel, type NeedId } from '../../model/coverage';
import type { Community } from '../../model/reference';
import { useApp } from '../../state/context';
import { useTm } from './words';

interface Props {
  matrix: CoverageMatrix;
  need: NeedId;
  needLabel: string;
  selected: string;
  onSelect: (communityId: string) => void;
}

const WIDTH = 360;
const PAD = 24;
const LEVELS: CoverageLevel[] = ['local', 'nearby', 'remote-only', 'none'];

/** An equirectangular projection fitted to the communities: no tiles, no network. */
function projector(communities: readonly Community[]) {
  const lats = communities.map((c) => c.lat);
  const lngs = communities.map((c) => c.lng);
  const [minLat, maxLat, minLng, maxLng] = [
    Math.min(...lats),
    Math.max(...lats),
    Math.min(...lngs),
    Math.max(...lngs),
  ];
  const kx = Math.cos((((minLat + maxLat) / 2) * Math.PI) / 180);
  const scale = (WIDTH - 2 * PAD) / ((maxLng - minLng) * kx);
  const height = (maxLat - minLat) * scale + 2 * PAD;
  return {
    height,
    point: (c: Community) => ({ x: PAD + (c.lng - minLng) * kx * scale, y: PAD + (maxLat - c.lat) * scale }),
  };
}

/** Shapes as well as colours, so that coverage reads in black and white too. */
function Marker({ level, x, y }: { level: CoverageLevel; x: number; y: number }) {
  switch (level) {
    case 'local':
      return <circle cx={x} cy={y} r={7} class="lvl lvl-local" />;
    case 'nearby':
      return <circle cx={x} cy={y} r={6} class="lvl lvl-nearby" />;
    case 'remote-only':
      return (
        <rect
          x={x - 6}
          y={y - 6}
          width={12}
          height={12}
          transform={`rotate(45 ${x} ${y})`}
          class="lvl lvl-remote"
        />
      );
    case 'none':
      return (
        <path
          d={`M${x - 6},${y - 6} L${x + 6},${y + 6} M${x + 6},${y - 6} L${x - 6},${y + 6}`}
          class="lvl lvl-none"
        />
      );
  }
}

export function RegionMap({ matrix, need, needLabel, selected, onSelect }: Props) {
  const { locale } = useApp();
  const tm = useTm();
  const { height, point } = projector(matrix.communities);
  const ni = matrix.needs.indexOf(need);
  const levelText = (level: CoverageLevel) => tm(`map.level.${level}` as MapKey, { km: matrix.radiusKm });
  return (
    <figure class="region-map">
      {/* biome-ignore lint/a11y/useSemanticElements: an SVG map groups its points; a fieldset cannot hold SVG */}
      <svg
        viewBox={`0 0 ${WIDTH} ${height}`}
        role="group"
        aria-label={tm('map.mapLabel', { need: needLabel })}
      >
        {matrix.communities.map((community, ci) => {
          const cell = matrix.cells[ci]?.[ni];
          if (!cell) return null;
          const level = coverageLevel(cell);
          const { x, y } = point(community);
          const name = localName(community, locale.value);
          const label = tm('map.pointLabel', {
            community: name,
            access: tm(`map.access.${community.access}` as MapKey),
            level: levelText(level),
          });
          const isSelected = community.id === selected;
          return (
            // biome-ignore lint/a11y/useSemanticElements: an SVG point has no HTML button; it is focusable and answers Enter and Space
            <g
              key={community.id}
              role="button"
              tabindex={0}
              aria-label={label}
              aria-pressed={isSelected}
              class={`point${isSelected ? ' selected' : ''}`}
              onClick={() => onSelect(community.id)}
              onKeyDown={(e) => {
                if (e.key === 'Enter' || e.key === ' ') {
                  e.preventDefault();
                  onSelect(community.id);
                }
              }}
            >
              <title>{label}</title>
              <circle cx={x} cy={y} r={14} class="hit" />
              <Marker level={level} x={x} y={y} />
              {isSelected && (
                <text x={x + 10} y={y - 10} class="point-label">
                  {name}
                </text>
              )}
            </g>
          );
        })}
      </svg>
      <figcaption>
        <span class="muted">{tm('map.legend')}</span>
        <ul class="legend">
          {LEVELS.map((level) => (
            <li key={level}>
              <svg viewBox="0 0 20 20" width="20" height="20" aria-hidden="true">
                <Marker level={level} x={10} y={10} />
              </svg>
              {levelText(level)}
            </li>
          ))}
        </ul>
      </figcaption>
    </figure>
  );
}
