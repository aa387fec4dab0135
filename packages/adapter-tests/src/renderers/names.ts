/**
 * The renderers the suite runs against: one vitest project each (vitest.config.ts reads this
 * list). Add a name here and its loader in `./index.ts` to run the whole suite against a new one.
 */
export const rendererNames = ['react', 'react-strict', 'vue', 'vue-plugin', 'dom'] as const;

export type RendererName = (typeof rendererNames)[number];
