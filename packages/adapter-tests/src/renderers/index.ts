import type { Renderer } from '../renderer';
import type { RendererName } from './names';

/** How each renderer is loaded (only the one a vitest project runs is ever imported). */
export const loadRenderer: Record<RendererName, () => Promise<Renderer>> = {
  react: async () => (await import('./react')).reactRenderer({ strict: false }),
  'react-strict': async () => (await import('./react')).reactRenderer({ strict: true }),
  vue: async () => (await import('./vue')).vueRenderer({ via: 'provider' }),
  'vue-plugin': async () => (await import('./vue')).vueRenderer({ via: 'plugin' }),
  dom: async () => (await import('./dom')).domRenderer(),
};
