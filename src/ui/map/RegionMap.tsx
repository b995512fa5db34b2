import { LAKES, LAND } from 'virtual:region-outline';
import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import { localName } from '../../i18n';
import type { MapKey } from '../../i18n/map';
import { type CoverageLevel, type CoverageMatrix, coverageLevel, type NeedId } from '../../model/coverage';
import { useApp } from '../../state/context';
import { HIT_RADIUS, LABEL_FONT_SIZE, mapLabels, mapLayout } from './layout';
import { MapLegend } from './MapLegend';
import { FlyInRing, Marker, SelectedRing } from './Marker';
import { ARROWS, pointInDirection } from './nav';
import { useTm } from './words';

interface Props {
  matrix: CoverageMatrix;
  need: NeedId;
  needLabel: string;
  selected: string;
  onSelect: (communityId: string) => void;
}

/** A marker pushed this far (viewBox units) from its place gets a line back to it. */
const LEADER_MIN = 3;

/**
 * The region drawn from coordinates over a land outline made at build time: one tab stop, the arrow
 * keys move between communities (a roving tabindex), Enter or Space selects.
 */
export function RegionMap({ matrix, need, needLabel, selected, onSelect }: Props) {
  const { locale } = useApp();
  const tm = useTm();
  const layout = useMemo(() => mapLayout(matrix.communities), [matrix.communities]);
  const labels = useMemo(
    () => mapLabels(layout, selected, (c) => localName(c, locale.value)),
    [layout, selected, locale.value],
  );
  const [active, setActive] = useState(selected);
  useEffect(() => setActive(selected), [selected]);
  const refs = useRef(new Map<string, SVGGElement>());
  const ni = matrix.needs.indexOf(need);
  const levelText = (level: CoverageLevel) => tm(`map.level.${level}` as MapKey, { km: matrix.radiusKm });
  const moveFrom = (index: number, key: string) => {
    const direction = ARROWS[key];
    if (!direction) return false;
    const next = layout.points[pointInDirection(layout.points, index, direction) ?? index];
    if (next) {
      setActive(next.community.id);
      refs.current.get(next.community.id)?.focus();
    }
    return true;
  };
  return (
    <figure class="region-map">
      {/* biome-ignore lint/a11y/useSemanticElements: an SVG map groups its points; a fieldset cannot hold SVG */}
      <svg
        class="region"
        viewBox={`0 0 ${layout.width} ${layout.height}`}
        role="group"
        aria-label={tm('map.mapLabel', { need: needLabel })}
        aria-describedby="map-keys"
      >
        {/* biome-ignore lint/a11y/noAriaHiddenOnFocusable: a plain SVG group, not focusable: the land is decoration */}
        <g class="outline" aria-hidden="true">
          <rect width={layout.width} height={layout.height} class="water" />
          <path d={LAND} class="land" />
          <path d={LAKES} class="water lake" />
        </g>
        {/* biome-ignore lint/a11y/noAriaHiddenOnFocusable: a plain SVG group, not focusable: lines back to true places */}
        <g aria-hidden="true">
          {layout.points
            .filter((p) => Math.hypot(p.x - p.trueX, p.y - p.trueY) >= LEADER_MIN)
            .map((p) => (
              <g key={p.community.id}>
                <line x1={p.trueX} y1={p.trueY} x2={p.x} y2={p.y} class="leader" />
                <circle cx={p.trueX} cy={p.trueY} r={2} class="true-place" />
              </g>
            ))}
        </g>
        {layout.points.map(({ community, x, y }, index) => {
          const cell = matrix.cells[matrix.communities.indexOf(community)]?.[ni];
          if (!cell) return null;
          const level = coverageLevel(cell);
          const label = tm('map.pointLabel', {
            community: localName(community, locale.value),
            access: tm(`map.access.${community.access}` as MapKey),
            level: levelText(level),
          });
          const isSelected = community.id === selected;
          return (
            // biome-ignore lint/a11y/useSemanticElements: an SVG point has no HTML button; it is focusable and answers Enter and Space
            <g
              key={community.id}
              ref={(el) => {
                if (el) refs.current.set(community.id, el);
                else refs.current.delete(community.id);
              }}
              role="button"
              tabindex={community.id === active ? 0 : -1}
              aria-label={label}
              aria-pressed={isSelected}
              class={`point${isSelected ? ' selected' : ''}`}
              onClick={() => {
                setActive(community.id);
                onSelect(community.id);
              }}
              onFocus={() => setActive(community.id)}
              onKeyDown={(e) => {
                if (e.key === 'Enter' || e.key === ' ') {
                  e.preventDefault();
                  onSelect(community.id);
                } else if (moveFrom(index, e.key)) e.preventDefault();
              }}
            >
              <title>{label}</title>
              <circle cx={x} cy={y} r={HIT_RADIUS} class="hit" />
              {isSelected && <SelectedRing x={x} y={y} />}
              {community.access === 'fly-in' && <FlyInRing x={x} y={y} />}
              <Marker level={level} x={x} y={y} />
              <circle cx={x} cy={y} r={HIT_RADIUS - 1} class="focus-ring" />
            </g>
          );
        })}
        {/* biome-ignore lint/a11y/noAriaHiddenOnFocusable: a plain SVG group, not focusable: each point already carries its name */}
        <g class="map-labels" aria-hidden="true" font-size={LABEL_FONT_SIZE}>
          {labels.map((l) => (
            <text
              key={l.id}
              x={l.x}
              y={l.y}
              text-anchor={l.anchor}
              class={l.id === selected ? 'selected' : undefined}
            >
              {l.text}
            </text>
          ))}
        </g>
      </svg>
      <figcaption>
        <p id="map-keys" class="muted">
          {tm('map.keys')}
        </p>
        <MapLegend radiusKm={matrix.radiusKm} />
      </figcaption>
    </figure>
  );
}
