import { describe, expect, it, vi } from 'vitest';
import { createApp, defineComponent, h, nextTick, ref, shallowRef, type VNodeChild } from 'vue';
import { mount } from '@vue/test-utils';
import { screen } from '@testing-library/dom';
import userEvent from '@testing-library/user-event';
import { createConsentManager, defineConsentConfig, memoryStorage, type ConsentConfig, type ConsentStorage } from '@introw/consent-core';
import { ConsentProvider } from '../ConsentProvider';
import { createConsent } from '../createConsent';
import { ConsentBanner } from '../ConsentBanner';
import { ConsentPreferences } from '../ConsentPreferences';
import { ConsentSettingsButton } from '../ConsentSettingsButton';
import { ConsentGate } from '../ConsentGate';
import { useConsent } from '../useConsent';
import { useConsentManager } from '../useConsentManager';
import { config, flush, makeManager, storageWith, type TestManager, type Via } from './fixtures';

/** Wraps `manager.mount` to count starts and stops of the browser side. */
function countMounts(manager: TestManager) {
  const calls = { mount: 0, stop: 0 };
  const original = manager.mount;
  manager.mount = () => {
    calls.mount++;
    const stop = original();
    return () => {
      calls.stop++;
      stop();
    };
  };
  return calls;
}

describe('ConsentProvider', () => {
  it('creates the manager once from `config` and `options`', async () => {
    const storage = storageWith((m) => m.acceptAll());
    const managers = new Set<unknown>();
    const Probe = defineComponent({
      setup() {
        managers.add(useConsentManager());
        const analytics = useConsent('analytics');
        return () => h('p', String(analytics.value));
      },
    });
    const tick = ref(0);
    mount(
      defineComponent({
        setup: () => () => h(ConsentProvider, { config, options: { storage, crossTab: false } }, { default: () => [h(Probe), tick.value] }),
      }),
      { attachTo: document.body },
    );
    tick.value++;
    await flush();
    expect(screen.getByText('true')).toBeTruthy();
    expect(managers.size).toBe(1);
  });

  it('warns (once) when a different config arrives later, and keeps the first manager', async () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    try {
      const options = { storage: memoryStorage(), crossTab: false };
      const current = shallowRef<ConsentConfig>(config);
      mount(defineComponent({ setup: () => () => h(ConsentProvider, { config: current.value, options }) }));
      current.value = { ...config };
      await flush();
      current.value = { ...config };
      await flush();
      expect(warn.mock.calls.filter(([m]) => String(m).includes('different `config`'))).toHaveLength(1);
    } finally {
      warn.mockRestore();
    }
  });

  it('throws a helpful error without `config` or `manager`', () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    try {
      expect(() => mount(ConsentProvider)).toThrow('<ConsentProvider> needs a `config`');
    } finally {
      warn.mockRestore();
    }
  });

  it('starts the browser side while mounted and stops it after unmount', () => {
    const manager = makeManager();
    const calls = countMounts(manager);
    const wrapper = mount(ConsentProvider, { props: { manager }, slots: { default: () => 'app' } });
    expect(calls).toEqual({ mount: 1, stop: 0 });
    wrapper.unmount();
    expect(calls).toEqual({ mount: 1, stop: 1 });
  });
});

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

const Site = defineComponent({
  name: 'Site',
  setup: (_, { slots }) => () => [
    h('main', [
      h(ConsentGate, { category: 'analytics' }, { default: () => h('p', 'analytics on'), fallback: () => h('p', 'analytics off') }),
      slots.default?.(),
    ]),
    h(ConsentBanner),
    h(ConsentPreferences),
    h('footer', [h(ConsentSettingsButton)]),
  ],
});

/** Mounts `render()` with the manager given through `via`. */
function mountVia(via: Via, manager: TestManager, render: () => VNodeChild) {
  const el = document.createElement('div');
  document.body.appendChild(el);
  return mount(
    defineComponent({ setup: () => () => (via === 'provider' ? h(ConsentProvider, { manager }, { default: render }) : render()) }),
    { attachTo: el, global: via === 'plugin' ? { plugins: [createConsent(manager)] } : {} },
  );
}

describe.each([
  ['with <ConsentProvider :manager>', 'provider'],
  ['with app.use(createConsent(manager))', 'plugin'],
] as const)('the main flow %s', (_, via) => {
  it('banner -> customize -> save -> settings -> reject; one running browser side', async () => {
    const user = userEvent.setup();
    const manager = makeManager();
    const calls = countMounts(manager);
    const wrapper = mountVia(via, manager, () => h(Site));
    await nextTick();
    expect(calls.mount - calls.stop).toBe(1);

    expect(screen.getByRole('region', { name: 'We use cookies' })).toBeTruthy();
    expect(screen.getByText('analytics off')).toBeTruthy();
    await user.click(screen.getByRole('button', { name: 'Customize' }));
    // The dialog's code loads on demand: wait for it.
    await screen.findByRole('dialog', { name: 'Cookie settings' });
    const analytics = screen.getByRole<HTMLInputElement>('switch', { name: 'Analytics' });
    expect(analytics.checked).toBe(false);
    await user.click(analytics);
    await user.click(screen.getByRole('button', { name: 'Save choices' }));
    expect(screen.queryByRole('dialog')).toBeNull();
    expect(screen.queryByRole('region', { name: 'We use cookies' })).toBeNull();
    expect(screen.getByText('analytics on')).toBeTruthy();
    expect(manager.getSnapshot().categories).toEqual({ necessary: true, functional: false, analytics: true, advertising: false });

    await user.click(screen.getByRole('button', { name: 'Cookie settings' }));
    await screen.findByRole('dialog', { name: 'Cookie settings' });
    expect(screen.getByRole<HTMLInputElement>('switch', { name: 'Analytics' }).checked).toBe(true);
    await user.keyboard('{Escape}');
    expect(screen.queryByRole('dialog')).toBeNull();
    expect(document.activeElement).toBe(screen.getByRole('button', { name: 'Cookie settings' }));

    await user.click(screen.getByRole('button', { name: 'Cookie settings' }));
    await screen.findByRole('dialog', { name: 'Cookie settings' });
    await user.click(screen.getByRole('button', { name: 'Reject all' }));
    expect(screen.getByText('analytics off')).toBeTruthy();
    expect(manager.getSnapshot().method).toBe('reject-all');

    wrapper.unmount();
    expect(calls.mount).toBe(calls.stop);
  });

  it("runs a pre-granted service's onGrant hook once, and gated scripts once", async () => {
    const onGrant = vi.fn();
    const hooked = defineConsentConfig({
      revision: 1,
      categories: { necessary: { required: true }, analytics: {} },
      services: { stats: { category: 'analytics', onGrant } },
    });
    const storage: ConsentStorage = memoryStorage();
    createConsentManager(hooked, { storage, crossTab: false }).acceptAll();
    const script = document.createElement('script');
    script.type = 'text/plain';
    script.setAttribute('data-category', 'analytics');
    script.setAttribute('data-test', 'gated');
    script.text = 'window.__gatedRuns = (window.__gatedRuns || 0) + 1';
    document.body.appendChild(script);
    try {
      const manager = createConsentManager(hooked, { storage, crossTab: false }) as unknown as TestManager;
      const wrapper = via === 'provider'
        ? mount(ConsentProvider, { props: { config: hooked, options: { storage, crossTab: false } }, slots: { default: () => 'app' } })
        : mountVia(via, manager, () => 'app');
      // Core inserts gated scripts through a promise chain: let every microtask run.
      await new Promise((resolve) => setTimeout(resolve, 0));
      expect(onGrant).toHaveBeenCalledTimes(1);
      // Core keeps the inert placeholder and inserts one live copy: exactly one.
      const live = document.querySelectorAll('script[data-test="gated"]:not([type="text/plain"])');
      expect(live).toHaveLength(1);
      wrapper.unmount();
    } finally {
      document.querySelectorAll('script[data-test="gated"]').forEach((s) => s.remove());
    }
  });
});
