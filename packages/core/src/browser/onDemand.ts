/**
 * Wraps a dynamic `import()` so that the module loads once, and a failed load (offline, a chunk
 * removed by a deploy) is forgotten so the next call tries again. The one on-demand loader of
 * core (the withdrawal module) and of the renderers (the preferences dialog).
 *
 * @param load - Starts the load, e.g. `() => import('./withdrawals')`.
 * @returns `get()` (the load, started on the first call, shared by later ones) and `loaded()`
 *   (the module once it has arrived, else `undefined`).
 * @example
 * ```ts
 * const dialog = onDemand(() => import('./PreferencesDialog'));
 * button.addEventListener('pointerenter', () => void dialog.get().catch(() => {}));
 * ```
 */
/* @__NO_SIDE_EFFECTS__ */
export function onDemand<T>(load: () => Promise<T>): { get(): Promise<T>; loaded(): T | undefined } {
  let pending: Promise<T> | undefined;
  let module: T | undefined;
  return {
    get: () =>
      (pending ??= load().then(
        (m) => (module = m),
        (error: unknown) => {
          pending = undefined;
          throw error;
        },
      )),
    loaded: () => module,
  };
}
