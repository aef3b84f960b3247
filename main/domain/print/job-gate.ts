// One print or PDF job per window at a time: a second request while one runs is answered `busy`.
import { ipcFailure } from '../../model/errors.ts';

export class JobGate {
  #running: string | null = null;

  get running(): string | null {
    return this.#running;
  }

  async run<T>(name: string, job: () => Promise<T>): Promise<T> {
    if (this.#running !== null) {
      throw ipcFailure('busy', `Still busy with ${this.#running}; try again when it has finished`);
    }
    this.#running = name;
    try {
      return await job();
    } finally {
      this.#running = null;
    }
  }
}

/** Rejects with `onTimeout()` when `work` has not settled within `ms`; the timer never outlives the race. */
export function withTimeout<T>(work: Promise<T>, ms: number, onTimeout: () => Error): Promise<T> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(onTimeout()), ms);
  });
  return Promise.race([work, timeout]).finally(() => clearTimeout(timer));
}
