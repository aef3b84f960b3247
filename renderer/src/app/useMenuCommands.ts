// Menu commands and deep links pushed by main: find, theme, print, save as PDF, and routes to open.
import { useEffect } from 'react';
import type { MenuCommand, PrintSheet } from '../../../preload/contract.ts';
import { lifeline } from '../data/bridge.ts';
import { navigate } from '../data/navigation.ts';
import { reportProblem } from '../data/problems.ts';
import { routeOf } from '../domain/routes.ts';
import { savedPaper } from '../features/print/paper.ts';
import { sheetForScreen } from '../features/print/print-route.ts';
import { printSheet, type PrintAction } from '../features/print/print-sheet.ts';
import { focusFind } from './find.ts';

export function useMenuCommands(toggleTheme: () => void): void {
  useEffect(() => {
    const api = lifeline();
    const run = (command: MenuCommand) => {
      if (command === 'find') focusFind();
      else if (command === 'toggle-theme') toggleTheme();
      // A screen with a printed counterpart prints its sheet; any other screen prints as it stands.
      else if (command === 'print') printAndReport(sheetForScreen(routeOf(window.location.hash)), 'print');
      else if (command === 'save-pdf') printAndReport(sheetForScreen(routeOf(window.location.hash)), 'pdf');
      else if (command === 'print-binder') printAndReport({ sheet: 'all' }, 'print');
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

function printAndReport(sheet: PrintSheet | null, action: PrintAction): void {
  // Menu commands come from the desktop app only: main prints (the preview host has no menu).
  void printSheet(sheet, action, savedPaper(), false).then((message) => {
    if (message) reportProblem(message);
  });
}
