const warned = new Set<string>();

/**
 * A development warning, prefixed `[@introw/consent]` and printed once per message. Callers
 * guard each call with `process.env.NODE_ENV !== 'production'`, so production bundles neither
 * ship the message nor print it. The one warning helper of core and every renderer.
 *
 * @param message - What is wrong and how to fix it.
 * @example
 * ```ts
 * if (process.env.NODE_ENV !== 'production') warnOnce('config.siteName is not set');
 * ```
 */
export function warnOnce(message: string): void {
  if (!warned.has(message)) {
    warned.add(message);
    console.warn(`[@introw/consent] ${message}`);
  }
}
