const warned = new Set<string>();

/**
 * Development-only warning, prefixed with the library name and de-duplicated. Callers guard
 * each call with `process.env.NODE_ENV !== 'production'`, so production bundles drop the text.
 */
export function warnOnce(message: string): void {
  if (warned.has(message)) return;
  warned.add(message);
  console.warn(`[@introw/consent] ${message}`);
}
