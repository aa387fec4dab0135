import type { ConsentMethod } from '../config/types';
import { DAY_MS, type ConsentModel } from '../config/model';
import { hasOwn } from '../config/own';

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

/** The base64url alphabet: bits of the stored value, and the characters of consent ids. */
export const B64 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_';
const METHODS: Record<string, ConsentMethod> = { a: 'accept-all', r: 'reject-all', c: 'custom' };
/** Upper bound for a stored value we even try to parse (R29: the cookie stays far below 4096 bytes). */
export const MAX_ENCODED_LENGTH = 1024;
/**
 * How far in the future a stored decision may be dated and still count: 5 minutes of clock skew
 * between the device that decided and this one (another tab's clock, the server's `now`).
 * Anything later is forged or broken and means "no decision".
 */
export const CLOCK_SKEW_MS = 5 * 60_000;

const seconds = (ms: number): string => Math.floor(ms / 1000).toString(36);

/**
 * Encodes a decision compactly: `1.<revision>.<id>.<decidedAt>.<expiresAt>.<method>.<gpc>.<fingerprint>.<bits>`,
 * numbers in base 36 (seconds for times), one bit per category and service in base64url
 * (bit order: sorted category ids, then sorted service ids).
 * The value has no `;`, `,`, space or quote, and 200 services take 34 characters (R29).
 */
export function encodeConsent(stored: StoredConsent, model: ConsentModel): string {
  const { order } = model;
  let bits = '';
  for (let i = 0; i < order.length; i += 6) {
    let v = 0;
    for (let b = 0; b < 6; b++) if (stored.granted.has(order[i + b]!)) v |= 1 << b;
    bits += B64[v];
  }
  return `1.${stored.revision.toString(36)}.${stored.id}.${seconds(stored.decidedAt)}.${seconds(stored.expiresAt)}.${stored.method[0]}.${+stored.gpcAtDecision}.${stored.fingerprint}.${bits}`;
}

/**
 * Decodes a stored value. Anything unreadable, tampered, oversized, for another layout or
 * internally inconsistent gives `null` ("no decision"): it never throws and never grants (R30).
 * A value counts only when it is exactly what {@link encodeConsent} writes for what it says
 * (so no extra field, other version, non-canonical number or stray padding bit passes), its
 * id is 8-64 base64url characters, its lifetime 1..400 days, and it is not dated more than
 * {@link CLOCK_SKEW_MS} (5 minutes) in the future.
 *
 * @param raw - The stored string, or anything else (non-strings give `null`).
 * @param now - Current time in epoch ms (used to reject decisions dated in the future).
 */
export function decodeConsent(raw: unknown, model: ConsentModel, now: number): StoredConsent | null {
  if (typeof raw !== 'string' || raw.length > MAX_ENCODED_LENGTH) return null;
  const [, revision, id = '', t, x, method = '', gpc, fingerprint = '', bits = ''] = raw.split('.');
  const decidedAt = parseInt(t!, 36) * 1000;
  const expiresAt = parseInt(x!, 36) * 1000;
  const stored: StoredConsent = {
    revision: parseInt(revision!, 36),
    id,
    decidedAt,
    expiresAt,
    method: METHODS[method]!,
    gpcAtDecision: gpc === '1',
    fingerprint,
    granted: new Set(model.order.filter((_, i) => (B64.indexOf(bits[(i / 6) | 0]!) >> (i % 6)) & 1)),
  };
  return fingerprint === model.fingerprint &&
    /^[\w-]{8,64}$/.test(id) &&
    hasOwn(METHODS, method) &&
    expiresAt > decidedAt &&
    expiresAt - decidedAt <= 400 * DAY_MS &&
    decidedAt <= now + CLOCK_SKEW_MS &&
    // Consistent with itself: nothing required is stored as a choice, and a refusal grants nothing.
    ![...stored.granted].some((g) => model.required.has(g)) &&
    !(method === 'r' && stored.granted.size) &&
    encodeConsent(stored, model) === raw
    ? stored
    : null;
}

/** True when every id `a` grants is granted by `b` too. */
const within = (a: StoredConsent, b: StoredConsent): boolean => [...a.granted].every((id) => b.granted.has(id));

/**
 * Decides among several stored values (copies of the consent cookie on other paths or domains,
 * all visible at once). Garbage is ignored. When the valid copies agree on what they grant, the
 * newest counts; when they disagree, the most restrictive counts (the copy whose grants every
 * other copy also grants), and when none is (each grants something another refuses) there is
 * no decision. Copies of an older revision or past their lifetime do not compete. So a copy that grants more, whoever wrote it and whatever date it claims, never
 * beats a refusal: a sibling subdomain can take grants away, never add one.
 *
 * @param values - Raw stored values, e.g. every `introw_consent` in a Cookie header.
 * @param now - Current time, epoch ms.
 * @returns The decision that counts, or `null` (R30: fail closed).
 * @example
 * ```ts
 * decodeCopies(readCookieValues(cookieHeader, 'introw_consent'), model, Date.now());
 * ```
 * @remarks R10, R30: docs/rules.md; the core README's "Security model".
 */
export function decodeCopies(values: readonly unknown[], model: ConsentModel, now: number): StoredConsent | null {
  const valid = values.map((v) => decodeConsent(v, model, now)).filter((d): d is StoredConsent => !!d);
  // Only copies that still count compete; with none, the newest stale one (it grants nothing)
  // keeps the browser's consent id for its next decision.
  const current = valid.filter((d) => d.revision === model.revision && d.expiresAt > now);
  const pool = current.length ? current : valid;
  let best: StoredConsent | null = null;
  for (const d of pool) {
    if (current.length && !current.every((other) => within(d, other))) continue;
    if (!best || d.decidedAt >= best.decidedAt) best = d;
  }
  return best;
}
