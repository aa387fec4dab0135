import * as vue from 'vue';
import { getCurrentInstance, type AppContext } from 'vue';

const counters = new WeakMap<AppContext, number>();

/**
 * An element id that is the same on the server and in the hydrating client: Vue's `useId()`
 * (Vue 3.5+), prefixed `ic-`. On Vue 3.3 and 3.4, which lack it, a counter per app: equal on
 * both sides as long as components set up in the same order (true for synchronous trees).
 * Call it in `setup()`.
 */
export function useStableId(): string {
  const fromVue = (vue as { useId?: () => string }).useId;
  if (typeof fromVue === 'function') return `ic-${fromVue()}`;
  const app = getCurrentInstance()?.appContext;
  if (!app) return `ic-${Math.random().toString(36).slice(2, 10)}`;
  const next = counters.get(app) ?? 0;
  counters.set(app, next + 1);
  return `ic-id-${next}`;
}
