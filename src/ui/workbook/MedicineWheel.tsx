import type { MessageKey } from '../../i18n';
import { offeredPrograms, type Ratings, wheelCoverage } from '../../model/workbookRules';
import { useT } from '../../state/context';
import { useTw } from './words';

interface Props {
  ratings: Ratings;
}

// Quadrants clockwise from the top right, as the wheel is often drawn; shade deepens with coverage.
const QUADRANT_STARTS = [-90, 0, 90, 180] as const;
const RADIUS = 110;
const LABEL_RADIUS = 62;

function arc(startDeg: number): string {
  const a = (startDeg * Math.PI) / 180;
  const b = ((startDeg + 90) * Math.PI) / 180;
  const x = (t: number) => 150 + RADIUS * Math.cos(t);
  const y = (t: number) => 150 + RADIUS * Math.sin(t);
  return `M150,150 L${x(a)},${y(a)} A${RADIUS},${RADIUS} 0 0 1 ${x(b)},${y(b)} Z`;
}

function labelAt(startDeg: number): { x: number; y: number } {
  const mid = ((startDeg + 45) * Math.PI) / 180;
  return { x: 150 + LABEL_RADIUS * Math.cos(mid), y: 150 + LABEL_RADIUS * Math.sin(mid) };
}

/** Coverage of physical, emotional, psychological and spiritual well-being, as SVG and as a table. */
export function MedicineWheel({ ratings }: Props) {
  const t = useT();
  const tw = useTw();
  const coverage = wheelCoverage(offeredPrograms(ratings));
  const most = Math.max(1, ...coverage.map((c) => c.programs.length));
  const direction = (d: string) => t(`wellbeing.${d}` as MessageKey);
  return (
    <section aria-labelledby="wheel-title">
      <h2 id="wheel-title">{tw('wb.wheel')}</h2>
      <p class="muted">{tw('wb.wheelIntro')}</p>
      <svg
        class="wheel"
        viewBox="0 0 300 300"
        role="img"
        aria-labelledby="wheel-title wheel-desc"
        width="260"
        height="260"
      >
        <title>{tw('wb.wheel')}</title>
        <desc id="wheel-desc">
          {coverage.map((c) => `${direction(c.direction)}: ${c.programs.length}`).join('; ')}
        </desc>
        {coverage.map((c, i) => {
          const start = QUADRANT_STARTS[i] ?? 0;
          const label = labelAt(start);
          return (
            <g key={c.direction}>
              <path
                d={arc(start)}
                class="wheel-quadrant"
                fill-opacity={0.12 + (0.6 * c.programs.length) / most}
              />
              <text x={label.x} y={label.y} text-anchor="middle" class="wheel-label">
                {direction(c.direction)}
              </text>
              <text x={label.x} y={label.y + 18} text-anchor="middle" class="wheel-count">
                {c.programs.length}
              </text>
            </g>
          );
        })}
      </svg>
      <table class="wheel-table">
        <thead>
          <tr>
            <th scope="col">{tw('wb.wheelDirection')}</th>
            <th scope="col">{tw('wb.wheelPrograms')}</th>
          </tr>
        </thead>
        <tbody>
          {coverage.map((c) => (
            <tr key={c.direction}>
              <th scope="row">{direction(c.direction)}</th>
              <td>
                {c.programs.length === 0
                  ? '—'
                  : c.programs.map((p) => t(`taxonomy.${p}` as MessageKey)).join(', ')}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}
