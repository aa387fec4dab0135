import { StrictMode, type ReactNode } from 'react';
import { describe, expect, it, vi } from 'vitest';
import { act, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { createConsentManager, defineConsentConfig, memoryStorage, type ConsentStorage } from '@introw/consent-core';
import { ConsentProvider } from '../ConsentProvider';
import { ConsentBanner } from '../ConsentBanner';
import { ConsentPreferences } from '../ConsentPreferences';
import { ConsentSettingsButton } from '../ConsentSettingsButton';
import { ConsentGate } from '../ConsentGate';
import { useConsent } from '../useConsent';
import { useConsentManager } from '../useConsentManager';
import { config, consentLayout, makeManager, storageWith, type TestManager } from './fixtures';

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
  it('creates the manager once from `config` and `options`', () => {
    const storage = storageWith((m) => m.acceptAll());
    const managers = new Set<unknown>();
    function Probe() {
      managers.add(useConsentManager());
      return <p>{String(useConsent('analytics'))}</p>;
    }
    const tree = (
      <ConsentProvider config={config} options={{ storage, crossTab: false }}>
        <Probe />
      </ConsentProvider>
    );
    const { rerender } = render(tree);
    rerender(tree);
    expect(screen.getByText('true')).toBeTruthy();
    expect(managers.size).toBe(1);
  });

  it('warns (once) when a different config arrives later, and keeps the first manager', () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    try {
      const options = { storage: memoryStorage(), crossTab: false };
      const { rerender } = render(<ConsentProvider config={config} options={options} />);
      rerender(<ConsentProvider config={{ ...config }} options={options} />);
      rerender(<ConsentProvider config={{ ...config }} options={options} />);
      expect(warn.mock.calls.filter(([m]) => String(m).includes('different `config`'))).toHaveLength(1);
    } finally {
      warn.mockRestore();
    }
  });

  it('throws a helpful error without `config` or `manager`', () => {
    const spy = vi.spyOn(console, 'error').mockImplementation(() => {});
    const props = {} as React.ComponentProps<typeof ConsentProvider>;
    try {
      expect(() => render(<ConsentProvider {...props} />)).toThrow('<ConsentProvider> needs a `config`');
    } finally {
      spy.mockRestore();
    }
  });

  it('starts the browser side while mounted and stops it after unmount', async () => {
    const manager = makeManager();
    const calls = countMounts(manager);
    const { unmount } = render(<ConsentProvider manager={manager}>app</ConsentProvider>);
    expect(calls).toEqual({ mount: 1, stop: 0 });
    unmount();
    await Promise.resolve();
    expect(calls).toEqual({ mount: 1, stop: 1 });
  });
});

function Site({ children }: { children?: ReactNode }) {
  return consentLayout(
    { ConsentBanner, ConsentPreferences, ConsentSettingsButton },
    <>
      <ConsentGate category="analytics" fallback={<p>analytics off</p>}>
        <p>analytics on</p>
      </ConsentGate>
      {children}
    </>,
  );
}

describe.each([
  ['without StrictMode', false],
  ['in StrictMode', true],
])('the main flow %s', (_, strict) => {
  const wrap = (node: ReactNode): ReactNode => (strict ? <StrictMode>{node}</StrictMode> : node);

  it('banner -> customize -> save -> settings -> reject; one running browser side', async () => {
    const user = userEvent.setup();
    const manager = makeManager();
    const calls = countMounts(manager);
    const { unmount } = render(wrap(<ConsentProvider manager={manager}><Site /></ConsentProvider>));
    await act(async () => {});
    // StrictMode runs the effect twice; the stop of the first run is deferred, so both overlap.
    expect(calls.mount - calls.stop).toBe(1);

    expect(screen.getByRole('region', { name: 'We use cookies' })).toBeTruthy();
    expect(screen.getByText('analytics off')).toBeTruthy();
    await user.click(screen.getByRole('button', { name: 'Customize' }));
    const analytics = await screen.findByRole<HTMLInputElement>('switch', { name: 'Analytics' });
    expect(analytics.checked).toBe(false);
    await user.click(analytics);
    await user.click(screen.getByRole('button', { name: 'Save choices' }));
    expect(screen.queryByRole('dialog')).toBeNull();
    expect(screen.queryByRole('region', { name: 'We use cookies' })).toBeNull();
    expect(screen.getByText('analytics on')).toBeTruthy();
    expect(manager.getSnapshot().categories).toEqual({ necessary: true, functional: false, analytics: true, advertising: false });

    await user.click(screen.getByRole('button', { name: 'Cookie settings' }));
    expect((await screen.findByRole<HTMLInputElement>('switch', { name: 'Analytics' })).checked).toBe(true);
    await user.keyboard('{Escape}');
    expect(screen.queryByRole('dialog')).toBeNull();
    expect(document.activeElement).toBe(screen.getByRole('button', { name: 'Cookie settings' }));

    await user.click(screen.getByRole('button', { name: 'Cookie settings' }));
    await screen.findByRole('dialog');
    await user.click(screen.getByRole('button', { name: 'Reject all' }));
    expect(screen.getByText('analytics off')).toBeTruthy();
    expect(manager.getSnapshot().method).toBe('reject-all');

    unmount();
    await Promise.resolve();
    expect(calls.mount).toBe(calls.stop);
  });

  it('runs a pre-granted service\'s onGrant hook once, and gated scripts once', async () => {
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
      const { unmount } = render(wrap(<ConsentProvider config={hooked} options={{ storage, crossTab: false }}>app</ConsentProvider>));
      await act(async () => {});
      expect(onGrant).toHaveBeenCalledTimes(1);
      // Core keeps the inert placeholder and inserts one live copy: exactly one, even in StrictMode.
      const live = document.querySelectorAll('script[data-test="gated"]:not([type="text/plain"])');
      expect(live).toHaveLength(1);
      unmount();
    } finally {
      document.querySelectorAll('script[data-test="gated"]').forEach((s) => s.remove());
    }
  });
});
