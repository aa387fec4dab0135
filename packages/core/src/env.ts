/**
 * The one place core touches browser globals, always lazily (never at import time), so core
 * imports cleanly in Node for SSR. Tests replace these through the manager's options.
 */
import { B64 } from './encoding';

/** The page's `window`, or `undefined` on a server. */
export function getWindow(): (Window & typeof globalThis) | undefined {
  return typeof window === 'undefined' ? undefined : window;
}

/** The page's `document`, or `undefined` on a server. */
export function getDocument(): Document | undefined {
  return typeof document === 'undefined' ? undefined : document;
}

/** `navigator.globalPrivacyControl === true` exactly (R21: W3C GPC spec). */
export function readGpcSignal(): boolean {
  try {
    return (navigator as { globalPrivacyControl?: unknown }).globalPrivacyControl === true;
  } catch {
    return false;
  }
}

/** A random consent id: 22 base64url characters (132 bits) from the platform CSPRNG. */
export function randomConsentId(): string {
  let bytes: Uint8Array;
  try {
    bytes = crypto.getRandomValues(new Uint8Array(22));
  } catch {
    // No CSPRNG (a hostile or very old page): an id is an identifier, not a secret, so the
    // visitor can still decide.
    bytes = Uint8Array.from({ length: 22 }, () => Math.floor(Math.random() * 256));
  }
  let id = '';
  for (const b of bytes) id += B64[b & 63];
  return id;
}

/**
 * Runs `task` once the browser is idle after first paint, at the latest after 500 ms
 * (`requestIdleCallback`; a timer where it is missing). Not cancellable: `task` checks
 * whether it is still wanted.
 */
export function whenIdle(task: () => void): void {
  if (typeof requestIdleCallback === 'function') requestIdleCallback(task, { timeout: 500 });
  else setTimeout(task, 1);
}

const warned = new Set<string>();
/**
 * Dev-only warning, prefixed and de-duplicated. Callers guard each call with
 * `process.env.NODE_ENV !== 'production'`, so production bundles drop the message text.
 */
export function warnOnce(message: string): void {
  if (!warned.has(message)) {
    warned.add(message);
    console.warn(`[@introw/consent] ${message}`);
  }
}
