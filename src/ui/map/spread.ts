// Points too close to pick apart (Moosonee and Moose Factory are a pixel apart) are pushed apart
// until every two are at least a hit area's width apart; the map draws a line back to the true place.

export interface XY {
  x: number;
  y: number;
}

export interface Frame {
  width: number;
  height: number;
  /** Kept clear along each side, so that a pushed point's hit area stays inside. */
  margin: number;
}

const MAX_ROUNDS = 500;

/** The points moved the least that keeps each two `minDistance` apart (inside the frame). */
export function spreadPoints(points: readonly XY[], minDistance: number, frame: Frame): XY[] {
  const out = points.map((p) => ({ x: p.x, y: p.y }));
  const clamp = (p: XY) => {
    p.x = Math.min(frame.width - frame.margin, Math.max(frame.margin, p.x));
    p.y = Math.min(frame.height - frame.margin, Math.max(frame.margin, p.y));
  };
  for (let round = 0; round < MAX_ROUNDS; round++) {
    let moved = false;
    for (let i = 0; i < out.length; i++) {
      for (let j = i + 1; j < out.length; j++) {
        const a = out[i] as XY;
        const b = out[j] as XY;
        let dx = b.x - a.x;
        let dy = b.y - a.y;
        let d = Math.hypot(dx, dy);
        if (d >= minDistance) continue;
        if (d < 1e-6) {
          // The same place: apart along a direction fixed by the pair, so the result is stable.
          const angle = ((i * 7 + j * 3) % 8) * (Math.PI / 4);
          [dx, dy, d] = [Math.cos(angle), Math.sin(angle), 1];
        }
        // A little past the distance, so that rounding never leaves a pair just short of it.
        const push = (minDistance - d) / 2 + 0.05;
        a.x -= (dx / d) * push;
        a.y -= (dy / d) * push;
        b.x += (dx / d) * push;
        b.y += (dy / d) * push;
        clamp(a);
        clamp(b);
        moved = true;
      }
    }
    if (!moved) break;
  }
  return out;
}
