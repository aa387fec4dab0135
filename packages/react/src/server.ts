/**
 * @introw/consent-react/server: core's server helpers (`@introw/consent-core/server`),
 * re-exported without `'use client'` so React Server Components and route handlers can import
 * them from the one package an app installs.
 *
 * @example
 * ```tsx
 * // app/layout.tsx (Next.js App Router, a Server Component)
 * import { cookies, headers } from 'next/headers';
 * import { readConsent, gpcFromHeaders } from '@introw/consent-react/server';
 *
 * const h = await headers();
 * const initialState = readConsent(h.get('cookie'), config, { gpc: gpcFromHeaders(h) });
 * // <ConsentProvider config={config} initialState={initialState}> ...
 * ```
 */
export { readConsent, gpcFromHeaders, acceptLanguageCandidates, resolveLanguage } from '@introw/consent-core/server';
