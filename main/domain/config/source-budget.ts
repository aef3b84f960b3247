// `--source-budget <seconds>` on the CLI and the preview host: the same range as the settings layers.
import { MAX_SOURCE_BUDGET_SECONDS } from './schema.ts';
import { LifelineError } from '../../model/errors.ts';

/** Whole seconds, 1..3600; undefined when the flag was not given. */
export function parseSourceBudget(value: string | undefined): number | undefined {
  if (value === undefined) return undefined;
  const seconds = /^\d{1,5}$/.test(value) ? Number(value) : NaN;
  if (!(seconds >= 1 && seconds <= MAX_SOURCE_BUDGET_SECONDS)) {
    throw new LifelineError(
      'source-budget',
      `--source-budget takes whole seconds from 1 to ${MAX_SOURCE_BUDGET_SECONDS}, got ${JSON.stringify(value)}`,
    );
  }
  return seconds;
}
