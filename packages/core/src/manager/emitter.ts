import type { ConsentErrorEvent, ErrorKind } from './types';
import { errorMessage } from './errorMessages';

type Handler = (event: never) => void;

/** The manager's events: `change`, `record`, `error`, `revocation` (see `ConsentEventMap`). */
export interface Emitter {
  on(type: string, handler: Handler): () => void;
  /** Calls every handler; one that throws is reported as an `error` of kind `listener`, the others still run. */
  emit(type: string, event: unknown): void;
  /** Emits an `error` event (R30: something failed, the page goes on). */
  fail(kind: ErrorKind, error?: unknown): void;
  /** Construction is over: errors are emitted at once from now on. */
  ready(): void;
}

/**
 * An event emitter that never lets a handler break the caller. Errors raised while the manager
 * is being constructed are emitted on the next microtask, so `consent.on('error')` right after
 * `createConsentManager` hears them.
 */
export function createEmitter(): Emitter {
  const handlers: Record<string, Set<Handler>> = Object.create(null);
  let constructing = true;
  const emit = (type: string, event: unknown): void => {
    for (const h of [...(handlers[type] ?? [])]) {
      try {
        h(event as never);
      } catch (error) {
        if (type !== 'error') fail('listener', error);
      }
    }
  };
  const fail = (kind: ErrorKind, error?: unknown): void => {
    const event: ConsentErrorEvent = { kind, message: process.env.NODE_ENV !== 'production' ? errorMessage(kind) : kind, error };
    if (constructing) queueMicrotask(() => emit('error', event));
    else emit('error', event);
  };
  return {
    on(type, handler) {
      handlers[type] ??= new Set();
      const set = handlers[type];
      set.add(handler);
      return () => {
        set.delete(handler);
      };
    },
    emit,
    fail,
    ready() {
      constructing = false;
    },
  };
}
