// A QR code on a sheet, with what it encodes printed beneath it (a phone camera is not always at hand).
import { useMemo } from 'react';
import { qrShape } from './qr-path.ts';

interface Props {
  text: string;
  /** What scanning it opens, in words: "Status page", "Open this sheet in Lifeline". */
  caption: string;
  className?: string;
  /** False when the sheet prints the address elsewhere already (a long URL would stretch the header). */
  showText?: boolean;
}

export function QrCode({ text, caption, className, showText = true }: Props) {
  const shape = useMemo(() => qrShape(text), [text]);
  return (
    <figure className={`qr ${className ?? ''}`.trim()} data-testid="qr">
      <svg viewBox={`0 0 ${shape.size} ${shape.size}`} role="img" aria-label={`QR code: ${text}`} shapeRendering="crispEdges">
        <rect width={shape.size} height={shape.size} fill="#fff" />
        <path d={shape.path} fill="#000" />
      </svg>
      <figcaption>
        {caption}
        {showText ? (
          <>
            : <span className="qr-text">{text}</span>
          </>
        ) : null}
      </figcaption>
    </figure>
  );
}
