import type { MessageKey } from '../../i18n';
import type { Answer } from '../../model/workbook';
import { aspectsOf, offeredPrograms, ratingsOf, wheelCoverage } from '../../model/workbookRules';
import { useT } from '../../state/context';
import type { Labeler } from './ratingWords';
import { useTw } from './words';

interface Props {
  answers: readonly Answer[];
  label: Labeler;
}

// Quadrants clockwise from the top right, as the wheel is often drawn; shade deepens with coverage.
const QUADRANT_STARTS = [-90, 0, 90, 180] as const;
const RADIUS = 110;
const LABEL_RADIUS = 72;

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

/**
 * Offered programs by the aspect of well-being they serve (physical, emotional, psychological,
 * spiritual), as SVG and as a table. Aspects, not directions: which direction goes with which aspect
 * differs by Nation, so the quadrants carry no direction.
 */
export function MedicineWheel({ answers, label }: Props) {
  const t = useT();
  const tw = useTw();
  const coverage = wheelCoverage(answers);
  const byItem = new Map(answers.map((a) => [a.item_id, a]));
  const untagged = offeredPrograms(ratingsOf(answers)).filter(
    (p) => aspectsOf(p, byItem.get(p)).values.length === 0,
  );
  const most = Math.max(1, ...coverage.map((c) => c.programs.length));
  const aspectName = (d: string) => t(`wellbeing.${d}` as MessageKey);
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
            .map((c) => tw('wb.labelled', { label: aspectName(c.aspect), text: c.programs.length }))
            .join('; ')}
        </desc>
        {coverage.map((c, i) => {
          const start = QUADRANT_STARTS[i] ?? 0;
          const label = labelAt(start);
          return (
            <g key={c.aspect}>
              <path
                d={arc(start)}
                class="wheel-quadrant"
                fill-opacity={0.12 + (0.6 * c.programs.length) / most}
              />
              <text x={label.x} y={label.y} text-anchor="middle" class="wheel-label">
                {aspectName(c.aspect)}
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
            <th scope="col">{tw('wb.wheelAspect')}</th>
            <th scope="col">{tw('wb.wheelPrograms')}</th>
          </tr>
        </thead>
        <tbody>
          {coverage.map((c) => (
            <tr key={c.aspect}>
              <th scope="row">{aspectName(c.aspect)}</th>
              <td>{c.programs.length === 0 ? '—' : c.programs.map(label).join(', ')}</td>
            </tr>
          ))}
        </tbody>
      </table>
      {untagged.length > 0 && (
        <p class="notice">{tw('wb.wheelUntagged', { programs: untagged.map(label).join(', ') })}</p>
      )}
    </section>
  );
}
