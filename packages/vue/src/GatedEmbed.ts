import { defineComponent, h, normalizeClass, type PropType } from 'vue';
import { embedView } from '@introw/consent-core/ui';
import type { RegisteredCategoryId, RegisteredServiceId } from './Register';
import { useManager } from './internal/context';
import { useSnapshot } from './internal/useManagerValue';
import { useStableId } from './internal/useStableId';

/**
 * Props of {@link GatedEmbed}. Every other attribute (`width`, `height`, `allow`, `loading`,
 * `referrerpolicy`, ...) goes on the iframe; `class` goes on the iframe and on the placeholder.
 */
export interface GatedEmbedProps {
  /** The embed URL; only `http:` / `https:` URLs are ever loaded. */
  src: string;
  /** Accessible title of the iframe (required for screen readers), e.g. `Product demo video`. */
  title: string;
  /** The category the embed needs, e.g. `advertising`. */
  category: RegisteredCategoryId;
  /** The service that serves it, e.g. `youtube`; when given, consent to just this service is enough and is what the button grants. */
  service?: RegisteredServiceId;
}

/**
 * An iframe embed (video, map, form) behind a placeholder. Without consent it renders no iframe
 * at all (nothing is requested from the vendor), but a placeholder that names the service and
 * category (`texts.embedBlocked`) and a button (`texts.embedAllow`) that grants just that
 * service, or the category when no service is given, keeping every other choice (core's
 * `grant`), and then shows the iframe without a reload. With consent it renders the iframe
 * directly; when consent is withdrawn the iframe is removed again.
 *
 * Classes: `ic-embed ic-embed-placeholder`, `ic-embed-text`, `ic-button`; the iframe `ic-embed-frame`.
 *
 * @throws {Error} Outside the plugin / provider.
 * @example
 * ```vue
 * <GatedEmbed
 *   src="https://www.youtube-nocookie.com/embed/VIDEO_ID"
 *   title="Introw product tour"
 *   category="advertising"
 *   service="youtube"
 *   width="560"
 *   height="315"
 * />
 * ```
 * @remarks R1, R5, R8, R13: docs/rules.md (no request before consent; per-service choice; no wall; withdrawal at once).
 */
export const GatedEmbed = /* @__PURE__ */ defineComponent(
  (props: GatedEmbedProps, { attrs }) => {
    const manager = useManager('<GatedEmbed>');
    const snapshot = useSnapshot(manager);
    const textId = useStableId();
    return () => {
      // Core's rules: which consent it needs, what "Allow" grants, which URLs may load, the text.
      const view = embedView(manager, props, snapshot.value);
      if (view.load) return h('iframe', { ...attrs, class: normalizeClass(['ic-embed-frame', attrs.class]), src: props.src, title: props.title });
      return h('div', { class: normalizeClass(['ic-embed', 'ic-embed-placeholder', attrs.class]), lang: manager.language, 'data-ic-embed': '' }, [
        h('p', { id: textId, class: 'ic-embed-text' }, view.text),
        view.loadable ? h('button', { type: 'button', class: 'ic-button', 'aria-describedby': textId, onClick: view.allow }, view.allowLabel) : null,
      ]);
    };
  },
  {
    name: 'GatedEmbed',
    inheritAttrs: false,
    props: {
      src: { type: String, required: true },
      title: { type: String, required: true },
      category: { type: String as PropType<RegisteredCategoryId>, required: true },
      service: { type: String as PropType<RegisteredServiceId>, default: undefined },
    },
  },
);
