// A vendor's escalation path in plain words.
import type { EscalationStep } from '../../../preload/contract.ts';

/** "15 min", "2 h", "1 h 30 min", "2 days". */
export function durationText(minutes: number): string {
  if (minutes < 60) return `${minutes} min`;
  if (minutes % 1440 === 0) return `${minutes / 1440} ${minutes === 1440 ? 'day' : 'days'}`;
  const hours = Math.floor(minutes / 60);
  const rest = minutes % 60;
  return rest === 0 ? `${hours} h` : `${hours} h ${rest} min`;
}

export function whenText(after: EscalationStep['after']): string {
  if (after.kind === 'first_response') return 'When the first-response time passes';
  return after.minutes === 0 ? 'As soon as the case is opened' : `${durationText(after.minutes)} after the case was opened`;
}
