// A flag carries its meaning in a word (DEMO DATA, STALE, LAPSED), never in colour alone.
import type { ReactNode } from 'react';

export type FlagTone = 'demo' | 'stale' | 'warn' | 'info' | 'preview';

interface Props {
  tone: FlagTone;
  /** The word that says it, shown in capitals before the text. */
  word: string;
  /** Alerts interrupt a screen reader; use for what endangers the call (stale data, a failure). */
  alert?: boolean;
  testId?: string;
  children?: ReactNode;
}

export function Flag({ tone, word, alert, testId, children }: Props) {
  return (
    <p className={`flag flag-${tone}`} role={alert ? 'alert' : undefined} data-testid={testId}>
      <strong>{word}</strong> {children}
    </p>
  );
}
