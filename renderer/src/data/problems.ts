// Problems worth telling the engineer about (a link main refused to open, a failed print): one place
// that any module can report to, shown by the app in an alert region until the next navigation.
type Listener = (message: string | null) => void;

const listeners = new Set<Listener>();

export function reportProblem(message: string | null): void {
  for (const listener of listeners) listener(message);
}

export function onProblem(listener: Listener): () => void {
  listeners.add(listener);
  return () => void listeners.delete(listener);
}
