// A QR code as one SVG path of unit squares, built locally with the `qrcode` package (nothing fetched).
// React draws it as elements, so neither an inline style nor a remote image is needed under the CSP.
import { create } from 'qrcode';

/** Modules of white border the QR specification asks for around the symbol. */
export const QUIET_ZONE = 4;

export interface QrShape {
  /** Width and height of the symbol including the quiet zone, in modules. */
  size: number;
  /** Path data: one 1x1 square per dark module. */
  path: string;
}

export function qrShape(text: string): QrShape {
  const { modules } = create(text, { errorCorrectionLevel: 'M' });
  const parts: string[] = [];
  for (let row = 0; row < modules.size; row++) {
    for (let col = 0; col < modules.size; col++) {
      if (modules.data[row * modules.size + col]) parts.push(`M${col + QUIET_ZONE} ${row + QUIET_ZONE}h1v1h-1z`);
    }
  }
  return { size: modules.size + 2 * QUIET_ZONE, path: parts.join('') };
}
