/**
 * Vue-specific: server rendering with @vue/server-renderer, then createSSRApp().mount()
 * hydration, with the provider and with the plugin (hydration must match, no banner flash, and
 * nothing starts on the server). The shared adapter suite (packages/adapter-tests) renders in the
 * browser only; each framework's server renderer and hydration are its own.
 */
import { afterEach, describe, expect, it, vi } from 'vitest';
import { createSSRApp, defineComponent, h, nextTick, type App as VueApp, type Component } from 'vue';
import { renderToString } from '@vue/server-renderer';
import { createConsentManager, memoryStorage, type ConsentState } from '@introw/consent-core';
import { readConsent } from '@introw/consent-core/server';
import { ConsentProvider } from '../ConsentProvider';
import { createConsent } from '../createConsent';
import { ConsentBanner } from '../ConsentBanner';
import { ConsentPreferences } from '../ConsentPreferences';
import { ConsentSettingsButton } from '../ConsentSettingsButton';
import { ConsentGate } from '../ConsentGate';
import { GatedEmbed } from '../GatedEmbed';
import { CookieDeclaration } from '../CookieDeclaration';
import { useConsent } from '../useConsent';
import { config } from '@introw/adapter-tests/fixtures';

const Status = defineComponent({
  setup() {
    const analytics = useConsent('analytics');
    return () => h('p', { id: 'status' }, `analytics: ${analytics.value ? 'yes' : 'no'}`);
  },
});

const App = defineComponent({
  setup: () => () => [
    h('main', [
      h(Status),
      h(ConsentGate, { category: 'analytics' }, { default: () => h('p', 'stats'), fallback: () => h('p', 'no stats') }),
      h(GatedEmbed, { src: 'https://www.youtube-nocookie.com/embed/abc', title: 'Tour', category: 'advertising', service: 'youtube' }),
      h(CookieDeclaration),
    ]),
    h(ConsentBanner),
    h(ConsentPreferences),
    h('footer', [h(ConsentSettingsButton)]),
  ],
});

const COOKIE = 'introw_consent';
const clearCookie = (): void => {
  document.cookie = `${COOKIE}=; expires=Thu, 01 Jan 1970 00:00:00 GMT; path=/`;
};

/** Sets the consent cookie the way the browser would after a decision, and returns the request's Cookie header. */
function decideInBrowser(decide: (m: ReturnType<typeof createConsentManager<string, string>>) => void): string {
  decide(createConsentManager(config, { crossTab: false }) as ReturnType<typeof createConsentManager<string, string>>);
  return document.cookie;
}

type Via = 'provider' | 'plugin';

/**
 * The SSR app, as a site writes it once for both sides: `createSSRApp` with the consent
 * manager given `initialState`, through `<ConsentProvider>` or the plugin. The server passes a
 * memory storage (it has no cookies of its own: only `initialState` counts there); the browser
 * uses the default cookie storage.
 */
function createApp(via: Via, initialState: ConsentState, server: boolean): VueApp {
  const options = server ? { storage: memoryStorage(), crossTab: false } : { crossTab: false };
  if (via === 'plugin') {
    return createSSRApp(App).use(createConsent(config, { ...options, initialState }));
  }
  const Root: Component = { setup: () => () => h(ConsentProvider, { config, initialState, options }, { default: () => h(App) }) };
  return createSSRApp(Root);
}

let mounted: VueApp | null = null;
afterEach(() => {
  mounted?.unmount();
  mounted = null;
  clearCookie();
  document.body.innerHTML = '';
});

/** Hydrates `html` with the browser's app and collects every complaint (Vue warnings, console warnings and errors). */
async function hydrate(html: string, initialState: ConsentState, via: Via) {
  const container = document.createElement('div');
  container.innerHTML = html;
  document.body.appendChild(container);
  const complaints: unknown[] = [];
  const warn = vi.spyOn(console, 'warn').mockImplementation((...args) => complaints.push(args));
  const error = vi.spyOn(console, 'error').mockImplementation((...args) => complaints.push(args));
  try {
    const app = createApp(via, initialState, false);
    app.config.warnHandler = (message) => complaints.push(message);
    app.config.errorHandler = (err) => complaints.push(err);
    app.mount(container);
    mounted = app;
    await nextTick();
    await nextTick();
  } finally {
    warn.mockRestore();
    error.mockRestore();
  }
  return { container, complaints };
}

describe.each([
  ['with <ConsentProvider :config :initialState>', 'provider'],
  ['with app.use(createConsent(config, { initialState }))', 'plugin'],
] as const)('SSR: renderToString then createSSRApp().mount() hydration %s', (_, via) => {
  it('a first visit: the server renders the banner and hydration matches', async () => {
    const initialState = readConsent(null, config);
    const html = await renderToString(createApp(via, initialState, true));
    expect(html).toContain('We use cookies');
    expect(html).toContain('no stats');
    expect(html).not.toContain('<iframe');
    expect(html).not.toContain('style=');
    const { container, complaints } = await hydrate(html, initialState, via);
    expect(complaints).toEqual([]);
    expect(container.querySelector('.ic-banner')).not.toBeNull();
    // The hydrated app works: accepting hides the banner and shows the gated content.
    (container.querySelector('[data-ic-action="accept-all"]') as HTMLButtonElement).click();
    await nextTick();
    expect(container.querySelector('.ic-banner')).toBeNull();
    expect(container.textContent).toContain('stats');
    expect(container.querySelector('iframe')).not.toBeNull();
  });

  it('a returning visitor: no banner on the server, gated content rendered, hydration matches (no flash)', async () => {
    const header = decideInBrowser((m) => m.save({ categories: ['analytics'] }));
    const initialState = readConsent(header, config);
    expect(initialState.decided).toBe(true);
    const html = await renderToString(createApp(via, initialState, true));
    expect(html).not.toContain('We use cookies');
    expect(html).toContain('analytics: yes');
    const { container, complaints } = await hydrate(html, initialState, via);
    expect(complaints).toEqual([]);
    expect(container.querySelector('.ic-banner')).toBeNull();
    expect(container.querySelector('#status')!.textContent).toBe('analytics: yes');
  });

  it('when the server saw no cookie but the browser has one, hydration still matches, then the UI catches up', async () => {
    const initialState = readConsent(null, config);
    const html = await renderToString(createApp(via, initialState, true));
    decideInBrowser((m) => m.acceptAll());
    const { container, complaints } = await hydrate(html, initialState, via);
    expect(complaints).toEqual([]);
    expect(container.querySelector('.ic-banner')).toBeNull();
    expect(container.querySelector('#status')!.textContent).toBe('analytics: yes');
  });
});

describe('SSR: server side effects', () => {
  it('rendering on the server never starts the browser side (no mount on renderToString)', async () => {
    const manager = createConsentManager(config, { storage: memoryStorage(), crossTab: false });
    const mount = vi.spyOn(manager, 'mount');
    const subscribe = vi.spyOn(manager, 'subscribe');
    await renderToString(createSSRApp(App).use(createConsent(manager)));
    await renderToString(createSSRApp({ setup: () => () => h(ConsentProvider, { manager }, { default: () => h(App) }) }));
    expect(mount).not.toHaveBeenCalled();
    // Components subscribe before mount, which never happens on a server: no listener leaks per request.
    expect(subscribe).not.toHaveBeenCalled();
  });
});
