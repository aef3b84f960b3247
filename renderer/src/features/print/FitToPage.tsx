// Keeps a one-page sheet on one page: the sheet is laid out at the printable width shared by A4 and
// Letter, and if it is taller than their shared printable height it steps down to denser type.
import { useLayoutEffect, useRef, useState, type ReactNode } from 'react';

/** Printable area common to A4 (210 x 297 mm) and Letter (215.9 x 279.4 mm) inside 10 mm margins, less slack. */
export const PRINTABLE_MM = { width: 190, height: 255 };
const PX_PER_MM = 96 / 25.4;
export const DENSITY_LEVELS = 4;

export function FitToPage({ children }: { children: ReactNode }) {
  const ref = useRef<HTMLDivElement | null>(null);
  const [level, setLevel] = useState(0);
  const [settled, setSettled] = useState(false);
  useLayoutEffect(() => {
    const element = ref.current;
    if (!element || settled) return;
    const tooTall = element.scrollHeight > PRINTABLE_MM.height * PX_PER_MM;
    if (tooTall && level < DENSITY_LEVELS - 1) setLevel(level + 1);
    else setSettled(true); // at the densest level a sheet that still overflows continues on the next page
  }, [level, settled]);
  return (
    <div ref={ref} className={`fit-page density-${level}`} data-fitting={settled ? undefined : 'true'} data-density={level}>
      {children}
    </div>
  );
}
