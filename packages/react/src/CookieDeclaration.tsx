'use client';
import { useContext, useId, useMemo, type ReactElement, type ReactNode } from 'react';
import type { ConsentConfig, CookieDeclaration as CoreCookieDeclaration } from '@introw/consent-core';
import { cookieDeclarationTable } from '@introw/consent-core/ui';
import { ConsentContext } from './internal/ConsentContext';
import { cx } from './internal/cx';

/** Props of {@link CookieDeclaration}. */
export interface CookieDeclarationProps {
  /** Table caption; default `texts.showServices` ("Services and cookies"). */
  caption?: ReactNode;
  /** Extra class on the wrapper (`ic-declaration`). */
  className?: string;
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
 * Classes: `ic-declaration` (scrolling wrapper), `ic-table`.
 *
 * @param props - `{ caption?, className?, config?, language? }`.
 * @throws {Error} Outside a `<ConsentProvider>` when no `config` prop is given.
 * @example
 * ```tsx
 * <h2>Cookies we use</h2>
 * <CookieDeclaration />
 * ```
 * @remarks R6, R7: docs/rules.md; statement §4.
 */
export function CookieDeclaration({ caption, className, config, language }: CookieDeclarationProps): ReactElement {
  const manager = useContext(ConsentContext);
  const captionId = useId();
  if (!config && !manager) {
    throw new Error(
      process.env.NODE_ENV !== 'production'
        ? '[@introw/consent] <CookieDeclaration> was used outside a consent provider. ' +
            'Wrap your app in <ConsentProvider config={...}>, or pass the config: <CookieDeclaration config={config} />.'
        : '[@introw/consent] <CookieDeclaration>: no consent provider',
    );
  }
  // Which config, language and texts: core's rule (the prop's config, else the provider's).
  const { language: lang, texts, headers, rows } = useMemo(() => cookieDeclarationTable({ config, language }, manager), [config, language, manager]);

  return (
    // biome-ignore lint/a11y/useSemanticElements: a named, focusable scroll container (WCAG 2.1.1), not a document section; the Vue adapter renders the same markup
    // biome-ignore lint/a11y/noNoninteractiveTabindex: the table scrolls sideways on narrow screens, so keyboards must be able to focus it (axe scrollable-region-focusable)
    <div className={cx('ic-declaration', className)} role="region" aria-labelledby={captionId} tabIndex={0} lang={lang}>
      <table className="ic-table">
        <caption id={captionId}>{caption ?? texts.showServices}</caption>
        <thead>
          <tr>
            {headers.map((header, i) => (
              // biome-ignore lint/suspicious/noArrayIndexKey: the column headers are a fixed list, never reordered
              <th key={i} scope="col">
                {header}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {rows.map((row, i) => (
            // biome-ignore lint/suspicious/noArrayIndexKey: the index only tells apart two rows with the same service and cookie name
            <tr key={`${row.serviceId}\u0000${row.cookie}\u0000${i}`} data-ic-category={row.categoryId} data-ic-service={row.serviceId}>
              <td>{row.category}</td>
              <td>{row.service}</td>
              <td>{row.provider}</td>
              <td>
                <code>{row.cookie}</code>
                {row.note ? ` (${row.note})` : null}
              </td>
              <td>{row.duration}</td>
              <td>{row.purpose}</td>
              <td>{row.partyLabel}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

/**
 * One cookie (or cookie family) of a service in the config: core's `CookieDeclaration` type,
 * re-exported here because the component above takes its name (one import serves both).
 */
export type CookieDeclaration = CoreCookieDeclaration;
