'use client';
import type { ReactNode } from 'react';
import {
  ConsentBanner,
  ConsentPreferences,
  ConsentProvider,
  googleConsentMode,
  type CategoryIdOf,
  type ConsentState,
  type ServiceIdOf,
} from '@introw/consent-react';
import { introwConfig, type IntrowConfig } from '@introw/example-config';

/** Google Consent Mode v2 is an opt-in plugin: `default` before any tag, an `update` per choice (R16-R18). */
const PLUGINS = [googleConsentMode()];

/** Props of {@link ConsentRoot}: only serializable values cross the server/client boundary. */
export interface ConsentRootProps {
  /** The snapshot the server rendered with: `readConsent(cookieHeader, introwConfig, { gpc })`. */
  initialState: ConsentState<CategoryIdOf<IntrowConfig>, ServiceIdOf<IntrowConfig>>;
  /** The page's language (the `<html lang>` the server rendered). */
  language: string;
  children: ReactNode;
}

/**
 * The client half of the consent setup. The config holds functions and regular expressions,
 * which cannot be passed from a Server Component, so this client module imports it itself;
 * the layout passes only the server's snapshot. With `initialState` the first client render
 * is the server's: a visitor who decided never sees the banner, one who has not gets it in
 * the server HTML, and hydration matches in both cases.
 */
export function ConsentRoot({ initialState, language, children }: ConsentRootProps) {
  return (
    <ConsentProvider config={introwConfig} initialState={initialState} options={{ language, plugins: PLUGINS }}>
      {children}
      <ConsentBanner />
      <ConsentPreferences />
    </ConsentProvider>
  );
}
