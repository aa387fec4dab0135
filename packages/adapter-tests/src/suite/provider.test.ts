import { describe, expect, it, vi } from 'vitest';
import { screen, waitFor } from '@testing-library/dom';
import userEvent from '@testing-library/user-event';
import { createConsentManager, defineConsentConfig, en, memoryStorage, type ConsentStorage } from '@introw/consent-core';
import { describeWith, renderer } from '../current';
import { config, countMounts, makeManager, storageWith } from '../fixtures';
import { quietly } from '../quiet';
import type { Source } from '../renderer';
import { consent, el, gate, layout, managerProbe } from '../ui';

describeWith(['configSource', 'hooks'], `the manager from config and options (${renderer.name})`, () => {
  it('creates the manager once from `config` and `options`', async () => {
    const storage = storageWith((m) => m.acceptAll());
    const managers = new Set<unknown>();
    const ui = [managerProbe({ onRender: (m) => managers.add(m), text: (s) => `decided ${s.decided}` }), consent(['analytics'], ([a]) => String(a))];
    const mounted = await renderer.mount({ config, options: { storage, crossTab: false } }, ui);
    await mounted.rerender();
    expect(screen.getByText('true')).toBeTruthy();
    expect(managers.size).toBe(1);
  });
});

describeWith(['providerProps', 'hooks'], `ConsentProvider props (${renderer.name})`, () => {
  it('warns (once) when a different config arrives later, and keeps the first manager', async () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    try {
      const managers = new Set<unknown>();
      const options = { storage: memoryStorage(), crossTab: false };
      const mounted = await renderer.mount({ config, options }, managerProbe({ onRender: (m) => managers.add(m), text: () => 'app' }));
      await mounted.rerender({ source: { config: { ...config }, options } });
      await mounted.rerender({ source: { config: { ...config }, options } });
      expect(warn.mock.calls.filter(([m]) => String(m).includes('different `config`'))).toHaveLength(1);
      expect(managers.size).toBe(1);
    } finally {
      warn.mockRestore();
    }
  });

  it('throws a helpful error without `config` or `manager`', async () => {
    await quietly(() => expect(renderer.mount({}, [])).rejects.toThrow('<ConsentProvider> needs a `config`'));
  });
});

describe(`the browser side (${renderer.name})`, () => {
  it('starts the browser side while mounted and stops it after unmount', async () => {
    const manager = makeManager();
    const calls = countMounts(manager);
    const mounted = await renderer.mount({ manager }, 'app');
    // React's StrictMode mounts effects twice in development: start, stop, start.
    expect(calls).toEqual(renderer.doubleInvokes ? { mount: 2, stop: 1 } : { mount: 1, stop: 0 });
    await mounted.unmount();
    expect(calls).toEqual(renderer.doubleInvokes ? { mount: 2, stop: 2 } : { mount: 1, stop: 1 });
  });
});

describeWith(['gate'], `the main flow (${renderer.name})`, () => {
  it('banner -> customize -> save -> settings -> reject; one running browser side', async () => {
    const user = userEvent.setup();
    const manager = makeManager();
    const calls = countMounts(manager);
    const mounted = await renderer.mount({ manager }, layout([gate({ category: 'analytics' }, [el('p', 'analytics on')], [el('p', 'analytics off')])]));
    // StrictMode runs the effect twice; the stop of the first run is deferred, so both overlap.
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

    await mounted.unmount();
    expect(calls.mount).toBe(calls.stop);
  });
});

/** A config whose analytics service has an `onGrant` hook. */
const hooked = (onGrant: () => void) =>
  defineConsentConfig({
    revision: 1,
    translations: { en },
    categories: { necessary: { required: true }, analytics: {} },
    services: { stats: { category: 'analytics', onGrant } },
  });

/** Ways the manager reaches the UI: a ready manager always; the config where the binding creates the manager. */
const sources: [string, (storage: ConsentStorage, onGrant: () => void) => Source][] = [
  ['given a manager', (storage, onGrant) => ({ manager: createConsentManager(hooked(onGrant), { storage, crossTab: false }) })],
];
if (renderer.capabilities.has('configSource')) {
  sources.push(['given config and options', (storage, onGrant) => ({ config: hooked(onGrant), options: { storage, crossTab: false } })]);
}

describe.each(sources)(`a returning visitor's page (${renderer.name}, %s)`, (_, source) => {
  it("runs a pre-granted service's onGrant hook once, and gated scripts once", async () => {
    const onGrant = vi.fn();
    const storage: ConsentStorage = memoryStorage();
    createConsentManager(
      hooked(() => {}),
      { storage, crossTab: false },
    ).acceptAll();
    const script = document.createElement('script');
    script.type = 'text/plain';
    script.setAttribute('data-category', 'analytics');
    script.setAttribute('data-test', 'gated');
    script.text = 'window.__gatedRuns = (window.__gatedRuns || 0) + 1';
    document.body.appendChild(script);
    const live = (): NodeListOf<Element> => document.querySelectorAll('script[data-test="gated"]:not([type="text/plain"])');
    try {
      const mounted = await renderer.mount(source(storage, onGrant), 'app');
      // Core inserts gated scripts through a promise chain: wait for them, then let anything late run too.
      await waitFor(() => expect(live().length).toBeGreaterThan(0));
      await renderer.update(() => new Promise((resolve) => setTimeout(resolve, 0)));
      expect(onGrant).toHaveBeenCalledTimes(1);
      // Core keeps the inert placeholder and inserts one live copy: exactly one, even in StrictMode.
      expect(live()).toHaveLength(1);
      await mounted.unmount();
    } finally {
      for (const s of document.querySelectorAll('script[data-test="gated"]')) s.remove();
    }
  });
});
