// Theme: 'system' follows prefers-color-scheme; light/dark pin it. Applied as data-theme on <html>.
import { useCallback, useEffect, useState } from 'react';
import type { Theme } from '../../../preload/contract.ts';
import { call, lifeline } from '../api.ts';

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
    call(lifeline().getTheme()).then(
      (saved) => {
        apply(saved);
        setTheme(saved);
      },
      () => undefined, // keep following the system theme
    );
  }, []);

  const toggle = useCallback(() => {
    const next = effectiveTheme(theme) === 'dark' ? 'light' : 'dark';
    apply(next); // immediately, even if saving the preference fails
    setTheme(next);
    call(lifeline().setTheme(next)).catch(() => undefined);
  }, [theme]);

  return { theme, toggle };
}
