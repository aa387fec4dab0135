/**
 * React-specific: what this package's barrel exports (core re-exported, plus the React API by
 * name). The shared adapter suite (packages/adapter-tests) tests behaviour, not package surfaces.
 */
import { describe, expect, it } from 'vitest';
import * as core from '@introw/consent-core';
import * as react from '../index';

describe('the package barrel', () => {
  it('re-exports every runtime export of @introw/consent-core unchanged, so an app installs one package', () => {
    const reexported = react as unknown as Record<string, unknown>;
    const missing = Object.keys(core).filter((name) => reexported[name] !== (core as Record<string, unknown>)[name]);
    expect(missing).toEqual([]);
  });

  it('exports the React API by name', () => {
    for (const name of [
      'ConsentProvider',
      'useConsentManager',
      'useConsentState',
      'useConsent',
      'useConsentUi',
      'ConsentBanner',
      'ConsentPreferences',
      'ConsentSettingsButton',
      'ConsentGate',
      'GatedEmbed',
      'CookieDeclaration',
    ]) {
      expect(typeof (react as Record<string, unknown>)[name], name).toBe('function');
    }
  });
});
