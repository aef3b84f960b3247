// The CLI's real standard streams: every line escaped for the terminal, and a reader that went away
// (`lifeline publish ... | head -1`) ends output quietly instead of crashing with an EPIPE stack trace.
import { lineWriter } from '../domain/security/terminal-text.ts';
import type { CliIo } from './command.ts';

export function processIo(): CliIo {
  return { out: lineWriter(process.stdout), err: lineWriter(process.stderr), cwd: process.cwd(), env: process.env, now: () => new Date() };
}
