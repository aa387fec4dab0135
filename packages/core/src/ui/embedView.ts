import type { ConsentState } from '../config/types';
import type { ConsentManager } from '../manager/types';
import { isGranted } from '../manager/state';
import { warnOnce } from '../dev/warnOnce';
import { embedPlaceholderText } from './embedPlaceholderText';
import { isHttpUrl } from './isHttpUrl';

/** The props of a gated embed, as every renderer takes them. */
export interface EmbedProps {
  /** The embed URL; only `http:` / `https:` URLs are ever loaded. */
  src: string;
  /** The iframe's accessible title. */
  title: string;
  /** The category the embed needs. */
  category: string;
  /** The service that serves it: consent to just this service is enough, and is what "Allow" grants. */
  service?: string | undefined;
}

/** What a gated embed shows: the iframe (`load`) or a placeholder with its text and, when loadable, "Allow". */
export interface EmbedView {
  /** Show the iframe with `src`: granted and a loadable URL. */
  load: boolean;
  /** `src` is http(s): "Allow" can load it. */
  loadable: boolean;
  /** The placeholder's text: what would load and which consent it needs. */
  text: string;
  /** The "Allow" button's label. */
  allowLabel: string;
  /** Grants the service (or the category with its services), keeping every other choice. */
  allow(): void;
}

/**
 * The gated embed's rules, once for every renderer: the service when given, else the category,
 * is what must be granted and what "Allow" grants; only http(s) URLs ever load (anything else
 * stays a placeholder, with a development warning); the text names the service or host and the
 * category.
 *
 * @param manager - The consent manager.
 * @param props - `{ src, title, category, service? }`.
 * @param snapshot - The snapshot to decide with (the server snapshot while hydrating). Default: the current one.
 * @example
 * ```ts
 * const view = embedView(manager, { src, title: 'Demo video', category: 'advertising', service: 'youtube' });
 * ```
 * @remarks R1, R5, R13: docs/rules.md.
 */
export function embedView(manager: ConsentManager, props: EmbedProps, snapshot: ConsentState = manager.getSnapshot()): EmbedView {
  const id = props.service ?? props.category;
  const loadable = isHttpUrl(props.src);
  if (process.env.NODE_ENV !== 'production' && !loadable) warnOnce(`A gated embed refused src "${props.src.slice(0, 80)}": only http(s) URLs are loaded.`);
  return {
    load: loadable && isGranted(snapshot, id),
    loadable,
    text: embedPlaceholderText(manager.config, manager.texts, manager.language, props),
    allowLabel: manager.texts.embedAllow,
    allow: () => manager.grant(id),
  };
}
