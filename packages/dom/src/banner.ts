import type { ConsentManager } from '@introw/consent-core';
import { appearanceAttributes, bannerContent, bannerDecision, type ConsentAppearance } from '@introw/consent-core/ui';
import { cx, h } from './h';
import type { IdFactory } from './ids';

/** What {@link createBanner} needs besides the manager. */
export interface BannerOptions {
  /** Where the banner goes (appended). */
  root: HTMLElement;
  ids: IdFactory;
  /** The site's extra class, after `ic-banner`. */
  className?: string | undefined;
  appearance: ConsentAppearance;
  /** Starts loading the dialog's code (intent to open it: pointer enter, focus, pointer down). */
  prefetch(): void;
}

/**
 * The first layer, with the markup of React's and Vue's `ConsentBanner`: a region labelled by its
 * heading and described by core's first-layer text (`bannerContent`: purposes, third parties,
 * withdrawal; the cookie and privacy statement links in `.ic-banner-links`), "Accept all" and "Reject all" side by side (the same element
 * and class: R3) and "Customize". Built on first show (a returning visitor never builds it);
 * `update()` shows it while the manager's UI state says so and removes it otherwise.
 */
export function createBanner(manager: ConsentManager, { root, ids, className, appearance, prefetch }: BannerOptions): { update(): void; stop(): void } {
  let banner: HTMLElement | undefined;

  const build = (): HTMLElement => {
    const { texts, language } = manager;
    // Core's first layer: what is asked, for which purposes, who else, how to withdraw, the statements (R6).
    const content = bannerContent(manager.config, texts, language);
    const titleId = ids();
    const descriptionId = ids();
    const button = (action: 'accept-all' | 'reject-all'): HTMLButtonElement => {
      const el = h('button', { type: 'button', class: 'ic-button', 'data-ic-action': action }, action === 'accept-all' ? texts.acceptAll : texts.rejectAll);
      el.addEventListener('click', () => bannerDecision(manager, action, el));
      return el;
    };
    const customize = h(
      'button',
      { type: 'button', class: 'ic-button ic-button-secondary', 'data-ic-action': 'customize', 'aria-haspopup': 'dialog' },
      texts.customize,
    );
    for (const intent of ['pointerenter', 'focus', 'pointerdown']) customize.addEventListener(intent, prefetch);
    customize.addEventListener('click', () => manager.openPreferences());
    return h(
      'section',
      {
        role: 'region',
        class: cx('ic-banner', className),
        'aria-labelledby': titleId,
        'aria-describedby': descriptionId,
        lang: language,
        'data-ic-banner': '',
        ...appearanceAttributes(appearance),
      },
      h(
        'div',
        { class: 'ic-banner-body' },
        h('h2', { id: titleId, class: 'ic-banner-title' }, content.title),
        h('p', { id: descriptionId, class: 'ic-banner-description' }, content.description),
        content.links.length > 0 &&
          h('p', { class: 'ic-banner-links' }, ...content.links.map((link) => h('a', { class: 'ic-link', href: link.href }, link.text))),
      ),
      h('div', { class: 'ic-actions' }, button('accept-all'), button('reject-all'), customize),
    );
  };

  return {
    update() {
      const visible = manager.getUiState().bannerVisible;
      if (visible && !banner?.isConnected) {
        banner ??= build();
        root.append(banner);
      } else if (!visible) banner?.remove();
    },
    stop: () => banner?.remove(),
  };
}
