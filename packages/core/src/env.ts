/**
 * The one place core touches browser globals, always lazily (never at import time), so core
 * imports cleanly in Node for SSR. Tests replace these through the manager's options.
 */

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
    return typeof navigator !== 'undefined' && (navigator as { globalPrivacyControl?: unknown }).globalPrivacyControl === true;
  } catch {
    return false;
  }
}

/** A random consent id: 16 bytes from the platform CSPRNG, base64url (22 characters). */
export function randomConsentId(): string {
  const bytes = new Uint8Array(16);
  globalThis.crypto.getRandomValues(bytes);
  let bin = '';
  for (const b of bytes) bin += String.fromCharCode(b);
  return btoa(bin).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}

const warned = new Set<string>();
/** Dev-only warning, prefixed and de-duplicated. */
export function warnOnce(message: string): void {
  if (typeof process !== 'undefined' && process.env?.NODE_ENV === 'production') return;
  if (warned.has(message)) return;
  warned.add(message);
  console.warn(`[@introw/consent] ${message}`);
}
