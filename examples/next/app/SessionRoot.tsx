'use client';
import type { ReactNode } from 'react';
import type { Session } from 'next-auth';
import { SessionProvider } from 'next-auth/react';

/**
 * Keeps a signed-in visitor's session alive: the session cookie lives as long as the
 * statement says (30 seconds by default), and next-auth renews it each time the client asks
 * for the session, every `refetchSeconds` and when the window regains focus. Visitors who are
 * not signed in get no provider, so nothing polls next-auth and no next-auth cookie is set.
 */
export function SessionRoot({ session, refetchSeconds, children }: { session: Session | null; refetchSeconds: number; children: ReactNode }) {
  if (!session) return <>{children}</>;
  return (
    <SessionProvider session={session} refetchInterval={refetchSeconds}>
      {children}
    </SessionProvider>
  );
}
