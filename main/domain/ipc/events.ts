// Main -> renderer events, typed by the contract's EventContract; one helper for every push.
import { CHANNEL_PREFIX, type EventChannel, type EventContract } from '../../../preload/contract.ts';
import type { LifelineCore } from '../../model/status.ts';
import type { EmitEvent } from './handlers.ts';

export interface WebContentsLike {
  isDestroyed(): boolean;
  send(channel: string, ...args: unknown[]): void;
}

export function eventChannelName(event: EventChannel): string {
  return `${CHANNEL_PREFIX}${event}`;
}

/** Sends one event; false when the window is already gone (a closed window is not an error). */
export function send<E extends EventChannel>(target: WebContentsLike, event: E, payload: EventContract[E]): boolean {
  if (target.isDestroyed()) return false;
  target.send(eventChannelName(event), payload);
  return true;
}

/** An EmitEvent for HandlerDeps that targets whatever window is current (or none). */
export function emitterFor(current: () => WebContentsLike | null): EmitEvent {
  return (event, payload) => {
    const target = current();
    if (target !== null) send(target, event, payload);
  };
}

/** Forwards the core's status changes as statusChanged events; returns the unsubscribe. */
export function forwardStatusChanges(core: Pick<LifelineCore, 'onChange'>, emit: EmitEvent): () => void {
  return core.onChange((status) => emit('statusChanged', status));
}
