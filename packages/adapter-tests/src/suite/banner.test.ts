import { describe, expect, it } from 'vitest';
import { screen, within } from '@testing-library/dom';
import userEvent from '@testing-library/user-event';
import { createConsentManager, defineConsentConfig, en, memoryStorage, nl } from '@introw/consent-core';
import { bannerContent } from '@introw/consent-core/ui';
import { renderer } from '../current';
import { makeManager, storageWith } from '../fixtures';
import { banner as bannerUi, preferences, settingsButton } from '../ui';

const banner = (): HTMLElement | null => screen.queryByRole('region', { name: 'We use cookies' });

describe(`ConsentBanner (${renderer.name})`, () => {
  it('shows for an undecided visitor as a region labelled by its heading, saying what is asked, for what, by whom, how to withdraw, with the statements (R6, R12)', async () => {
    const manager = makeManager();
    await renderer.mount({ manager }, bannerUi());
    const region = banner();
    expect(region).not.toBeNull();
    expect(within(region!).getByRole('heading', { level: 2 }).textContent).toBe('We use cookies');
    // Core's first layer, generated from the config (the same text every renderer shows).
    const content = bannerContent(manager.config, manager.texts, manager.language);
    expect(region!.querySelector(`#${region!.getAttribute('aria-describedby')}`)!.textContent).toBe(content.description);
    expect(content.description).toContain('Third parties set some of them');
    expect(content.description).toContain('"Cookie settings"');
    expect(within(region!).getByRole('link', { name: 'Cookie statement' }).getAttribute('href')).toBe('https://www.introw.io/cookie-statement');
    expect(within(region!).getByRole('link', { name: 'Privacy statement' }).getAttribute('href')).toBe('https://www.introw.io/privacy-statement');
    expect(region!.textContent).not.toContain('{');
    expect(region!.getAttribute('lang')).toBe('en');
  });

  it('does not show for a visitor who already decided (R10)', async () => {
    await renderer.mount({ manager: makeManager({ storage: storageWith((m) => m.rejectAll()) }) }, bannerUi());
    expect(banner()).toBeNull();
  });

  it('R3: "Accept all" and "Reject all" are both <button>s with the same class, side by side', async () => {
    await renderer.mount({ manager: makeManager() }, bannerUi());
    const accept = screen.getByRole('button', { name: 'Accept all' });
    const reject = screen.getByRole('button', { name: 'Reject all' });
    expect(accept.tagName).toBe('BUTTON');
    expect(reject.tagName).toBe(accept.tagName);
    expect(reject.className).toBe(accept.className);
    expect(accept.getAttribute('type')).toBe('button');
    expect(accept.parentElement).toBe(reject.parentElement);
    expect(accept.nextElementSibling).toBe(reject);
    expect(document.querySelector('[style]')).toBeNull();
  });

  it('hides after "Accept all" and grants everything', async () => {
    const user = userEvent.setup();
    const manager = makeManager();
    await renderer.mount({ manager }, bannerUi());
    await user.click(screen.getByRole('button', { name: 'Accept all' }));
    expect(banner()).toBeNull();
    expect(manager.getSnapshot().method).toBe('accept-all');
    expect(manager.hasConsent('analytics')).toBe(true);
  });

  it('R26: a keyboard choice on the banner moves focus to "Cookie settings" instead of dropping it to <body>', async () => {
    const user = userEvent.setup();
    await renderer.mount({ manager: makeManager() }, [settingsButton(), bannerUi()]);
    screen.getByRole('button', { name: 'Reject all' }).focus();
    await user.keyboard('{Enter}');
    expect(banner()).toBeNull();
    expect(document.activeElement).toBe(screen.getByRole('button', { name: 'Cookie settings' }));
  });

  it('hides after "Reject all" and grants only the required category (R3)', async () => {
    const user = userEvent.setup();
    const manager = makeManager();
    await renderer.mount({ manager }, bannerUi());
    await user.click(screen.getByRole('button', { name: 'Reject all' }));
    expect(banner()).toBeNull();
    expect(manager.getSnapshot().categories).toEqual({ necessary: true, functional: false, analytics: false, advertising: false });
  });

  it('"Customize" opens the preferences dialog without deciding (R2)', async () => {
    const user = userEvent.setup();
    const manager = makeManager();
    await renderer.mount({ manager }, [bannerUi(), preferences()]);
    await user.click(screen.getByRole('button', { name: 'Customize' }));
    // The dialog's code loads on demand: it appears once loaded.
    expect(await screen.findByRole('dialog', { name: 'Cookie settings' })).toBeTruthy();
    expect(manager.getSnapshot().decided).toBe(false);
    expect(banner()).not.toBeNull();
  });

  it('shows again when the decision is withdrawn (reset)', async () => {
    const manager = makeManager({ storage: storageWith((m) => m.acceptAll()) });
    await renderer.mount({ manager }, bannerUi());
    expect(banner()).toBeNull();
    await renderer.update(() => manager.reset());
    expect(banner()).not.toBeNull();
  });

  it('R26 3.1.2: renders the resolved language and sets lang on its root', async () => {
    const config = defineConsentConfig({
      revision: 1,
      siteName: 'Introw',
      translations: { en, nl },
      categories: { necessary: { required: true }, analytics: {} },
    });
    const manager = createConsentManager(config, { storage: memoryStorage(), language: 'nl-BE', crossTab: false });
    await renderer.mount({ manager }, bannerUi());
    const region = screen.getByRole('region', { name: nl.bannerTitle });
    expect(region.getAttribute('lang')).toBe('nl');
    expect(screen.getByRole('button', { name: nl.acceptAll }).className).toBe(screen.getByRole('button', { name: nl.rejectAll }).className);
  });

  it('renders a hostile translation string as text, never as HTML', async () => {
    const hostile = '<img src=x onerror=alert(1)>';
    const config = defineConsentConfig({
      revision: 1,
      siteName: '<b>Introw</b>',
      translations: { en: { ...en, bannerTitle: hostile, acceptAll: hostile, bannerDescription: '{site} uses cookies.' } },
      categories: { necessary: { required: true }, analytics: {} },
    });
    const manager = createConsentManager(config, { storage: memoryStorage(), crossTab: false });
    const { container } = await renderer.mount({ manager }, bannerUi());
    expect(screen.getByRole('heading', { level: 2 }).textContent).toBe(hostile);
    expect(screen.getAllByRole('button', { name: hostile })).toHaveLength(1);
    expect(container.textContent).toContain('<b>Introw</b> uses');
    expect(document.querySelector('img, b')).toBeNull();
  });

  it("adds the site's class to the root, after ic-banner", async () => {
    await renderer.mount({ manager: makeManager() }, bannerUi({ className: 'site-banner' }));
    expect(banner()!.className).toBe('ic-banner site-banner');
  });
});
