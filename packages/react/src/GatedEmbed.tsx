'use client';
import { useId, type IframeHTMLAttributes, type ReactElement } from 'react';
import { embedPlaceholderText, isHttpUrl } from '@introw/consent-core';
import type { RegisteredCategoryId, RegisteredServiceId } from './Register';
import { useManager } from './internal/useManager';
import { useGranted } from './internal/useGranted';
import { cx } from './internal/cx';
import { warnOnce } from './internal/warnOnce';

/** Props of {@link GatedEmbed}: iframe attributes (`width`, `height`, `allow`, `loading`, ...) plus these. */
export interface GatedEmbedProps extends Omit<IframeHTMLAttributes<HTMLIFrameElement>, 'src' | 'title' | 'children'> {
  /** The embed URL; only `http:` / `https:` URLs are ever loaded. */
  src: string;
  /** Accessible title of the iframe (required for screen readers), e.g. `Product demo video`. */
  title: string;
  /** The category the embed needs, e.g. `advertising`. */
  category: RegisteredCategoryId;
  /** The service that serves it, e.g. `youtube`; when given, consent to just this service is enough and is what the button grants. */
  service?: RegisteredServiceId;
  /** Extra class on the iframe and on the placeholder. */
  className?: string;
}

/**
 * An iframe embed (video, map, form) behind a placeholder. Without consent it renders no
 * iframe at all (nothing is requested from the vendor), but a placeholder that names the
 * service and category (`texts.embedBlocked`) and a button (`texts.embedAllow`) that grants
 * just that service, or the category when no service is given, keeping every other choice,
 * and then shows the iframe without a reload. With consent it renders the iframe directly;
 * when consent is withdrawn the iframe is removed again.
 *
 * Classes: `ic-embed ic-embed-placeholder`, `ic-embed-text`, `ic-button`; the iframe `ic-embed-frame`.
 *
 * @param props - `{ src, title, category, service?, className?, ...iframe attributes }`.
 * @throws {Error} Outside a `<ConsentProvider>`.
 * @example
 * ```tsx
 * <GatedEmbed
 *   src="https://www.youtube-nocookie.com/embed/VIDEO_ID"
 *   title="Introw product tour"
 *   category="advertising"
 *   service="youtube"
 *   width={560}
 *   height={315}
 * />
 * ```
 * @remarks R1, R5, R8, R13: COMPLIANCE.md (no request before consent; per-service choice; no wall; withdrawal at once).
 */
export function GatedEmbed({ src, title, category, service, className, ...iframeProps }: GatedEmbedProps): ReactElement {
  const manager = useManager('<GatedEmbed>');
  const granted = useGranted(manager, service ?? category);
  const textId = useId();
  const loadable = isHttpUrl(src);
  if (process.env.NODE_ENV !== 'production' && !loadable) warnOnce(`<GatedEmbed> refused src "${src.slice(0, 80)}": only http(s) URLs are loaded.`);

  if (granted && loadable) {
    return <iframe {...iframeProps} className={cx('ic-embed-frame', className)} src={src} title={title} />;
  }

  // Core keeps every other choice and grants just this service (or category with its services).
  const allow = (): void => manager.grant(service ?? category);

  return (
    <div className={cx('ic-embed', 'ic-embed-placeholder', className)} lang={manager.language} data-ic-embed="">
      <p id={textId} className="ic-embed-text">
        {embedPlaceholderText(manager.config, manager.texts, manager.language, { category, service, src, title })}
      </p>
      {loadable ? (
        <button type="button" className="ic-button" aria-describedby={textId} onClick={allow}>
          {manager.texts.embedAllow}
        </button>
      ) : null}
    </div>
  );
}
