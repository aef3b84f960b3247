// Theme: 'system' follows prefers-color-scheme; light/dark pin it. Applied as data-theme on <html>.
import { useCallback, useEffect, useState } from 'react';
import type { Theme } from '../../../preload/contract.ts';
import { lifeline } from '../data/bridge.ts';
import { settle } from '../data/results.ts';

function apply(theme: Theme): void {
  if (theme === 'system') delete document.documentElement.dataset.theme;
  else document.documentElement.dataset.theme = theme;
}

export function effectiveTheme(theme: Theme): 'light' | 'dark' {
  if (theme !== 'system') return theme;
  return window.matchMedia('(prefers-color-scheme: dark)').matches ? 'dark' : 'light';
}

export function useTheme(): { theme: Theme; toggle: () => void } {
  const [theme, setTheme] = useState<Theme>('system');

  useEffect(() => {
    void settle(() => lifeline().getTheme()).then((result) => {
      if (!result.ok) return; // keep following the system theme
      apply(result.value);
      setTheme(result.value);
    });
  }, []);

  const toggle = useCallback(() => {
    const next = effectiveTheme(theme) === 'dark' ? 'light' : 'dark';
    apply(next); // immediately, even if saving the preference fails
    setTheme(next);
    void settle(() => lifeline().setTheme(next)); // unsaved, the choice still holds for this window
  }, [theme]);

  return { theme, toggle };
}
