// Menu commands and deep links pushed by main: find, theme, print, save as PDF, and routes to open.
import { useEffect } from 'react';
import type { IpcError, MenuCommand, Result } from '../../../preload/contract.ts';
import { describeError, lifeline, settle } from '../data/bridge.ts';
import { navigate } from '../data/navigation.ts';
import { reportProblem } from '../data/problems.ts';
import { focusFind } from './find.ts';

export function useMenuCommands(toggleTheme: () => void): void {
  useEffect(() => {
    const api = lifeline();
    const run = (command: MenuCommand) => {
      if (command === 'find') focusFind();
      else if (command === 'toggle-theme') toggleTheme();
      else if (command === 'print') report('Printing failed', settle(() => api.print()));
      else if (command === 'save-pdf') report('Saving as PDF failed', settle(() => api.saveAsPdf()));
      // 'about' is a dialog main shows itself
    };
    const offMenu = api.onMenuCommand(run);
    const offNavigate = api.onNavigate((route) => {
      reportProblem(null);
      navigate(route);
    });
    return () => {
      offMenu();
      offNavigate();
    };
  }, [toggleTheme]);
}

function report(what: string, pending: Promise<Result<unknown>>): void {
  void pending.then((result) => {
    if (!result.ok) reportProblem(messageFor(what, result.error));
  });
}

function messageFor(what: string, error: IpcError): string {
  // main's own message already says what to do instead (e.g. use Save as PDF); keep the code for support
  return error.code === 'cancelled' ? `${what}: cancelled.` : `${what}: ${describeError(error)}`;
}
