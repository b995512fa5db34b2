import type { ComponentChildren } from 'preact';
import type { MapKey } from '../../i18n/map';
import type { CoverageLevel } from '../../model/coverage';
import { FlyInRing, Marker, SelectedRing } from './Marker';
import { useTm } from './words';

interface Props {
  radiusKm: number;
}

const LEVELS: CoverageLevel[] = ['local', 'nearby', 'remote-only', 'none'];

/** Each symbol at the size of the text beside it. */
function LegendSymbol({ children }: { children: ComponentChildren }) {
  return (
    <svg viewBox="-15 -15 30 30" width="24" height="24" aria-hidden="true" focusable="false">
      {children}
    </svg>
  );
}

export function MapLegend({ radiusKm }: Props) {
  const tm = useTm();
  return (
    <>
      <p id="map-legend" class="legend-title">
        {tm('map.legend')}
      </p>
      <ul class="legend" aria-labelledby="map-legend">
        {LEVELS.map((level) => (
          <li key={level}>
            <LegendSymbol>
              <Marker level={level} x={0} y={0} />
            </LegendSymbol>
            {tm(`map.level.${level}` as MapKey, { km: radiusKm })}
          </li>
        ))}
        <li>
          <LegendSymbol>
            <FlyInRing x={0} y={0} />
            <circle r={3} class="legend-dot" />
          </LegendSymbol>
          {tm('map.legendFlyIn')}
        </li>
        <li>
          <LegendSymbol>
            <SelectedRing x={0} y={0} />
            <circle r={3} class="legend-dot" />
          </LegendSymbol>
          {tm('map.legendSelected')}
        </li>
        <li>
          <LegendSymbol>
            <line x1={-10} y1={8} x2={6} y2={-6} class="leader" />
            <circle cx={-10} cy={8} r={2.5} class="true-place" />
            <circle cx={6} cy={-6} r={3} class="legend-dot" />
          </LegendSymbol>
          {tm('map.legendMoved')}
        </li>
      </ul>
    </>
  );
}
