import type { CoverageLevel } from '../../model/coverage';

interface Props {
  level: CoverageLevel;
  x: number;
  y: number;
}

/** Shapes as well as colours, so that coverage reads in black and white too. */
export function Marker({ level, x, y }: Props) {
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

/** A dashed ring: reached by air (and winter road) only. */
export function FlyInRing({ x, y }: { x: number; y: number }) {
  return <circle cx={x} cy={y} r={10.5} class="fly-in" />;
}

/** A solid ring: the community shown in the detail below the map. */
export function SelectedRing({ x, y }: { x: number; y: number }) {
  return <circle cx={x} cy={y} r={13} class="selected-ring" />;
}
