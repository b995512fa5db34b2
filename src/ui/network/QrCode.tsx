import { useMemo } from 'preact/hooks';
import { encodeQr, qrPath } from './qr';

interface Props {
  /** What the code holds. */
  text: string;
  /** Its accessible name. */
  label: string;
}

const QUIET_ZONE = 4;

/** A QR code as one SVG path, dark on white in every theme (scanners need the contrast). */
export function QrCode({ text, label }: Props) {
  const matrix = useMemo(() => encodeQr(text), [text]);
  if (!matrix) return null;
  const side = matrix.size + QUIET_ZONE * 2;
  return (
    <svg
      class="qr"
      role="img"
      aria-label={label}
      viewBox={`0 0 ${side} ${side}`}
      shape-rendering="crispEdges"
      xmlns="http://www.w3.org/2000/svg"
    >
      <rect width={side} height={side} fill="#ffffff" />
      <path d={qrPath(matrix, QUIET_ZONE)} fill="#000000" />
    </svg>
  );
}
