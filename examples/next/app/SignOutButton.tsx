'use client';
import { signOut } from 'next-auth/react';

/** Signs out with next-auth and returns to the Platform's home page in the same language. */
export function SignOutButton({ label, home }: { label: string; home: string }) {
  return (
    <button type="button" className="link-button" onClick={() => void signOut({ callbackUrl: home })}>
      {label}
    </button>
  );
}
