import { expect, it } from 'vitest';
import { screen } from '@testing-library/dom';
import { describeWith, renderer } from '../current';
import { makeManager } from '../fixtures';
import { quietly } from '../quiet';
import { banner, consent, embed, gate, managerProbe, preferences, settingsButton, state, uiState, type UiNode, type UiStateHandle } from '../ui';

/** Component renders for `n` updates: React's StrictMode runs every render twice. */
const renders = (n: number): number => (renderer.doubleInvokes ? 2 * n : n);

describeWith(['hooks'], `useConsent (${renderer.name})`, () => {
  it('returns the grant and re-renders when it changes', async () => {
    let count = 0;
    const manager = makeManager();
    await renderer.mount(
      { manager },
      consent(
        ['analytics'],
        ([a]) => `analytics ${a ? 'on' : 'off'}`,
        () => count++,
      ),
    );
    expect(screen.getByText('analytics off')).toBeTruthy();
    await renderer.update(() => manager.acceptAll());
    expect(screen.getByText('analytics on')).toBeTruthy();
    await renderer.update(() => manager.save({ categories: ['functional'] }));
    expect(screen.getByText('analytics off')).toBeTruthy();
    expect(count).toBe(renders(3));
  });

  it('does not re-render for changes that leave its boolean alone', async () => {
    let count = 0;
    const manager = makeManager();
    await renderer.mount(
      { manager },
      consent(
        ['functional'],
        ([f]) => `functional ${String(f)}`,
        () => count++,
      ),
    );
    await renderer.update(() => manager.save({ categories: ['analytics'] }));
    await renderer.update(() => manager.openPreferences());
    await renderer.update(() => manager.save({ categories: ['advertising'] }));
    expect(count).toBe(renders(1));
  });

  it('accepts service ids and is true for required categories', async () => {
    const manager = makeManager();
    await renderer.mount(
      { manager },
      consent(['hotjar', 'necessary', 'cloudflare'], (granted) => granted.map(String).join(' ')),
    );
    expect(screen.getByText('false true true')).toBeTruthy();
    await renderer.update(() => manager.save({ services: { hotjar: true } }));
    expect(screen.getByText('true true true')).toBeTruthy();
  });
});

describeWith(['hooks'], `useConsentState / useConsentUi / useConsentManager (${renderer.name})`, () => {
  it('useConsentState returns the snapshot and follows it', async () => {
    const manager = makeManager();
    await renderer.mount(
      { manager },
      state((s) => (s.decided ? String(s.method) : 'undecided')),
    );
    expect(screen.getByText('undecided')).toBeTruthy();
    await renderer.update(() => manager.rejectAll());
    expect(screen.getByText('reject-all')).toBeTruthy();
  });

  it('useConsentUi exposes the banner and dialog state and opens and closes the dialog', async () => {
    let ui: UiStateHandle | undefined;
    const manager = makeManager();
    await renderer.mount(
      { manager },
      uiState((handle) => (ui = handle)),
    );
    expect(ui!.read()).toEqual({ bannerVisible: true, preferencesOpen: false });
    await renderer.update(() => ui!.openPreferences());
    expect(ui!.read()).toEqual({ bannerVisible: true, preferencesOpen: true });
    expect(manager.getUiState().preferencesOpen).toBe(true);
    await renderer.update(() => ui!.closePreferences());
    expect(ui!.read().preferencesOpen).toBe(false);
    await renderer.update(() => manager.acceptAll());
    expect(ui!.read().bannerVisible).toBe(false);
  });

  it("useConsentManager returns the provider's manager, stable across renders", async () => {
    const seen = new Set<unknown>();
    const manager = makeManager();
    await renderer.mount({ manager }, managerProbe({ onRender: (m) => seen.add(m), text: (s) => String(s.decided) }));
    await renderer.update(() => manager.acceptAll());
    expect(screen.getByText('true')).toBeTruthy();
    expect([...seen]).toEqual([manager]);
  });
});

describeWith(['providerRequired'], `outside a provider (${renderer.name})`, () => {
  const cases: [string, UiNode][] = [
    ['useConsent()', consent(['analytics'], String)],
    ['useConsentManager()', managerProbe({ onRender: () => {}, text: String })],
    ['useConsentState()', state(String)],
    ['useConsentUi()', uiState(() => {})],
    ['<ConsentBanner>', banner()],
    ['<ConsentPreferences>', preferences()],
    ['<ConsentSettingsButton>', settingsButton()],
    ['<ConsentGate>', gate({ category: 'analytics' }, ['x'])],
    ['<GatedEmbed>', embed({ src: 'https://example.com', title: 't', category: 'advertising' })],
  ];
  it.each(cases)('%s throws an error that says how to fix it', async (name, ui) => {
    // The framework logs the error before rethrowing it; keep the test output clean.
    await quietly(() => expect(renderer.mount(null, ui)).rejects.toThrow(`${name} was used outside a consent provider. ${renderer.outsideProviderHint}`));
  });
});
