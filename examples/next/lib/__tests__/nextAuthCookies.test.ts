import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { NextApiRequest, NextApiResponse } from 'next';
import type { NextAuthOptions } from 'next-auth';
import { introwConfig } from '@introw/example-config';
import type { CookieDeclaration, ServiceConfig } from '@introw/consent-core';
import { DEMO_USER } from '../demoUser';

/** The services (and their categories) whose cookie declarations match `name`. */
function declaredBy(name: string): string[] {
  return Object.entries(introwConfig.services as Record<string, ServiceConfig>).flatMap(([id, service]) =>
    (service.cookies ?? []).some((c: CookieDeclaration) => (c.name !== undefined ? c.name === name : new RegExp(c.pattern!).test(name)))
      ? [`${service.category}/${id}`]
      : [],
  );
}

/** What next-auth's handler answered: status, cookies set (name and attributes), body. */
interface Answer {
  status: number;
  cookies: { name: string; value: string; attributes: string }[];
  body: unknown;
}

/**
 * Runs next-auth's real handler (its pages-API entry: no Next.js server needed) with the
 * Platform's `authOptions`, on a request for `action`, as if it came over `proto`.
 */
async function nextAuth(
  options: NextAuthOptions,
  proto: 'http' | 'https',
  action: string[],
  init: { method?: string; cookies?: Record<string, string>; body?: Record<string, string> } = {},
): Promise<Answer> {
  const { default: NextAuth } = await import('next-auth');
  const headers: Record<string, string[] | string> = {};
  const answer: Answer = { status: 200, cookies: [], body: undefined };
  const req = {
    method: init.method ?? 'GET',
    query: { nextauth: action },
    cookies: init.cookies ?? {},
    body: init.body ?? {},
    headers: { host: 'rooms.introw.test:3000', 'x-forwarded-proto': proto },
  } as unknown as NextApiRequest;
  const res = {
    getHeader: (key: string) => headers[key.toLowerCase()],
    setHeader(key: string, value: string | string[]) {
      headers[key.toLowerCase()] = value;
      return res;
    },
    status(code: number) {
      answer.status = code;
      return res;
    },
    send(body: unknown) {
      answer.body = body;
    },
    json(body: unknown) {
      answer.body = body;
    },
    end() {},
  } as unknown as NextApiResponse;
  await NextAuth(req, res, options);
  for (const line of [headers['set-cookie'] ?? []].flat()) {
    const [pair = '', ...attributes] = line.split('; ');
    const eq = pair.indexOf('=');
    answer.cookies.push({ name: pair.slice(0, eq), value: pair.slice(eq + 1), attributes: attributes.join('; ') });
  }
  return answer;
}

/** Signs the demo user in (CSRF token, then the credentials callback); returns every cookie set on the way. */
async function signIn(options: NextAuthOptions, proto: 'http' | 'https', password: string = DEMO_USER.password) {
  const csrf = await nextAuth(options, proto, ['csrf']);
  const { csrfToken } = csrf.body as { csrfToken: string };
  const jar = Object.fromEntries(csrf.cookies.map((c) => [c.name, decodeURIComponent(c.value)]));
  const callback = await nextAuth(options, proto, ['callback', 'credentials'], {
    method: 'POST',
    cookies: jar,
    body: { csrfToken, email: DEMO_USER.email, password, json: 'true' },
  });
  return [...csrf.cookies, ...callback.cookies];
}

describe('next-auth on the Platform: its real cookies are the ones the config declares strictly necessary (statement §4.1, R7)', () => {
  beforeEach(() => {
    vi.resetModules();
    vi.stubEnv('AUTH_TRUST_HOST', 'true'); // as examples/next/.env sets it
    vi.stubEnv('NEXTAUTH_URL', '');
    vi.stubEnv('NEXTAUTH_SECRET', 'a-secret-for-this-test');
  });
  afterEach(() => vi.unstubAllEnvs());

  it.each([
    ['http', ['next-auth.callback-url', 'next-auth.csrf-token', 'next-auth.session-token']],
    ['https', ['__Host-next-auth.csrf-token', '__Secure-next-auth.callback-url', '__Secure-next-auth.session-token']],
  ] as const)('over %s the demo user signs in and gets %j, each declared once, by next-auth in the necessary category', async (proto, expected) => {
    const { authOptions } = await import('../auth');
    const cookies = await signIn(authOptions, proto);
    expect([...new Set(cookies.map((c) => c.name))].sort()).toEqual(expected);
    for (const cookie of cookies) {
      expect(declaredBy(cookie.name), cookie.name).toEqual(['necessary/nextAuth']);
      expect(cookie.attributes).toMatch(/HttpOnly/); // as declared (httpOnly: true): never swept by script (R27)
      if (proto === 'https') expect(cookie.attributes).toMatch(/Secure/);
    }
  });

  it('declares the `.0`, `.1`, ... chunks of a large session token in both forms, and nothing else of next-auth in an optional category', () => {
    for (const base of ['next-auth.session-token', '__Secure-next-auth.session-token']) {
      for (const chunk of ['.0', '.1', '.12']) expect(declaredBy(base + chunk), base + chunk).toEqual(['necessary/nextAuth']);
    }
    for (const name of ['next-auth.session-token.x', 'xnext-auth.session-token', '__Host-next-auth.session-token', '__Secure-next-auth.csrf-token']) {
      expect(declaredBy(name), name).toEqual([]);
    }
  });

  it('a wrong password signs no one in: no session cookie', async () => {
    const { authOptions } = await import('../auth');
    const cookies = await signIn(authOptions, 'http', 'not-the-password');
    expect(cookies.map((c) => c.name)).not.toContain('next-auth.session-token');
  });

  it('the session cookie lives as long as the statement says (30 s) unless INTROW_SESSION_SECONDS says otherwise', async () => {
    let { authOptions } = await import('../auth');
    const session = (cookies: Answer['cookies']) => cookies.find((c) => c.name === 'next-auth.session-token')!;
    const lifetime = (attributes: string) => (Date.parse(/Expires=([^;]+)/.exec(attributes)![1]!) - Date.now()) / 1000;
    expect(lifetime(session(await signIn(authOptions, 'http')).attributes)).toBeLessThanOrEqual(30);
    vi.resetModules();
    vi.stubEnv('INTROW_SESSION_SECONDS', '3600');
    ({ authOptions } = await import('../auth'));
    expect(lifetime(session(await signIn(authOptions, 'http')).attributes)).toBeGreaterThan(3000);
  });

  it('refuses the demo secret on an https NEXTAUTH_URL (a real deployment must set its own)', async () => {
    vi.stubEnv('NEXTAUTH_SECRET', '');
    vi.stubEnv('NEXTAUTH_URL', 'https://rooms.introw.io');
    await expect(import('../auth')).rejects.toThrow(/NEXTAUTH_SECRET/);
  });
});
