'use client';
import { useEffect, useRef } from 'react';
import { useRouter } from 'next/navigation';
import { useConsentState } from '@introw/consent-react';
import './register';

/**
 * Parts of the Platform are decided on the server from the consent cookie (the layout leaves
 * Hotjar's tag out unless it is granted). When the visitor changes the choice on this page,
 * this asks Next.js to render the server components again with the new cookie, so those parts
 * follow at once instead of at the next page load. Renders nothing.
 */
export function RefreshOnConsentChange() {
  const state = useConsentState();
  const router = useRouter();
  const key = JSON.stringify([state.decided, state.services]);
  const rendered = useRef(key);
  useEffect(() => {
    if (key === rendered.current) return;
    rendered.current = key;
    router.refresh();
  }, [key, router]);
  return null;
}
