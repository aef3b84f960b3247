// A copy button with a visible confirmation; on failure it says so and selects nothing silently.
import { useEffect, useState } from 'react';
import { copyText } from './clipboard.ts';

interface Props {
  text: string;
  /** What is copied, in words, e.g. "account id 1234-5678". */
  what: string;
}

type State = 'idle' | 'copied' | 'failed';

export function CopyButton({ text, what }: Props) {
  const [state, setState] = useState<State>('idle');

  useEffect(() => {
    if (state === 'idle') return;
    const timer = window.setTimeout(() => setState('idle'), 2500);
    return () => window.clearTimeout(timer);
  }, [state]);

  const onClick = () => {
    copyText(text).then(
      () => setState('copied'),
      () => setState('failed'),
    );
  };

  return (
    <span className="copy">
      <button type="button" className="copy-button" aria-label={`Copy ${what}`} data-state={state} onClick={onClick}>
        {state === 'copied' ? 'Copied ✓' : 'Copy'}
      </button>
      <span className="copy-feedback" role="status">
        {state === 'copied' ? <span className="sr-only">Copied {what}</span> : null}
        {state === 'failed' ? 'Copy failed: select the text and copy it by hand' : null}
      </span>
    </span>
  );
}
