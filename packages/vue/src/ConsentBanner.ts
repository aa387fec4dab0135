import { defineComponent, h, normalizeClass } from 'vue';
import { bannerContent, bannerDecision } from '@introw/consent-core/ui';
import { useAppearance, useManager } from './internal/context';
import { useUiState } from './internal/useManagerValue';
import { useStableId } from './internal/useStableId';
import { prefetchPreferencesOnIntent } from './internal/dialog';

/**
 * The first layer: shown while there is no valid decision (first visit, lapsed, new policy
 * revision). A region labelled by its heading, with what is asked and why, and three buttons:
 * "Accept all" and "Reject all" side by side (the same element, class and weight), and
 * "Customize", which opens the preferences dialog (pointing at it, focusing it or pressing it
 * starts loading the dialog's code: see `ConsentPreferences`). Texts come from `manager.texts`
 * (`{site}` is `config.siteName`) and are rendered as text; `lang` is the manager's language. Not modal: the
 * stylesheet reserves room for it at the bottom of the page (R25). Its root carries the plugin's or
 * provider's `layout` and `theme` as `data-ic-layout` and `data-ic-theme`. Same markup as
 * `@introw/consent-react`'s `ConsentBanner`.
 *
 * Attributes (`class`, `id`, `data-*`) go on the root. Classes: `ic-banner`, `ic-banner-body`,
 * `ic-banner-title`, `ic-banner-description`, `ic-actions`, `ic-button` (accept and reject),
 * `ic-button ic-button-secondary` (customize).
 *
 * @throws {Error} Outside the plugin / provider.
 * @example
 * ```vue
 * <template>
 *   <RouterView />
 *   <ConsentBanner />
 *   <ConsentPreferences />
 * </template>
 * ```
 * @remarks R2, R3, R6, R25, R26 (3.1.2): docs/rules.md; EDPB Cookie Banner Taskforce report 2023 §8-19.
 */
export const ConsentBanner = /* @__PURE__ */ defineComponent({
  name: 'ConsentBanner',
  inheritAttrs: false,
  setup(_, { attrs }) {
    const manager = useManager('<ConsentBanner>');
    const ui = useUiState(manager);
    const appearance = useAppearance();
    const titleId = useStableId();
    const descriptionId = useStableId();
    const decide = (e: MouseEvent, action: 'accept-all' | 'reject-all'): void => bannerDecision(manager, action, e.currentTarget as Element);
    return () => {
      if (!ui.value.bannerVisible) return null;
      const { texts } = manager;
      // Core's first layer: what is asked, for which purposes, who else, how to withdraw, the statements.
      const content = bannerContent(manager.config, texts, manager.language);
      return h(
        'section',
        {
          ...attrs,
          role: 'region',
          class: normalizeClass(['ic-banner', attrs.class]),
          'aria-labelledby': titleId,
          'aria-describedby': descriptionId,
          lang: manager.language,
          'data-ic-banner': '',
          ...appearance(),
        },
        [
          h('div', { class: 'ic-banner-body' }, [
            h('h2', { id: titleId, class: 'ic-banner-title' }, content.title),
            h('p', { id: descriptionId, class: 'ic-banner-description' }, content.description),
            content.links.length
              ? h(
                  'p',
                  { class: 'ic-banner-links' },
                  content.links.map((link) => h('a', { key: link.href, class: 'ic-link', href: link.href }, link.text)),
                )
              : null,
          ]),
          h('div', { class: 'ic-actions' }, [
            h(
              'button',
              { type: 'button', class: 'ic-button', 'data-ic-action': 'accept-all', onClick: (e: MouseEvent) => decide(e, 'accept-all') },
              texts.acceptAll,
            ),
            h(
              'button',
              { type: 'button', class: 'ic-button', 'data-ic-action': 'reject-all', onClick: (e: MouseEvent) => decide(e, 'reject-all') },
              texts.rejectAll,
            ),
            h(
              'button',
              {
                type: 'button',
                class: 'ic-button ic-button-secondary',
                'data-ic-action': 'customize',
                'aria-haspopup': 'dialog',
                ...prefetchPreferencesOnIntent,
                onClick: () => manager.openPreferences(),
              },
              texts.customize,
            ),
          ]),
        ],
      );
    };
  },
});
