import { computed, defineComponent, h, normalizeClass, type PropType, type SlotsType, type VNode } from 'vue';
import type { ConsentConfig, CookieDeclaration as CoreCookieDeclaration } from '@introw/consent-core';
import { cookieDeclarationTable } from '@introw/consent-core/ui';
import { injectManager } from './internal/context';
import { useStableId } from './internal/useStableId';

/** Props of {@link CookieDeclaration}. */
export interface CookieDeclarationProps {
  /** Table caption; default `texts.showServices` ("Services and cookies"). A `#caption` slot wins over it. */
  caption?: string;
  /** Render without a provider (e.g. a statement page): the config to list. Default: the provider's. */
  config?: ConsentConfig;
  /** Language of the table (BCP 47). Default: the provider's language; with a `config` prop, that config's `defaultLanguage` (else `en`). */
  language?: string;
}

/**
 * The cookie table of the cookie statement, generated from the same config the banner uses
 * (core's `cookieDeclaration`), so the statement and the banner never drift apart: one row per
 * cookie with category, service, provider, cookie name, duration, purpose and first or third
 * party, headed by `th scope="col"` cells and a caption. The wrapper scrolls horizontally on
 * narrow screens and is focusable so keyboards can scroll it.
 *
 * Classes: `ic-declaration` (scrolling wrapper; `class` is added to it), `ic-table`.
 *
 * @throws {Error} Outside the plugin / provider when no `config` prop is given.
 * @example
 * ```vue
 * <h2>Cookies we use</h2>
 * <CookieDeclaration caption="Cookies used on this site" />
 * ```
 * @remarks R6, R7: docs/rules.md; statement §4.
 */
export const CookieDeclaration = /* @__PURE__ */ defineComponent({
  name: 'CookieDeclaration',
  inheritAttrs: false,
  props: {
    caption: { type: String, default: undefined },
    config: { type: Object as PropType<ConsentConfig>, default: undefined },
    language: { type: String, default: undefined },
  },
  slots: Object as SlotsType<{ caption?: () => VNode[] }>,
  setup(props, { attrs, slots }) {
    const manager = injectManager();
    if (!props.config && !manager) {
      throw new Error(
        process.env.NODE_ENV !== 'production'
          ? '[@introw/consent] <CookieDeclaration> was used outside a consent provider. ' +
              'Install the plugin, app.use(createConsent(config)), or wrap your app in <ConsentProvider :config="config">, ' +
              'or pass the config: <CookieDeclaration :config="config" />.'
          : '[@introw/consent] <CookieDeclaration>: no consent provider',
      );
    }
    const captionId = useStableId();
    // Which config, language and texts: core's rule (the prop's config, else the provider's).
    const table = computed(() => cookieDeclarationTable(props, manager));

    return () => {
      const { language, texts: t, headers, rows } = table.value;
      return h(
        'div',
        {
          ...attrs,
          class: normalizeClass(['ic-declaration', attrs.class]),
          role: 'region',
          'aria-labelledby': captionId,
          tabindex: 0,
          lang: language,
        },
        [
          h('table', { class: 'ic-table' }, [
            h('caption', { id: captionId }, slots.caption?.() ?? props.caption ?? t.showServices),
            h('thead', [
              h(
                'tr',
                headers.map((header) => h('th', { scope: 'col' }, header)),
              ),
            ]),
            h(
              'tbody',
              rows.map((row, i) =>
                h('tr', { key: `${row.serviceId}\u0000${row.cookie}\u0000${i}`, 'data-ic-category': row.categoryId, 'data-ic-service': row.serviceId }, [
                  h('td', row.category),
                  h('td', row.service),
                  h('td', row.provider),
                  h('td', [h('code', row.cookie), row.note ? ` (${row.note})` : null]),
                  h('td', row.duration),
                  h('td', row.purpose),
                  h('td', row.partyLabel),
                ]),
              ),
            ),
          ]),
        ],
      );
    };
  },
});

/**
 * One cookie (or cookie family) of a service in the config: core's `CookieDeclaration` type,
 * re-exported here because the component above takes its name (one import serves both).
 */
export type CookieDeclaration = CoreCookieDeclaration;
