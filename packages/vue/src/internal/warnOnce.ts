const warned = new Set<string>();

/** Development-only warning, prefixed with the library name and de-duplicated. */
export function warnOnce(message: string): void {
  if (typeof process !== 'undefined' && process.env.NODE_ENV === 'production') return;
  if (warned.has(message)) return;
  warned.add(message);
  console.warn(`[@introw/consent] ${message}`);
}
