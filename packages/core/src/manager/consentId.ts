import { B64 } from '../storage/encoding';

/**
 * A random consent id: 22 base64url characters (132 bits) from the platform CSPRNG. An id is an
 * identifier, not a secret: where no CSPRNG exists (a hostile or very old page) `Math.random`
 * stands in, so the visitor can still decide.
 *
 * @returns E.g. `Yv-rQAb8PvwQjtVjwuIbCM`.
 * @example
 * ```ts
 * randomConsentId().length; // 22
 * ```
 * @remarks R14: docs/rules.md (a random consent id, never an IP or user agent).
 */
export function randomConsentId(): string {
  let bytes: Uint8Array;
  try {
    bytes = crypto.getRandomValues(new Uint8Array(22));
  } catch {
    bytes = Uint8Array.from({ length: 22 }, () => Math.floor(Math.random() * 256));
  }
  let id = '';
  for (const b of bytes) id += B64[b & 63];
  return id;
}
