/**
 * React-specific: server rendering with react-dom/server's renderToString, then hydrateRoot
 * (hydration must match, no banner flash). The shared adapter suite (packages/adapter-tests)
 * renders in the browser only; each framework's server renderer and hydration are its own.
 */
import { afterEach, describe, expect, it, vi } from 'vitest';
import { act } from '@testing-library/react';
import { renderToString } from 'react-dom/server';
import { hydrateRoot, type Root } from 'react-dom/client';
import { createConsentManager, memoryStorage, type ConsentState } from '@introw/consent-core';
import { readConsent } from '@introw/consent-core/server';
import { ConsentProvider } from '../ConsentProvider';
import { ConsentBanner } from '../ConsentBanner';
import { ConsentPreferences } from '../ConsentPreferences';
import { ConsentSettingsButton } from '../ConsentSettingsButton';
import { ConsentGate } from '../ConsentGate';
import { GatedEmbed } from '../GatedEmbed';
import { CookieDeclaration } from '../CookieDeclaration';
import { useConsent } from '../useConsent';
import { config } from '@introw/adapter-tests/fixtures';

function Status() {
  return <p id="status">analytics: {useConsent('analytics') ? 'yes' : 'no'}</p>;
}

/** The demo's layout: the page content in `<main>`, then the banner, the dialog and a footer "Cookie settings" button. */
function App() {
  return (
    <>
      <main>
        <Status />
        <ConsentGate category="analytics" fallback={<p>no stats</p>}>
          <p>stats</p>
        </ConsentGate>
        <GatedEmbed src="https://www.youtube-nocookie.com/embed/abc" title="Tour" category="advertising" service="youtube" />
        <CookieDeclaration />
      </main>
      <ConsentBanner />
      <ConsentPreferences />
      <footer>
        <ConsentSettingsButton />
      </footer>
    </>
  );
}

const COOKIE = 'introw_consent';
const clearCookie = (): void => {
  document.cookie = `${COOKIE}=; expires=Thu, 01 Jan 1970 00:00:00 GMT; path=/`;
};

/** Sets the consent cookie the way the browser would after a decision, and returns the request's Cookie header. */
function decideInBrowser(decide: (m: ReturnType<typeof createConsentManager<string, string>>) => void): string {
  decide(createConsentManager(config, { crossTab: false }) as ReturnType<typeof createConsentManager<string, string>>);
  return document.cookie;
}

/** Renders on the "server" with the server's snapshot: no storage access, only `initialState`. */
function serverHtml(initialState: ConsentState): string {
  return renderToString(
    <ConsentProvider config={config} initialState={initialState} options={{ storage: memoryStorage(), crossTab: false }}>
      <App />
    </ConsentProvider>,
  );
}

let root: Root | null = null;
afterEach(() => {
  act(() => root?.unmount());
  root = null;
  clearCookie();
  document.body.innerHTML = '';
});

/** Hydrates `html` with the browser's provider (default cookie storage) and collects every hydration complaint. */
async function hydrate(html: string, initialState: ConsentState) {
  const container = document.createElement('div');
  container.innerHTML = html;
  document.body.appendChild(container);
  const errors: unknown[] = [];
  const consoleError = vi.spyOn(console, 'error').mockImplementation((...args) => errors.push(args));
  const recoverable = vi.fn();
  try {
    await act(async () => {
      root = hydrateRoot(
        container,
        <ConsentProvider config={config} initialState={initialState} options={{ crossTab: false }}>
          <App />
        </ConsentProvider>,
        { onRecoverableError: recoverable },
      );
    });
  } finally {
    consoleError.mockRestore();
  }
  return { container, errors, recoverable };
}

describe('SSR: renderToString then hydrateRoot', () => {
  it('a first visit: the server renders the banner and hydration matches', async () => {
    const initialState = readConsent(null, config);
    const html = serverHtml(initialState);
    expect(html).toContain('We use cookies');
    expect(html).toContain('no stats');
    expect(html).not.toContain('<iframe');
    expect(html).not.toContain('style=');
    const { container, errors, recoverable } = await hydrate(html, initialState);
    expect(errors).toEqual([]);
    expect(recoverable).not.toHaveBeenCalled();
    expect(container.querySelector('.ic-banner')).not.toBeNull();
    // The hydrated app works: accepting hides the banner and shows the gated content.
    act(() => (container.querySelector('[data-ic-action="accept-all"]') as HTMLButtonElement).click());
    expect(container.querySelector('.ic-banner')).toBeNull();
    expect(container.textContent).toContain('stats');
    expect(container.querySelector('iframe')).not.toBeNull();
  });

  it('a returning visitor: no banner on the server, gated content rendered, hydration matches (no flash)', async () => {
    const header = decideInBrowser((m) => m.save({ categories: ['analytics'] }));
    const initialState = readConsent(header, config);
    expect(initialState.decided).toBe(true);
    const html = serverHtml(initialState);
    expect(html).not.toContain('We use cookies');
    expect(html).toContain('analytics: <!-- -->yes');
    const { container, errors, recoverable } = await hydrate(html, initialState);
    expect(errors).toEqual([]);
    expect(recoverable).not.toHaveBeenCalled();
    expect(container.querySelector('.ic-banner')).toBeNull();
    expect(container.querySelector('#status')!.textContent).toBe('analytics: yes');
  });

  it('when the server saw no cookie but the browser has one, hydration still matches, then the UI catches up', async () => {
    const initialState = readConsent(null, config);
    const html = serverHtml(initialState);
    decideInBrowser((m) => m.acceptAll());
    const { container, errors, recoverable } = await hydrate(html, initialState);
    expect(errors).toEqual([]);
    expect(recoverable).not.toHaveBeenCalled();
    expect(container.querySelector('.ic-banner')).toBeNull();
    expect(container.querySelector('#status')!.textContent).toBe('analytics: yes');
  });
});
