// Strict flag parsing on top of node:util parseArgs, turning its errors into usage errors.
import { parseArgs, type ParseArgsConfig } from 'node:util';
import { LifelineError } from '../model/errors.ts';
import { messageOf } from '../model/thrown.ts';

type Options = NonNullable<ParseArgsConfig['options']>;

export function parseFlags<O extends Options>(argv: string[], options: O) {
  try {
    return parseArgs({ args: argv, options: { ...options, help: { type: 'boolean' } }, allowPositionals: true, strict: true });
  } catch (error) {
    throw new LifelineError('usage', messageOf(error).replace(/^.*?: /, ''));
  }
}

/** Exactly `count` positionals, named for the error message. */
export function positionals(values: string[], names: string[]): string[] {
  if (values.length !== names.length) {
    const want = names.map((n) => `<${n}>`).join(' ');
    throw new LifelineError(
      'usage',
      `expected ${want}, got ${values.length === 0 ? 'nothing' : values.map((v) => JSON.stringify(v)).join(' ')}`,
    );
  }
  return values;
}

export function requireFlag(value: string | undefined, flag: string): string {
  if (value === undefined || value === '') throw new LifelineError('usage', `missing required --${flag}`);
  return value;
}
