'use client';
import { useId, useSyncExternalStore, type IframeHTMLAttributes, type ReactElement } from 'react';
import { embedView } from '@introw/consent-core/ui';
import type { RegisteredCategoryId, RegisteredServiceId } from './Register';
import { useManager } from './internal/useManager';
import { cx } from './internal/cx';

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
 * @remarks R1, R5, R8, R13: docs/rules.md (no request before consent; per-service choice; no wall; withdrawal at once).
 */
export function GatedEmbed({ src, title, category, service, className, ...iframeProps }: GatedEmbedProps): ReactElement {
  const manager = useManager('<GatedEmbed>');
  const snapshot = useSyncExternalStore(manager.subscribe, manager.getSnapshot, manager.getServerSnapshot);
  const textId = useId();
  // Core's rules: which consent it needs, what "Allow" grants, which URLs may load, the text.
  const view = embedView(manager, { src, title, category, service }, snapshot);

  if (view.load) return <iframe {...iframeProps} className={cx('ic-embed-frame', className)} src={src} title={title} />;
  return (
    <div className={cx('ic-embed', 'ic-embed-placeholder', className)} lang={manager.language} data-ic-embed="">
      <p id={textId} className="ic-embed-text">
        {view.text}
      </p>
      {view.loadable ? (
        <button type="button" className="ic-button" aria-describedby={textId} onClick={view.allow}>
          {view.allowLabel}
        </button>
      ) : null}
    </div>
  );
}
