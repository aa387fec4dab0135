import { describe, expect, it, vi } from 'vitest';
import { act, render, screen } from '@testing-library/react';
import { useConsent } from '../useConsent';
import { useConsentManager } from '../useConsentManager';
import { useConsentState } from '../useConsentState';
import { useConsentUi } from '../useConsentUi';
import { ConsentBanner } from '../ConsentBanner';
import { ConsentGate } from '../ConsentGate';
import { renderWithConsent } from './fixtures';

describe('useConsent', () => {
  it('returns the grant and re-renders when it changes', () => {
    let renders = 0;
    function Analytics() {
      renders++;
      return <p>analytics {useConsent('analytics') ? 'on' : 'off'}</p>;
    }
    const { manager } = renderWithConsent(<Analytics />);
    expect(screen.getByText('analytics off')).toBeTruthy();
    act(() => manager.acceptAll());
    expect(screen.getByText('analytics on')).toBeTruthy();
    act(() => manager.save({ categories: ['functional'] }));
    expect(screen.getByText('analytics off')).toBeTruthy();
    expect(renders).toBe(3);
  });

  it('does not re-render for changes that leave its boolean alone', () => {
    let renders = 0;
    function Functional() {
      renders++;
      return <p>functional {String(useConsent('functional'))}</p>;
    }
    const { manager } = renderWithConsent(<Functional />);
    act(() => manager.save({ categories: ['analytics'] }));
    act(() => manager.openPreferences());
    act(() => manager.save({ categories: ['advertising'] }));
    expect(renders).toBe(1);
  });

  it('accepts service ids and is true for required categories', () => {
    function Probe() {
      return (
        <p>
          {String(useConsent('hotjar'))} {String(useConsent('necessary'))} {String(useConsent('cloudflare'))}
        </p>
      );
    }
    const { manager } = renderWithConsent(<Probe />);
    expect(screen.getByText('false true true')).toBeTruthy();
    act(() => manager.save({ services: { hotjar: true } }));
    expect(screen.getByText('true true true')).toBeTruthy();
  });
});

describe('useConsentState / useConsentUi / useConsentManager', () => {
  it('useConsentState returns the snapshot and follows it', () => {
    function State() {
      const state = useConsentState();
      return <p>{state.decided ? state.method : 'undecided'}</p>;
    }
    const { manager } = renderWithConsent(<State />);
    expect(screen.getByText('undecided')).toBeTruthy();
    act(() => manager.rejectAll());
    expect(screen.getByText('reject-all')).toBeTruthy();
  });

  it('useConsentUi exposes the banner and dialog state and opens and closes the dialog', () => {
    let ui: ReturnType<typeof useConsentUi> | undefined;
    function Ui() {
      ui = useConsentUi();
      return null;
    }
    const { manager } = renderWithConsent(<Ui />);
    expect(ui).toMatchObject({ bannerVisible: true, preferencesOpen: false });
    act(() => ui!.openPreferences());
    expect(ui).toMatchObject({ bannerVisible: true, preferencesOpen: true });
    expect(manager.getUiState().preferencesOpen).toBe(true);
    act(() => ui!.closePreferences());
    expect(ui!.preferencesOpen).toBe(false);
    act(() => manager.acceptAll());
    expect(ui!.bannerVisible).toBe(false);
  });

  it('useConsentManager returns the provider\'s manager, stable across renders', () => {
    const seen = new Set<unknown>();
    function Probe() {
      seen.add(useConsentManager());
      useConsentState();
      return null;
    }
    const { manager } = renderWithConsent(<Probe />);
    act(() => manager.acceptAll());
    expect([...seen]).toEqual([manager]);
  });
});

describe('outside a provider', () => {
  const cases: [string, () => React.ReactElement][] = [
    ['useConsent()', () => { function C() { useConsent('analytics'); return null; } return <C />; }],
    ['useConsentManager()', () => { function C() { useConsentManager(); return null; } return <C />; }],
    ['useConsentState()', () => { function C() { useConsentState(); return null; } return <C />; }],
    ['useConsentUi()', () => { function C() { useConsentUi(); return null; } return <C />; }],
    ['<ConsentBanner>', () => <ConsentBanner />],
    ['<ConsentGate>', () => <ConsentGate category="analytics">x</ConsentGate>],
  ];
  it.each(cases)('%s throws an error that says how to fix it', (name, element) => {
    const spy = vi.spyOn(console, 'error').mockImplementation(() => {});
    try {
      expect(() => render(element())).toThrow(`${name} was used outside a consent provider. Wrap your app in <ConsentProvider config={...}>`);
    } finally {
      spy.mockRestore();
    }
  });
});
