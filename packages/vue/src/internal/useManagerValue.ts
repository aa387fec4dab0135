import {
  computed,
  getCurrentInstance,
  getCurrentScope,
  inject,
  onBeforeMount,
  onMounted,
  onScopeDispose,
  shallowRef,
  ssrContextKey,
  type ComputedRef,
} from 'vue';
import type { ConsentManager, ConsentState, ConsentUiState } from '@introw/consent-core';

/**
 * True when the calling component renders HTML that must match the server's: while the server
 * renders (an SSR context is provided) and while the client hydrates it (Vue sets the component
 * vnode's `el` to the existing DOM node before its setup runs; that is how Vue itself decides to
 * hydrate rather than mount a component). Such a component reads the server snapshot until it is
 * mounted, exactly as React's `useSyncExternalStore` reads `getServerSnapshot` while hydrating.
 */
function rendersServerMarkup(): boolean {
  const instance = getCurrentInstance();
  if (!instance) return false;
  return instance.vnode.el != null || inject(ssrContextKey, null) != null;
}

/**
 * Binds one value of a core store (the manager, a controller) to Vue's reactivity: a `shallowRef` fed by its `subscribe`,
 * exposed through a `computed` (read-only, and it only notifies when the value changed, by
 * `Object.is`). Inside a component the subscription starts before mount, never on the server
 * (no leak per request), and ends with the component's scope; outside one it starts at once and
 * ends with the current effect scope, if any.
 */
export function bindValue<T>(source: { subscribe(listener: () => void): () => void }, live: () => T, server: () => T): ComputedRef<T> {
  const current = shallowRef(live());
  const sync = (): void => {
    current.value = live();
  };
  const fromServer = shallowRef(rendersServerMarkup());
  let unsubscribe: (() => void) | null = null;
  const start = (): void => {
    if (unsubscribe) return;
    sync();
    unsubscribe = source.subscribe(sync);
  };
  if (getCurrentInstance()) {
    onBeforeMount(start);
    if (fromServer.value) {
      onMounted(() => {
        fromServer.value = false;
      });
    }
  } else {
    start();
  }
  if (getCurrentScope()) {
    onScopeDispose(() => {
      unsubscribe?.();
      unsubscribe = null;
    });
  }
  return computed(() => (fromServer.value ? server() : current.value));
}

/** The consent snapshot as a read-only ref; the server snapshot while rendering server markup. Internal. */
export function useSnapshot(manager: ConsentManager): ComputedRef<ConsentState> {
  return bindValue(manager, manager.getSnapshot, manager.getServerSnapshot);
}

/** The banner / dialog state as a read-only ref; the server's while rendering server markup. Internal. */
export function useUiState(manager: ConsentManager): ComputedRef<ConsentUiState> {
  return bindValue(manager, manager.getUiState, manager.getServerUiState);
}
