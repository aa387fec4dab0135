import type { NextAuthOptions } from 'next-auth';
import CredentialsProvider from 'next-auth/providers/credentials';
import { verifyDemoUser } from './demoUser';

/**
 * The demo's signing secret, used when `NEXTAUTH_SECRET` is not set. Refused when the Platform
 * runs on an https `NEXTAUTH_URL` (a real deployment): fail closed rather than sign sessions
 * with a secret that is published in this repository.
 */
const DEMO_SECRET = 'introw-platform-demo-secret-do-not-deploy';

function authSecret(): string {
  const secret = process.env.NEXTAUTH_SECRET;
  if (secret) return secret;
  if (process.env.NEXTAUTH_URL?.startsWith('https://')) {
    throw new Error('[introw platform] NEXTAUTH_URL is https but NEXTAUTH_SECRET is not set: set a secret of your own (openssl rand -base64 32).');
  }
  return DEMO_SECRET;
}

/**
 * The session cookie's lifetime in seconds. The cookie statement (§4.1) says the session token
 * lives 30 seconds and is refreshed every 30 seconds: the default. `INTROW_SESSION_SECONDS`
 * overrides it (the browser tests set an hour, so that no wait on a busy machine signs them out).
 */
export function sessionSeconds(): number {
  const value = Number(process.env.INTROW_SESSION_SECONDS);
  return Number.isInteger(value) && value > 0 ? value : 30;
}

/**
 * next-auth for the Platform: a credentials provider checked against the demo user, JWT
 * sessions. next-auth names its cookies itself: `__Secure-next-auth.session-token`,
 * `__Secure-next-auth.callback-url` and `__Host-next-auth.csrf-token` when the Platform's URL is
 * https, `next-auth.*` over http; all are declared strictly necessary in
 * `@introw/example-config` (statement §4.1), so consent never gates or sweeps them.
 *
 * The sign-in page is `/signin` (the proxy adds the language: `/en/signin`).
 */
export const authOptions: NextAuthOptions = {
  secret: authSecret(),
  session: { strategy: 'jwt', maxAge: sessionSeconds() },
  pages: { signIn: '/signin' },
  providers: [
    CredentialsProvider({
      id: 'credentials',
      name: 'Introw demo account',
      credentials: {
        email: { label: 'Email', type: 'email' },
        password: { label: 'Password', type: 'password' },
      },
      authorize: (credentials) => verifyDemoUser(credentials?.email, credentials?.password),
    }),
  ],
};
