/**
 * Vue-specific: what this package's barrel exports (core re-exported, plus the Vue API by name).
 * The shared adapter suite (packages/adapter-tests) tests behaviour, not package surfaces.
 */
import { describe, expect, it } from 'vitest';
import * as core from '@introw/consent-core';
import * as vue from '../index';

describe('the package barrel', () => {
  it('re-exports every runtime export of @introw/consent-core unchanged, so an app installs one package', () => {
    const reexported = vue as unknown as Record<string, unknown>;
    const missing = Object.keys(core).filter((name) => reexported[name] !== (core as Record<string, unknown>)[name]);
    expect(missing).toEqual([]);
  });

  it('exports the Vue API by name, with the React names for the shared parts', () => {
    for (const name of ['createConsent', 'useConsentManager', 'useConsentState', 'useConsent', 'useConsentUi']) {
      expect(typeof (vue as Record<string, unknown>)[name], name).toBe('function');
    }
    for (const name of ['ConsentProvider', 'ConsentBanner', 'ConsentPreferences', 'ConsentSettingsButton', 'ConsentGate', 'GatedEmbed', 'CookieDeclaration']) {
      const component = (vue as Record<string, unknown>)[name] as { name?: string; setup?: unknown } | undefined;
      expect(typeof component?.setup, name).toBe('function');
      expect(component?.name, name).toBe(name);
    }
    expect(typeof vue.consentManagerKey).toBe('symbol');
  });
});
