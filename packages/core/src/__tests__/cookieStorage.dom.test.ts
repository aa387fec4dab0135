import { afterEach, describe, expect, it, vi } from 'vitest';
import { cookieStorage, createConsentManager, readCookieValue } from '../index';
import { config } from './fixtures';

/** Records every cookie string the code assigns, on top of jsdom's real jar. */
function spyCookies(): string[] {
  const writes: string[] = [];
  const proto = Object.getPrototypeOf(document);
  const desc = Object.getOwnPropertyDescriptor(Document.prototype, 'cookie')!;
  Object.defineProperty(document, 'cookie', {
    configurable: true,
    get: () => desc.get!.call(document),
    set: (v: string) => {
      writes.push(v);
      desc.set!.call(document, v);
    },
  });
  void proto;
  return writes;
}

describe('cookieStorage', () => {
  afterEach(() => {
    delete (document as unknown as Record<string, unknown>).cookie;
    for (const c of document.cookie.split(';')) document.cookie = `${c.split('=')[0]!.trim()}=; Expires=Thu, 01 Jan 1970 00:00:00 GMT; Path=/`;
  });

  it('writes a first-party cookie with Path=/, SameSite=Lax and Expires in UTC at the decision lifetime', () => {
    const writes = spyCookies();
    const T0 = Date.UTC(2026, 10, 29, 10);
    const consent = createConsentManager(config, { gpc: false, now: () => T0 });
    consent.acceptAll();
    const cookie = writes.find((w) => w.startsWith('introw_consent=') && !w.includes('Max-Age=0'))!;
    expect(cookie).toContain('; Path=/');
    expect(cookie).toContain('; SameSite=Lax');
    expect(cookie).toContain(`; Expires=${new Date(T0 + 182 * 86_400_000).toUTCString()}`);
    expect(cookie).toMatch(/GMT/);
    expect(cookie).not.toContain('Secure'); // jsdom pages are http://localhost
    expect(consent.getSnapshot().persisted).toBe(true);
    expect(readCookieValue(document.cookie, 'introw_consent')).toBe(cookie.split(';')[0]!.slice('introw_consent='.length));
  });

  it('honours name, domain, path, sameSite and secure options', () => {
    const writes = spyCookies();
    const storage = cookieStorage({ name: 'cc', domain: 'localhost', path: '/', sameSite: 'Strict', secure: true });
    storage.write('v1', { expiresAt: new Date(Date.UTC(2027, 0, 1)) });
    // First every other copy of the cookie is expired (host-only here: localhost has no parent domain), then the value is set.
    expect(writes).toEqual(['cc=; Max-Age=0; Path=/', 'cc=v1; Path=/; Expires=Fri, 01 Jan 2027 00:00:00 GMT; SameSite=Strict; Domain=localhost; Secure']);
    storage.clear();
    expect(writes.at(-1)).toContain('Expires=Thu, 01 Jan 1970 00:00:00 GMT');
  });

  it('a cookie the browser refuses is detected by the read-back after the frame (error event, persisted: false)', async () => {
    // A Secure cookie on an http page: the browser drops it.
    const consent = createConsentManager(config, { gpc: false, storage: cookieStorage({ name: 'cc', secure: true }) });
    const kinds: string[] = [];
    consent.on('error', (e) => kinds.push(e.kind));
    consent.acceptAll();
    expect(consent.hasConsent('analytics')).toBe(true); // applied at once, read back after the frame
    await vi.waitFor(() => expect(kinds).toEqual(['storage-verify']));
    expect(consent.getSnapshot().persisted).toBe(false);
    expect(consent.hasConsent('analytics')).toBe(true);
  });

  it('readCookieValue takes the first cookie of that exact name', () => {
    expect(readCookieValue('a=1; introw_consent=x; introw_consent=y', 'introw_consent')).toBe('x');
    expect(readCookieValue('introw_consent_old=z', 'introw_consent')).toBeNull();
    expect(readCookieValue(null, 'a')).toBeNull();
  });
});
