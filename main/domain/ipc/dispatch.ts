// Validates a call against the contract, runs its handler, and turns every outcome into a Result.
// Shared by the Electron wrapper (register.ts) and the preview host's loopback bridge.
import { invokeContract, type InvokeChannel, type Result } from '../../../preload/contract.ts';
import type { HandlerTable } from './handler-table.ts';
import { toIpcError } from '../../model/errors.ts';

export type InternalErrorLog = (channel: string, error: unknown) => void;

const MAX_ISSUES = 3;

export function isInvokeChannel(channel: unknown): channel is InvokeChannel {
  return typeof channel === 'string' && Object.hasOwn(invokeContract, channel);
}

function fail<T>(code: 'bad-arguments' | 'not-found', message: string): Result<T> {
  return { ok: false, error: { code, message } };
}

export async function dispatch(
  handlers: HandlerTable,
  channel: string,
  rawArgs: unknown,
  logInternal: InternalErrorLog = () => undefined,
): Promise<Result<unknown>> {
  if (!isInvokeChannel(channel)) return fail('not-found', 'Unknown operation');
  if (!Array.isArray(rawArgs)) return fail('bad-arguments', `${channel}: arguments must be a list`);
  const parsed = invokeContract[channel].args.safeParse(rawArgs);
  if (!parsed.success) {
    const issues = parsed.error.issues
      .slice(0, MAX_ISSUES)
      .map((issue) => `${issue.path.length > 0 ? `argument ${issue.path.join('.')}: ` : ''}${issue.message}`);
    return fail('bad-arguments', `${channel}: ${issues.join('; ')}`);
  }
  try {
    // The schema just proved the tuple matches this channel's parameters.
    const handler = handlers[channel] as (...args: unknown[]) => Promise<unknown>;
    const value = await handler(...(parsed.data as unknown[]));
    return { ok: true, value };
  } catch (error) {
    const ipcError = toIpcError(error);
    if (ipcError.code === 'internal') logInternal(channel, error);
    return { ok: false, error: ipcError };
  }
}
