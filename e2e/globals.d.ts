// What the test pages put on `window` (fixture harnesses, stand-ins, probes), for the type check
// of the .mjs test scripts (tsconfig.scripts.json). Test-only: nothing here ships.
import type { ConsentManager, RevocationEvent } from '@introw/consent-core';

/** The script-tag build's global (packages/dom/src/iife/main.ts), as the tests use it. */
interface IntrowConsentGlobal {
  init(config: unknown, options?: unknown): Promise<ConsentManager>;
  stop(): void;
  ready: Promise<ConsentManager>;
  manager: ConsentManager;
  [key: string]: unknown;
}

declare global {
  /** The script-tag build's global, read bare in page functions. */
  var IntrowConsent: IntrowConsentGlobal;
  interface Window {
    /** The script-tag build's global (packages/dom). */
    IntrowConsent: IntrowConsentGlobal;
    /** Probes of the plain-ESM and script-tag tests: what a page function saw. */
    __text: unknown;
    __embed: unknown;
    __cspViolation: (line: string) => void;
    __started: unknown;
    /** The core fixture harness's manager (packages/core/browser-tests/fixtures). */
    consent: ConsentManager;
    /** The harness's events by type. */
    __events: { revocation: RevocationEvent[] } & Record<string, unknown[]>;
    /** What ran on the page, in order (gated scripts, stand-ins). */
    __log: unknown[];
    /** Set once the harness has mounted. */
    __ready: boolean;
    /** Remounts the harness's manager. */
    remount: () => void;
    /** Per page load: how often each vendor stand-in ran (e2e/vendors.mjs). */
    __vendorRuns: Record<string, number>;
    /** Hosts whose stand-in ran (a11y/lib/browser.mjs). */
    __standIns: string[];
    /** IAB TCF and GPP entry points, which the library must never define (R23). */
    __tcfapi?: unknown;
    __gpp?: unknown;
    /** Set by a script that must never run (the security tests). */
    __pwned: unknown;
    /** Violations a probe recorded. */
    __violations: unknown[];
    /** Whether the banner was seen before hydration (a11y SSR tests). */
    __bannerSeen: boolean;
    /** The words of the elements' text that the browser broke across lines (a11y phone tests). */
    __brokenWords: (elements: Iterable<Element> | ArrayLike<Element>) => string[];
    /**
     * Google's command queue (Consent Mode): gtag's Arguments objects and plain event objects;
     * the tests inspect the entries dynamically.
     */
    // biome-ignore lint/suspicious/noExplicitAny: mixed entries, read by shape at run time
    dataLayer: any[];
    /** HubSpot's command queue. */
    _hsq: unknown[];
    /** axe-core, once injected. */
    axe: typeof import('axe-core');
  }
}
