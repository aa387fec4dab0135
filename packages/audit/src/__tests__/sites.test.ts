import { describe, expect, it } from 'vitest';
import { siteOf, thirdPartyTest } from '../sites';

describe('sites', () => {
  it('a site is the registrable domain, or the host itself without a public suffix', () => {
    expect(siteOf('www.introw.io')).toBe('introw.io');
    expect(siteOf('.introw.co.uk')).toBe('introw.co.uk');
    expect(siteOf('127.0.0.1')).toBe('127.0.0.1');
    expect(siteOf('localhost')).toBe('localhost');
  });

  it('subdomains of the site are first party; allowed hosts too', () => {
    const third = thirdPartyTest('https://www.introw.io/', ['cdn.example.net', '.fonts.example']);
    expect(third('rooms.introw.io')).toBe(false);
    expect(third('.introw.io')).toBe(false);
    expect(third('www.googletagmanager.com')).toBe(true);
    expect(third('cdn.example.net')).toBe(false);
    expect(third('a.fonts.example')).toBe(false);
    expect(third('other.example.net')).toBe(true);
    expect(thirdPartyTest('http://127.0.0.1:5173/')('127.0.0.1')).toBe(false);
  });
});
