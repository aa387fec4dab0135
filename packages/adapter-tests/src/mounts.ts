/**
 * Everything mounted by any renderer, so that the setup file unmounts it after each test. Kept on
 * `globalThis`: a first-visit test re-imports the renderers after `vi.resetModules()`, and what
 * those fresh copies mount must be cleaned up too.
 */
type Unmount = () => Promise<void> | void;

const key = Symbol.for('@introw/adapter-tests/mounted');

function registry(): Set<Unmount> {
  const holder = globalThis as typeof globalThis & { [key]?: Set<Unmount> };
  holder[key] ??= new Set();
  return holder[key];
}

/** Registers `unmount`; returns the function that unregisters it (for an explicit unmount). */
export function track(unmount: Unmount): () => void {
  registry().add(unmount);
  return () => registry().delete(unmount);
}

/** Unmounts everything still mounted; the first failure is rethrown once all have run. */
export async function unmountAll(): Promise<void> {
  const pending = [...registry()];
  registry().clear();
  let failure: unknown = null;
  for (const unmount of pending.reverse()) {
    try {
      await unmount();
    } catch (error) {
      failure ??= error;
    }
  }
  if (failure) throw failure;
}
