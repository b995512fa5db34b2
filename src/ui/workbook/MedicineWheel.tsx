import type { MessageKey } from '../../i18n';
import type { WorkbookKey } from '../../i18n/workbook';
import { offeredPrograms, type Ratings, wheelCoverage } from '../../model/workbookRules';
import { useT } from '../../state/context';
import { useTw } from './words';

interface Props {
  ratings: Ratings;
}

// Quadrants clockwise from the east, as the wheel is often drawn; shade deepens with coverage.
const QUADRANTS = [
  { start: -90, label: { x: 150, y: 62 } },
  { start: 0, label: { x: 238, y: 150 } },
  { start: 90, label: { x: 150, y: 238 } },
  { start: 180, label: { x: 62, y: 150 } },
] as const;

function arc(startDeg: number): string {
  const r = 110;
  const a = (startDeg * Math.PI) / 180;
  const b = ((startDeg + 90) * Math.PI) / 180;
  return `M150,150 L${150 + r * Math.cos(a)},${150 + r * Math.sin(a)} A${r},${r} 0 0 1 ${150 + r * Math.cos(b)},${150 + r * Math.sin(b)} Z`;
}

/** Coverage of physical, emotional, psychological and spiritual well-being, as SVG and as a table. */
export function MedicineWheel({ ratings }: Props) {
  const t = useT();
  const tw = useTw();
  const coverage = wheelCoverage(offeredPrograms(ratings));
  const most = Math.max(1, ...coverage.map((c) => c.programs.length));
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
          {coverage
            .map((c) => `${tw(`wb.direction.${c.direction}` as WorkbookKey)}: ${c.programs.length}`)
            .join('; ')}
        </desc>
        {coverage.map((c, i) => {
          const q = QUADRANTS[i] as (typeof QUADRANTS)[number];
          return (
            <g key={c.direction}>
              <path
                d={arc(q.start)}
                class="wheel-quadrant"
                fill-opacity={0.12 + (0.78 * c.programs.length) / most}
              />
              <text x={q.label.x} y={q.label.y} text-anchor="middle" class="wheel-label">
                {tw(`wb.direction.${c.direction}` as WorkbookKey)}
              </text>
              <text x={q.label.x} y={q.label.y + 18} text-anchor="middle" class="wheel-count">
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
              <th scope="row">{tw(`wb.direction.${c.direction}` as WorkbookKey)}</th>
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
