import { describe, expect, it, vi } from 'vitest';
import { createApp, defineComponent, effectScope, h, isReadonly, isRef, ref, type Component } from 'vue';
import { screen } from '@testing-library/dom';
import { useConsent } from '../useConsent';
import { useConsentManager } from '../useConsentManager';
import { useConsentState } from '../useConsentState';
import { useConsentUi, type UseConsentUiResult } from '../useConsentUi';
import { ConsentBanner } from '../ConsentBanner';
import { ConsentGate } from '../ConsentGate';
import { ConsentPreferences } from '../ConsentPreferences';
import { ConsentSettingsButton } from '../ConsentSettingsButton';
import { GatedEmbed } from '../GatedEmbed';
import { createConsent } from '../createConsent';
import { flush, makeManager, renderBare, renderWithConsent } from './fixtures';

describe('useConsent', () => {
  it('returns the grant and re-renders when it changes', async () => {
    let renders = 0;
    const Analytics = defineComponent({
      setup() {
        const analytics = useConsent('analytics');
        return () => {
          renders++;
          return h('p', `analytics ${analytics.value ? 'on' : 'off'}`);
        };
      },
    });
    const { manager } = renderWithConsent(() => h(Analytics));
    expect(screen.getByText('analytics off')).toBeTruthy();
    manager.acceptAll();
    await flush();
    expect(screen.getByText('analytics on')).toBeTruthy();
    manager.save({ categories: ['functional'] });
    await flush();
    expect(screen.getByText('analytics off')).toBeTruthy();
    expect(renders).toBe(3);
  });

  it('does not re-render for changes that leave its boolean alone', async () => {
    let renders = 0;
    const Functional = defineComponent({
      setup() {
        const functional = useConsent('functional');
        return () => {
          renders++;
          return h('p', `functional ${String(functional.value)}`);
        };
      },
    });
    const { manager } = renderWithConsent(() => h(Functional));
    manager.save({ categories: ['analytics'] });
    await flush();
    manager.openPreferences();
    await flush();
    manager.save({ categories: ['advertising'] });
    await flush();
    expect(renders).toBe(1);
  });

  it('accepts service ids and is true for required categories', async () => {
    const Probe = defineComponent({
      setup() {
        const hotjar = useConsent('hotjar');
        const necessary = useConsent('necessary');
        const cloudflare = useConsent('cloudflare');
        return () => h('p', `${hotjar.value} ${necessary.value} ${cloudflare.value}`);
      },
    });
    const { manager } = renderWithConsent(() => h(Probe));
    expect(screen.getByText('false true true')).toBeTruthy();
    manager.save({ services: { hotjar: true } });
    await flush();
    expect(screen.getByText('true true true')).toBeTruthy();
  });

  it('follows a ref or getter id, and returns a read-only ref', async () => {
    const id = ref<'analytics' | 'functional'>('analytics');
    let granted: ReturnType<typeof useConsent> | undefined;
    const Probe = defineComponent({
      setup() {
        granted = useConsent(id);
        return () => h('p', `granted ${granted!.value}`);
      },
    });
    const { manager } = renderWithConsent(() => h(Probe), { manager: makeManager() });
    manager.save({ categories: ['functional'] });
    await flush();
    expect(screen.getByText('granted false')).toBeTruthy();
    id.value = 'functional';
    await flush();
    expect(screen.getByText('granted true')).toBeTruthy();
    expect(isRef(granted)).toBe(true);
    expect(isReadonly(granted)).toBe(true);
  });
});

describe('useConsentState / useConsentUi / useConsentManager', () => {
  it('useConsentState returns the snapshot and follows it', async () => {
    const State = defineComponent({
      setup() {
        const state = useConsentState();
        return () => h('p', state.value.decided ? String(state.value.method) : 'undecided');
      },
    });
    const { manager } = renderWithConsent(() => h(State));
    expect(screen.getByText('undecided')).toBeTruthy();
    manager.rejectAll();
    await flush();
    expect(screen.getByText('reject-all')).toBeTruthy();
  });

  it('useConsentUi exposes the banner and dialog state and opens and closes the dialog', async () => {
    let ui: UseConsentUiResult | undefined;
    const Ui = defineComponent({
      setup() {
        ui = useConsentUi();
        return () => null;
      },
    });
    const { manager } = renderWithConsent(() => h(Ui));
    const read = () => ({ bannerVisible: ui!.bannerVisible.value, preferencesOpen: ui!.preferencesOpen.value });
    expect(read()).toEqual({ bannerVisible: true, preferencesOpen: false });
    ui!.openPreferences();
    await flush();
    expect(read()).toEqual({ bannerVisible: true, preferencesOpen: true });
    expect(manager.getUiState().preferencesOpen).toBe(true);
    ui!.closePreferences();
    await flush();
    expect(ui!.preferencesOpen.value).toBe(false);
    manager.acceptAll();
    await flush();
    expect(ui!.bannerVisible.value).toBe(false);
  });

  it("useConsentManager returns the provider's manager, stable across renders", async () => {
    const seen = new Set<unknown>();
    const Probe = defineComponent({
      setup() {
        seen.add(useConsentManager());
        const state = useConsentState();
        return () => {
          seen.add(useConsentManager());
          return h('p', String(state.value.decided));
        };
      },
    });
    const { manager } = renderWithConsent(() => h(Probe));
    manager.acceptAll();
    await flush();
    expect(screen.getByText('true')).toBeTruthy();
    expect([...seen]).toEqual([manager]);
  });

  it('the plugin provides the same manager to every composable (app.use(createConsent(...)))', async () => {
    const seen = new Set<unknown>();
    const Probe = defineComponent({
      setup() {
        seen.add(useConsentManager());
        const analytics = useConsent('analytics');
        return () => h('p', `analytics ${analytics.value}`);
      },
    });
    const { manager } = renderWithConsent(() => h(Probe), { via: 'plugin' });
    expect(screen.getByText('analytics false')).toBeTruthy();
    manager.acceptAll();
    await flush();
    expect(screen.getByText('analytics true')).toBeTruthy();
    expect([...seen]).toEqual([manager]);
  });

  it('a composable outside a component follows the manager until its effect scope stops', () => {
    const manager = makeManager();
    const app = createApp({ render: () => null }).use(createConsent(manager));
    const scope = effectScope();
    const analytics = app.runWithContext(() => scope.run(() => useConsent('analytics'))!);
    expect(analytics.value).toBe(false);
    manager.acceptAll();
    expect(analytics.value).toBe(true);
    scope.stop();
    manager.rejectAll();
    expect(analytics.value).toBe(true);
  });
});

describe('outside a provider', () => {
  const probe = (use: () => unknown): Component => defineComponent({ setup: () => (use(), () => null) });
  const cases: [string, () => Component][] = [
    ['useConsent()', () => probe(() => useConsent('analytics'))],
    ['useConsentManager()', () => probe(() => useConsentManager())],
    ['useConsentState()', () => probe(() => useConsentState())],
    ['useConsentUi()', () => probe(() => useConsentUi())],
    ['<ConsentBanner>', () => ConsentBanner],
    ['<ConsentPreferences>', () => ConsentPreferences],
    ['<ConsentSettingsButton>', () => ConsentSettingsButton],
    ['<ConsentGate>', () => defineComponent({ setup: () => () => h(ConsentGate, { category: 'analytics' }, { default: () => 'x' }) })],
    ['<GatedEmbed>', () => defineComponent({ setup: () => () => h(GatedEmbed, { src: 'https://example.com', title: 't', category: 'advertising' }) })],
  ];
  it.each(cases)('%s throws an error that says how to fix it', (name, component) => {
    // Vue logs the setup error before rethrowing it; keep the test output clean.
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    try {
      expect(() => renderBare(() => h(component()))).toThrow(
        `${name} was used outside a consent provider. Install the plugin, app.use(createConsent(config)) (from @introw/consent-vue), or wrap your app in <ConsentProvider :config="config">`,
      );
    } finally {
      warn.mockRestore();
    }
  });

  it('useConsent() outside setup() says composables need setup()', () => {
    expect(() => useConsent('analytics')).toThrow('Composables must be called inside setup()');
  });
});
