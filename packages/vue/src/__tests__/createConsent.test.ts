/**
 * The plugin's own plumbing, which only Vue has: `createConsent(...)` exposes its manager, and the
 * browser side follows `app.mount()` / `app.unmount()`. The shared adapter suite
 * (packages/adapter-tests) runs every behaviour with the plugin as well (its `vue-plugin` renderer).
 */
import { describe, expect, it } from 'vitest';
import { createApp, h } from 'vue';
import { config, countMounts, makeManager, storageWith } from '@introw/adapter-tests/fixtures';
import { createConsent } from '../createConsent';

describe('createConsent (the plugin)', () => {
  it('starts the browser side when the app mounts and stops it when the app unmounts', () => {
    const manager = makeManager();
    const calls = countMounts(manager);
    const plugin = createConsent(manager);
    expect(plugin.manager).toBe(manager);
    const app = createApp({ render: () => h('p', 'app') }).use(plugin);
    expect(calls).toEqual({ mount: 0, stop: 0 });
    const el = document.createElement('div');
    document.body.appendChild(el);
    app.mount(el);
    expect(calls).toEqual({ mount: 1, stop: 0 });
    app.unmount();
    expect(calls).toEqual({ mount: 1, stop: 1 });
  });

  it('creates the manager from a config and options', () => {
    const storage = storageWith((m) => m.save({ categories: ['functional'] }));
    const plugin = createConsent(config, { storage, crossTab: false });
    expect(plugin.manager.hasConsent('functional')).toBe(true);
    expect(plugin.manager.hasConsent('analytics')).toBe(false);
  });
});
