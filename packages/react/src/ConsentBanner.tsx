'use client';
import { useContext, useId, useSyncExternalStore, type ReactElement } from 'react';
import { bannerContent, bannerDecision } from '@introw/consent-core/ui';
import { useManager } from './internal/useManager';
import { cx } from './internal/cx';
import { prefetchPreferencesDialog } from './internal/dialog';
import { AppearanceContext } from './internal/AppearanceContext';

/** Props of {@link ConsentBanner}. */
export interface ConsentBannerProps {
  /** Extra class on the root (`ic-banner` is always there). */
  className?: string;
}

/**
 * The first layer: shown while there is no valid decision (first visit, lapsed, new policy
 * revision). A region labelled by its heading, with what is asked and why, and three
 * buttons: "Accept all" and "Reject all" side by side (the same element, class and weight),
 * and "Customize", which opens the preferences dialog (pointing at, focusing or pressing it
 * starts loading the dialog's code, see {@link ConsentPreferences}). Texts come from
 * `manager.texts` (`{site}` is `config.siteName`) and are rendered as text; `lang` is the
 * manager's language.
 * Not modal: the stylesheet reserves room for it at the bottom of the page (R25). Its root carries
 * the provider's `layout` and `theme` as `data-ic-layout` and `data-ic-theme`.
 *
 * Classes: `ic-banner`, `ic-banner-body`, `ic-banner-title`, `ic-banner-description`,
 * `ic-actions`, `ic-button` (accept and reject), `ic-button ic-button-secondary` (customize).
 *
 * @throws {Error} Outside a `<ConsentProvider>`.
 * @example
 * ```tsx
 * <ConsentProvider config={config}>
 *   <App />
 *   <ConsentBanner />
 *   <ConsentPreferences />
 * </ConsentProvider>
 * ```
 * @remarks R2, R3, R6, R25, R26 (3.1.2): docs/rules.md; EDPB Cookie Banner Taskforce report 2023 §8-19.
 */
export function ConsentBanner({ className }: ConsentBannerProps): ReactElement | null {
  const manager = useManager('<ConsentBanner>');
  const ui = useSyncExternalStore(manager.subscribe, manager.getUiState, manager.getServerUiState);
  const titleId = useId();
  const descriptionId = useId();
  const appearance = useContext(AppearanceContext);
  if (!ui.bannerVisible) return null;

  const { texts } = manager;
  // Core's first layer: what is asked, for which purposes, who else, how to withdraw, the statements.
  const content = bannerContent(manager.config, texts, manager.language);

  return (
    <section
      // biome-ignore lint/a11y/noRedundantRoles: kept explicit so the named banner is a region landmark wherever section's implicit role is not mapped; Vue renders the same markup
      role="region"
      className={cx('ic-banner', className)}
      aria-labelledby={titleId}
      aria-describedby={descriptionId}
      lang={manager.language}
      data-ic-banner=""
      {...appearance}
    >
      <div className="ic-banner-body">
        <h2 id={titleId} className="ic-banner-title">
          {content.title}
        </h2>
        <p id={descriptionId} className="ic-banner-description">
          {content.description}
        </p>
        {content.links.length ? (
          <p className="ic-banner-links">
            {content.links.map((link) => (
              <a key={link.href} className="ic-link" href={link.href}>
                {link.text}
              </a>
            ))}
          </p>
        ) : null}
      </div>
      <div className="ic-actions">
        <button type="button" className="ic-button" data-ic-action="accept-all" onClick={(e) => bannerDecision(manager, 'accept-all', e.currentTarget)}>
          {texts.acceptAll}
        </button>
        <button type="button" className="ic-button" data-ic-action="reject-all" onClick={(e) => bannerDecision(manager, 'reject-all', e.currentTarget)}>
          {texts.rejectAll}
        </button>
        <button
          type="button"
          className="ic-button ic-button-secondary"
          data-ic-action="customize"
          aria-haspopup="dialog"
          onPointerEnter={prefetchPreferencesDialog}
          onFocus={prefetchPreferencesDialog}
          onPointerDown={prefetchPreferencesDialog}
          onClick={() => manager.openPreferences()}
        >
          {texts.customize}
        </button>
      </div>
    </section>
  );
}
