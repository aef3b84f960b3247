// Plan data, bundle titles and file names can carry ESC, BEL, NUL, C1 or bidi controls: written raw to a
// terminal they recolour it, clear it, retitle the window or reverse text. Everything the CLI and the
// preview host print passes through this one function, which shows such characters as \uXXXX instead.

const BIDI_CONTROLS = new Set([
  0x061c, 0x200e, 0x200f, 0x2028, 0x2029, 0x202a, 0x202b, 0x202c, 0x202d, 0x202e, 0x2066, 0x2067, 0x2068, 0x2069,
]);

function isUnsafe(code: number): boolean {
  return code < 0x20 || (code >= 0x7f && code <= 0x9f) || BIDI_CONTROLS.has(code);
}

function hex(code: number): string {
  return `\\u${code.toString(16).padStart(4, '0')}`;
}

/** `text` with every control character (bar those listed in `keep`) and every lone surrogate escaped. */
export function escapeControls(text: string, keep = ''): string {
  let out = '';
  let plainFrom = 0;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    let escaped: string | null = null;
    if (code >= 0xd800 && code <= 0xdbff) {
      const next = text.charCodeAt(i + 1);
      if (next >= 0xdc00 && next <= 0xdfff) {
        i++;
        continue;
      }
      escaped = hex(code);
    } else if (code >= 0xdc00 && code <= 0xdfff) escaped = hex(code);
    else if (isUnsafe(code) && !keep.includes(text[i]!)) escaped = hex(code);
    if (escaped === null) continue;
    out += text.slice(plainFrom, i) + escaped;
    plainFrom = i + 1;
  }
  return plainFrom === 0 ? text : out + text.slice(plainFrom);
}

/** For the terminal: line breaks and tabs kept, everything else that could act on the terminal escaped. */
export function forTerminal(text: string): string {
  return escapeControls(text, '\n\t');
}

export type LineWriter = (line: string) => void;

/** Writes lines to `stream` until it reports a closed pipe; from then on output is dropped. */
export function lineWriter(stream: NodeJS.WriteStream): LineWriter {
  let closed = false;
  stream.on('error', (error: NodeJS.ErrnoException) => {
    if (error.code !== 'EPIPE' && error.code !== 'ERR_STREAM_DESTROYED') throw error;
    closed = true;
  });
  return (line) => {
    if (!closed) stream.write(`${forTerminal(line)}\n`);
  };
}
