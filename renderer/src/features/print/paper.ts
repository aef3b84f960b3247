// The paper size chosen for printing, remembered on this machine; Letter where it is the local default.
import { useCallback, useState } from 'react';
import type { PaperSize } from '../../../../preload/contract.ts';

const KEY = 'lifeline-paper';
const LETTER_REGIONS = /-(US|CA|MX|PH|CL|CO|VE|GT|CR|PA|DO|PR)$/i;

export function savedPaper(): PaperSize {
  try {
    const saved = window.localStorage.getItem(KEY);
    if (saved === 'A4' || saved === 'Letter') return saved;
  } catch {
    // storage refused (private mode): fall through to the locale's default
  }
  return LETTER_REGIONS.test(navigator.language) ? 'Letter' : 'A4';
}

export function usePaper(): [PaperSize, (paper: PaperSize) => void] {
  const [paper, setPaper] = useState<PaperSize>(savedPaper);
  const choose = useCallback((next: PaperSize) => {
    setPaper(next);
    try {
      window.localStorage.setItem(KEY, next);
    } catch {
      // not remembered, still used for this print
    }
  }, []);
  return [paper, choose];
}
