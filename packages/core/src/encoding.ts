import type { ConsentMethod } from './types';
import type { ConsentModel } from './model';

/**
 * The decision as stored: what the visitor chose, under which revision and layout.
 * Times are epoch milliseconds (UTC), truncated to whole seconds.
 */
export interface StoredConsent {
  revision: number;
  id: string;
  decidedAt: number;
  expiresAt: number;
  method: ConsentMethod;
  /** GPC was present when the visitor decided: their grants of GPC-covered items are explicit opt-ins (R22). */
  gpcAtDecision: boolean;
  /** Layout fingerprint of the config the decision was given for. */
  fingerprint: string;
  /** Granted non-required categories and services, by id. */
  granted: ReadonlySet<string>;
}

const FORMAT_VERSION = '1';
const METHOD_CODES: Record<ConsentMethod, string> = { 'accept-all': 'a', 'reject-all': 'r', custom: 'c' };
const CODE_METHODS: Record<string, ConsentMethod> = { a: 'accept-all', r: 'reject-all', c: 'custom' };
const B64 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_';
/** Upper bound for a stored value we even try to parse (R29: the cookie stays far below 4096 bytes). */
export const MAX_ENCODED_LENGTH = 1024;
const PATTERN = /^1\.([0-9a-z]{1,7})\.([A-Za-z0-9_-]{8,64})\.([0-9a-z]{1,9})\.([0-9a-z]{1,9})\.([arc])\.([01])\.([0-9a-z]{1,8})\.([A-Za-z0-9_-]{0,700})$/;
const DAY_MS = 86_400_000;

/** Bit order: sorted category ids, then sorted service ids. */
function bitOrder(model: ConsentModel): string[] {
  return [...[...model.categoryIds].sort(), ...[...model.serviceIds].sort()];
}

/**
 * Encodes a decision compactly: `1.<revision>.<id>.<decidedAt>.<expiresAt>.<method>.<gpc>.<fingerprint>.<bits>`,
 * numbers in base 36 (seconds for times), one bit per category and service in base64url.
 * The value has no `;`, `,`, space or quote, and 200 services take 34 characters (R29).
 */
export function encodeConsent(stored: StoredConsent, model: ConsentModel): string {
  const order = bitOrder(model);
  let bits = '';
  for (let i = 0; i < order.length; i += 6) {
    let v = 0;
    for (let b = 0; b < 6; b++) if (stored.granted.has(order[i + b] ?? '\u0000')) v |= 1 << b;
    bits += B64[v];
  }
  return [
    FORMAT_VERSION,
    stored.revision.toString(36),
    stored.id,
    Math.floor(stored.decidedAt / 1000).toString(36),
    Math.floor(stored.expiresAt / 1000).toString(36),
    METHOD_CODES[stored.method],
    stored.gpcAtDecision ? '1' : '0',
    stored.fingerprint,
    bits,
  ].join('.');
}

/**
 * Decodes a stored value. Anything unreadable, tampered, oversized, for another layout or
 * internally inconsistent gives `null` ("no decision"): it never throws and never grants (R30).
 *
 * @param raw - The stored string, or anything else (non-strings give `null`).
 * @param now - Current time in epoch ms (used to reject decisions dated in the future).
 */
export function decodeConsent(raw: unknown, model: ConsentModel, now: number): StoredConsent | null {
  if (typeof raw !== 'string' || raw.length === 0 || raw.length > MAX_ENCODED_LENGTH) return null;
  const m = PATTERN.exec(raw);
  if (!m) return null;
  const [, rev, id, t, x, methodCode, gpc, fingerprint, bits] = m as unknown as string[];
  if (fingerprint !== model.fingerprint) return null;
  const decidedAt = parseInt(t!, 36) * 1000;
  const expiresAt = parseInt(x!, 36) * 1000;
  // A lifetime outside 1..400 days or a decision from the future (beyond a day of clock skew) is forged or broken.
  if (!(expiresAt > decidedAt) || expiresAt - decidedAt > 400 * DAY_MS || decidedAt > now + DAY_MS) return null;
  const order = bitOrder(model);
  if (bits!.length !== Math.ceil(order.length / 6)) return null;
  const granted = new Set<string>();
  for (let i = 0; i < order.length; i++) {
    const v = B64.indexOf(bits![Math.floor(i / 6)]!);
    if (v & (1 << i % 6)) granted.add(order[i]!);
  }
  // Padding bits beyond the layout must be zero.
  const tail = order.length % 6;
  if (tail && B64.indexOf(bits![bits!.length - 1]!) >> tail) return null;
  return {
    revision: parseInt(rev!, 36),
    id: id!,
    decidedAt,
    expiresAt,
    method: CODE_METHODS[methodCode!]!,
    gpcAtDecision: gpc === '1',
    fingerprint: fingerprint!,
    granted,
  };
}
