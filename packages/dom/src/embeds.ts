import type { ConsentManager } from '@introw/consent-core';
import { embedView, type EmbedProps } from '@introw/consent-core/ui';
import { cx, h, restoreClass } from './h';
import type { IdFactory } from './ids';
import { EMBED_SELECTOR } from './hooks';

interface Embed {
  frame: HTMLIFrameElement;
  props: EmbedProps;
  /** The iframe's own `class` attribute (`null`: none). */
  className: string | null;
  /** Built on first use. */
  placeholder?: HTMLElement;
}

/**
 * Gated embeds, as React's and Vue's `GatedEmbed`, for the iframes a page writes with the markup
 * core gates (`<iframe data-src data-category [data-service] title>`): without consent the iframe
 * leaves the page (nothing is requested from the vendor: R1) and a placeholder takes its place,
 * saying which service and category it needs and offering "Allow and show", which grants just
 * that service (or the category) and shows the iframe without a reload; a withdrawal puts the
 * placeholder back (R13). Core's `embedView` decides all of it (which consent, what "Allow"
 * grants, that only http(s) URLs load, the text).
 *
 * The renderer takes these iframes over from core's gating: it moves `data-src` into memory
 * (so the src is set once, here, and never twice) and puts it back on stop. The iframe gets the
 * `ic-embed-frame` class before its own; the placeholder `ic-embed ic-embed-placeholder` and the
 * iframe's own classes.
 *
 * @returns `update()` (after every change) and `stop()`.
 */
export function createEmbeds(doc: Document, manager: ConsentManager, ids: IdFactory): { update(): void; stop(): void } {
  const embeds: Embed[] = Array.from(doc.querySelectorAll<HTMLIFrameElement>(EMBED_SELECTOR), (frame) => {
    const props: EmbedProps = {
      src: frame.getAttribute('data-src') ?? '',
      title: frame.title,
      category: frame.getAttribute('data-category') ?? '',
      service: frame.getAttribute('data-service') ?? undefined,
    };
    const className = frame.getAttribute('class');
    frame.removeAttribute('data-src');
    frame.className = cx('ic-embed-frame', className);
    return { frame, props, className };
  });

  const placeholderFor = (embed: Embed): HTMLElement => {
    const view = embedView(manager, embed.props);
    const textId = ids();
    let allow: HTMLButtonElement | undefined;
    if (view.loadable) {
      allow = h('button', { type: 'button', class: 'ic-button', 'aria-describedby': textId }, view.allowLabel);
      allow.addEventListener('click', () => embedView(manager, embed.props).allow());
    }
    return h(
      'div',
      { class: cx('ic-embed', 'ic-embed-placeholder', embed.className), lang: manager.language, 'data-ic-embed': '' },
      h('p', { id: textId, class: 'ic-embed-text' }, view.text),
      allow,
    );
  };

  return {
    update() {
      for (const embed of embeds) {
        const { frame } = embed;
        if (embedView(manager, embed.props).load) {
          if (frame.getAttribute('src') !== embed.props.src) frame.setAttribute('src', embed.props.src);
          embed.placeholder?.replaceWith(frame);
        } else if (frame.isConnected || !embed.placeholder?.isConnected) {
          // Out of the page and without a src: nothing loads, and what loaded is unloaded (R13).
          frame.removeAttribute('src');
          embed.placeholder ??= placeholderFor(embed);
          frame.replaceWith(embed.placeholder);
        }
      }
    },
    stop() {
      for (const { frame, props, className, placeholder } of embeds) {
        frame.setAttribute('data-src', props.src);
        restoreClass(frame, className);
        placeholder?.replaceWith(frame);
      }
    },
  };
}
