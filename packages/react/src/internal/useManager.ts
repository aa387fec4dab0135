'use client';
import { useContext } from 'react';
import type { ConsentManager } from '@introw/consent-core';
import { ConsentContext } from './ConsentContext';

/**
 * The manager of the nearest provider, untyped by ids (components take ids as props).
 *
 * @param caller - Named in the error, e.g. `useConsent()` or `<ConsentBanner>`.
 * @throws {Error} Outside a `<ConsentProvider>`; the message says how to fix it.
 */
export function useManager(caller: string): ConsentManager {
  const manager = useContext(ConsentContext);
  if (!manager) {
    // The whole explanation in development builds; production builds keep a short message (bytes).
    throw new Error(
      process.env.NODE_ENV !== 'production'
        ? `[@introw/consent] ${caller} was used outside a consent provider. ` +
            'Wrap your app in <ConsentProvider config={...}> (from @introw/consent-react), ' +
            'or pass a ready manager: <ConsentProvider manager={manager}>.'
        : `[@introw/consent] ${caller}: no consent provider`,
    );
  }
  return manager;
}
