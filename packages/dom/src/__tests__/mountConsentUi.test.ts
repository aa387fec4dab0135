// @vitest-environment jsdom
// What the shared adapter suite (packages/adapter-tests, project adapters:dom) does not say because
// only a framework-free renderer has it: markup hooks the page writes, and a stop that gives the
// page back as it was. The behaviour every renderer shares is tested there, not here.
import { afterEach, describe, expect, it } from 'vitest';
import { createConsentManager, defineConsentConfig, en, memoryStorage } from '@introw/consent-core';
import { mountConsentUi } from '../mountConsentUi';
import { declarationModule, embedsModule } from '../lazy';

const config = defineConsentConfig({
  revision: 1,
  siteName: 'Introw',
  translations: { en },
  categories: { necessary: { required: true }, advertising: {} },
  services: { youtube: { category: 'advertising', name: 'YouTube', cookies: [{ name: 'VISITOR_INFO1_LIVE', duration: { days: 180 } }] } },
});
const manager = () => createConsentManager(config, { storage: memoryStorage(), crossTab: false, reloadOnRevoke: false });
const flush = (): Promise<void> => new Promise((resolve) => setTimeout(resolve, 0));
/** An element tree as tags, sorted attributes and texts: the same page whatever the attribute order. */
const shape = (node: Node): unknown =>
  node instanceof Element ? [node.tagName, [...node.attributes].map((a) => `${a.name}=${a.value}`).sort(), [...node.childNodes].map(shape)] : node.textContent;

afterEach(() => {
  document.body.replaceChildren();
});

describe('mountConsentUi: the page hooks', () => {
  it('an opener with content of its own keeps it: it gets aria-haspopup and the marker class, and a link does not navigate', async () => {
    document.body.innerHTML = '<footer><a href="#privacy" class="footer-link" data-ic-open-preferences>Privacy choices</a></footer>';
    const consent = manager();
    const stop = mountConsentUi(consent, { banner: false });
    const link = document.querySelector('a')!;
    expect(link.textContent).toBe('Privacy choices');
    expect(link.className).toBe('footer-link ic-settings-button');
    expect(link.getAttribute('aria-haspopup')).toBe('dialog');
    const click = new MouseEvent('click', { bubbles: true, cancelable: true });
    link.dispatchEvent(click);
    expect(click.defaultPrevented).toBe(true);
    expect(consent.getUiState().preferencesOpen).toBe(true);
    stop();
    expect(shape(link)).toEqual(['A', ['class=footer-link', 'data-ic-open-preferences=', 'href=#privacy'], ['Privacy choices']]);
  });

  it('stop() removes what it rendered and gives the hooks back: empty openers, iframes with their data-src, empty declarations', async () => {
    const page =
      '<main><iframe data-src="https://www.youtube-nocookie.com/embed/x" data-category="advertising" title="Tour" class="video"></iframe>' +
      '<div data-ic-declaration=""></div></main><footer><button data-ic-open-preferences=""></button></footer>';
    document.body.innerHTML = page;
    const stop = mountConsentUi(manager());
    await embedsModule.get();
    await declarationModule.get();
    await flush();
    expect(document.querySelector('iframe')).toBeNull();
    expect(document.querySelector('.ic-embed-placeholder')).not.toBeNull();
    expect(document.querySelector('[data-ic-declaration] table')).not.toBeNull();
    expect(document.querySelector('footer button')!.textContent).toBe('Cookie settings');
    expect(document.querySelector('.ic-banner')).not.toBeNull();
    expect(document.querySelector('[role="status"]')).not.toBeNull();
    stop();
    const before = document.createElement('body');
    before.innerHTML = page;
    expect(shape(document.body)).toEqual(shape(before));
    stop(); // a second stop does nothing
  });

  it('an embed already loaded when the renderer arrives keeps its src (loaded once, never twice)', async () => {
    const consent = manager();
    consent.acceptAll();
    document.body.innerHTML =
      '<iframe data-src="https://www.youtube-nocookie.com/embed/x" data-category="advertising" title="Tour" src="https://www.youtube-nocookie.com/embed/x"></iframe>';
    const frame = document.querySelector('iframe')!;
    const changes: string[] = [];
    new MutationObserver((records) => {
      for (const r of records) changes.push(String(r.attributeName));
    }).observe(frame, {
      attributes: true,
      attributeFilter: ['src'],
    });
    const stop = mountConsentUi(consent);
    await embedsModule.get();
    await flush();
    expect(document.querySelector('iframe')).toBe(frame);
    expect(frame.getAttribute('src')).toBe('https://www.youtube-nocookie.com/embed/x');
    expect(frame.hasAttribute('data-src')).toBe(false);
    expect(changes).toEqual([]);
    stop();
  });

  it('banner: false and preferences: false render neither (a site with its own); openers still open the preferences', () => {
    document.body.innerHTML = '<button data-ic-open-preferences></button>';
    const consent = manager();
    const stop = mountConsentUi(consent, { banner: false, preferences: false });
    expect(document.querySelector('.ic-banner, [role="status"]')).toBeNull();
    document.querySelector('button')!.click();
    expect(consent.getUiState().preferencesOpen).toBe(true);
    stop();
  });

  it('layout and theme reach the banner root as data-ic-layout and data-ic-theme', () => {
    const stop = mountConsentUi(manager(), { layout: 'corner', theme: 'auto' });
    const banner = document.querySelector('[data-ic-banner]')!;
    expect([banner.getAttribute('data-ic-layout'), banner.getAttribute('data-ic-theme')]).toEqual(['corner', 'auto']);
    stop();
  });
});
