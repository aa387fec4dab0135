'use client';
import { useEffect } from 'react';
import { useConsent } from '@introw/consent-react';
import { readCookieValue } from '@introw/consent-core';
import { LANGUAGE_COOKIE } from '@introw/example-config';
import './register';

/** One year, the lifetime declared for the cookie in `@introw/example-config`. */
const MAX_AGE_SECONDS = 365 * 24 * 60 * 60;

/**
 * Remembers the page's language in the language cookie, and only while the visitor allows the
 * `localePreference` service (functional cookies, statement §4.2). Without that consent the
 * language lives in the URL only (`/nl/...`) and no cookie is written; when the consent is
 * withdrawn, core deletes the cookie with the service's other declared items (R13). Host-only:
 * the Platform alone reads it. Renders nothing.
 */
export function LanguageMemory({ language }: { language: string }) {
  const allowed = useConsent('localePreference');
  useEffect(() => {
    if (!allowed || readCookieValue(document.cookie, LANGUAGE_COOKIE) === language) return;
    const secure = location.protocol === 'https:' ? '; Secure' : '';
    document.cookie = `${LANGUAGE_COOKIE}=${language}; Path=/; Max-Age=${MAX_AGE_SECONDS}; SameSite=Lax${secure}`;
  }, [allowed, language]);
  return null;
}
