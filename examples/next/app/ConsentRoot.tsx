'use client';
import type { ReactNode } from 'react';
import { beaconRecordSink } from '@introw/consent-core';
import {
  ConsentBanner,
  ConsentPreferences,
  ConsentProvider,
  googleConsentMode,
  type CategoryIdOf,
  type ConsentManagerOptions,
  type ConsentState,
  type ServiceIdOf,
} from '@introw/consent-react';
import { introwConfig, type IntrowConfig } from '@introw/example-config';
import { LanguageMemory } from './LanguageMemory';
import { RefreshOnConsentChange } from './RefreshOnConsentChange';

/** Google Consent Mode v2 is an opt-in plugin: `default` before any tag, an `update` per choice (R16-R18). */
const PLUGINS = [googleConsentMode()];

/**
 * Every decision becomes a record (GDPR art. 7(1), R15), posted to the records service this
 * app mounts in `app/consent/[...path]/route.ts`; what is not acknowledged is sent again.
 */
const RECORDS = beaconRecordSink('/consent/records');

/** The manager's options for a page in `language`. */
function consentOptions(language: string): ConsentManagerOptions<CategoryIdOf<IntrowConfig>, ServiceIdOf<IntrowConfig>> {
  return { language, plugins: PLUGINS, onRecord: RECORDS };
}

/** Props of {@link ConsentRoot}: only serializable values cross the server/client boundary. */
export interface ConsentRootProps {
  /** The snapshot the server rendered with: `readConsent(cookieHeader, introwConfig, { gpc })`. */
  initialState: ConsentState<CategoryIdOf<IntrowConfig>, ServiceIdOf<IntrowConfig>>;
  /** The page's language (its URL's first segment, and the `<html lang>` the server rendered). */
  language: string;
  children: ReactNode;
}

/**
 * The client half of the consent setup. The config holds functions and regular expressions,
 * which cannot be passed from a Server Component, so this client module imports it itself;
 * the layout passes only the server's snapshot. With `initialState` the first client render
 * is the server's: a visitor who decided (here or on the website: the consent cookie is shared
 * on the parent domain) never sees the banner, one who has not gets it in the server HTML, and
 * hydration matches in both cases. The banner and the dialog speak the page's language.
 */
export function ConsentRoot({ initialState, language, children }: ConsentRootProps) {
  return (
    <ConsentProvider config={introwConfig} initialState={initialState} options={consentOptions(language)}>
      {children}
      <ConsentBanner />
      <ConsentPreferences />
      <RefreshOnConsentChange />
      <LanguageMemory language={language} />
    </ConsentProvider>
  );
}
