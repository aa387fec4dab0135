import { createHash, timingSafeEqual } from 'node:crypto';

/**
 * The demo's one account. The Platform signs in offline with next-auth's credentials provider
 * against this user; a real deployment checks its own user store instead.
 */
export const DEMO_USER = {
  id: 'demo',
  name: 'Dana Demo',
  email: 'demo@introw.io',
  password: 'introw-demo',
} as const;

/** Compares two strings in constant time (hashes first, so the lengths do not leak either). */
function same(a: string, b: string): boolean {
  const digest = (s: string) => createHash('sha256').update(s).digest();
  return timingSafeEqual(digest(a), digest(b));
}

/**
 * The demo user for a matching email (case-insensitive) and password, else `null`: what
 * next-auth's `authorize` returns. Anything that is not a string fails.
 */
export function verifyDemoUser(email: unknown, password: unknown): { id: string; name: string; email: string } | null {
  if (typeof email !== 'string' || typeof password !== 'string') return null;
  const emailOk = same(email.trim().toLowerCase(), DEMO_USER.email);
  const passwordOk = same(password, DEMO_USER.password);
  return emailOk && passwordOk ? { id: DEMO_USER.id, name: DEMO_USER.name, email: DEMO_USER.email } : null;
}
