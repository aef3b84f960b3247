// The CLI's real standard streams: every line escaped for the terminal, and a reader that went away
// (`lifeline publish ... | head -1`) ends output quietly instead of crashing with an EPIPE stack trace.
import { forTerminal } from '../security/terminal-text.ts';
import type { CliIo } from './command.ts';

type LineWriter = (line: string) => void;

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

export function processIo(): CliIo {
  return { out: lineWriter(process.stdout), err: lineWriter(process.stderr), cwd: process.cwd(), env: process.env, now: () => new Date() };
}
