import { describe, inject } from 'vitest';
import type { Capability, Renderer } from './renderer';
import { loadRenderer } from './renderers';
import type { RendererName } from './renderers/names';

declare module 'vitest' {
  export interface ProvidedContext {
    /** The renderer this vitest project runs the suite against (`provide` in vitest.config.ts). */
    renderer: RendererName;
  }
}

const name = inject('renderer');
if (!Object.hasOwn(loadRenderer, name)) {
  throw new Error(`The adapter suite runs in the adapters:<renderer> projects of vitest.config.ts (provide: { renderer }); got ${JSON.stringify(name)}.`);
}

/** The renderer of the running vitest project. */
export const renderer: Renderer = await loadRenderer[name]();

/**
 * `describe`, registered only when the renderer has every one of `capabilities` (a framework-free
 * renderer has no hooks, for one). React and Vue have them all, so for them nothing is left out.
 */
export function describeWith(capabilities: Capability[], name: string, tests: () => void): void {
  if (capabilities.every((capability) => renderer.capabilities.has(capability))) describe(name, tests);
}
