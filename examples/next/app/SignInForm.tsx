'use client';
import { useState, type FormEvent } from 'react';
import { signIn } from 'next-auth/react';

/** Texts of {@link SignInForm}, in the page's language. */
export interface SignInFormTexts {
  email: string;
  password: string;
  submit: string;
  failed: string;
  busy: string;
}

/**
 * Where to return after signing in: next-auth's `callbackUrl` query parameter when it points
 * into the Platform itself (a path, or a URL of this origin), else `fallback`. The parameter
 * comes from the address bar, so anything that would leave the Platform is ignored.
 */
function returnPath(value: string | null, fallback: string): string {
  if (!value) return fallback;
  try {
    const url = new URL(value, location.origin);
    return url.origin === location.origin ? url.pathname + url.search : fallback;
  } catch {
    return fallback;
  }
}

/**
 * The credentials form. next-auth's client first fetches `/api/auth/csrf` (the CSRF cookie),
 * then posts the credentials (the session cookie); a full page load follows, so the server
 * renders the signed-in Platform.
 */
export function SignInForm({ texts, home }: { texts: SignInFormTexts; home: string }) {
  const [failed, setFailed] = useState(false);
  const [busy, setBusy] = useState(false);

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    const target = returnPath(new URLSearchParams(location.search).get('callbackUrl'), home);
    setBusy(true);
    setFailed(false);
    const result = await signIn('credentials', {
      email: String(form.get('email') ?? ''),
      password: String(form.get('password') ?? ''),
      callbackUrl: target,
      redirect: false,
    });
    if (result?.ok && !result.error) {
      location.assign(target);
      return;
    }
    setBusy(false);
    setFailed(true);
  }

  return (
    <form className="signin-form" onSubmit={submit} noValidate>
      <label>
        {texts.email}
        <input name="email" type="email" autoComplete="username" required />
      </label>
      <label>
        {texts.password}
        <input name="password" type="password" autoComplete="current-password" required />
      </label>
      <button type="submit" className="primary-button" disabled={busy}>
        {busy ? texts.busy : texts.submit}
      </button>
      <p role="alert" className="form-error">
        {failed ? texts.failed : ''}
      </p>
    </form>
  );
}
