/**
 * @introw/consent-core/server: read the consent on the server, for SSR without a banner flash.
 */
import type { ConsentConfig, ConsentState } from './config/types';
import { buildModel } from './config/model';
import { decodeCopies } from './storage/encoding';
import { deriveState } from './manager/state';
import { readCookieValues } from './storage/cookieStorage';
import { validateConsentConfig } from './config/validateConfig';

/**
 * True only when the request carries `Sec-GPC: 1` exactly (R21: W3C Global Privacy Control).
 *
 * @param headers - A `Headers` object (fetch / Next.js), or a Node `IncomingHttpHeaders` record.
 * @example
 * ```ts
 * const gpc = gpcFromHeaders(await headers()); // Next.js App Router
 * ```
 * @remarks R21: docs/rules.md; W3C GPC spec §3.
 */
export function gpcFromHeaders(headers: Headers | Record<string, string | string[] | undefined> | null | undefined): boolean {
  if (!headers) return false;
  const value =
    typeof (headers as Headers).get === 'function'
      ? (headers as Headers).get('sec-gpc')
      : (headers as Record<string, string | string[] | undefined>)['sec-gpc'];
  return value === '1';
}

/**
 * Computes, from the request's `Cookie` header, exactly the snapshot the browser will compute
 * on its first render, so the server renders the banner only for visitors without a valid
 * decision and hydration matches. Unreadable or tampered cookies give "no decision" (R30).
 *
 * @param cookieHeader - The raw `Cookie` request header (or `null`).
 * @param config - The same config the browser uses.
 * @param options - `{ gpc?: boolean; now?: number (epoch ms) }`; pass `gpc: gpcFromHeaders(headers)`.
 * @throws {ConsentConfigError} When the config is invalid.
 * @example
 * ```ts
 * const initialState = readConsent((await headers()).get('cookie'), config);
 * ```
 * @remarks R10, R11, R22, R30: docs/rules.md.
 */
export function readConsent<C extends string, S extends string>(
  cookieHeader: string | null | undefined,
  config: ConsentConfig<C, S>,
  options: { gpc?: boolean; now?: number } = {},
): ConsentState<C, S> {
  validateConsentConfig(config);
  const model = buildModel(config);
  const now = options.now ?? Date.now();
  const stored = decodeCopies(readCookieValues(cookieHeader, model.cookieName), model, now);
  return deriveState(model, stored, { now, gpc: options.gpc === true, persisted: true }) as ConsentState<C, S>;
}

export { acceptLanguageCandidates, resolveLanguage } from './i18n/resolve';
export { noticeFingerprint } from './records/notice';
export type { NoticeFingerprint } from './records/notice';
