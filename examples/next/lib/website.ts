/**
 * The website's address for the Platform's "introw.io" link: `INTROW_WEBSITE_URL` when set,
 * else the local demo on a local host (http://www.introw.test:5173 beside rooms.introw.test,
 * http://localhost:5173 beside localhost), else https://www.introw.io.
 *
 * @param host - The request's `Host` header.
 */
export function websiteUrl(host: string | null): string {
  const configured = process.env.INTROW_WEBSITE_URL;
  if (configured) return configured;
  const name = (host ?? '').replace(/:\d+$/, '').toLowerCase();
  if (name === 'introw.test' || name.endsWith('.introw.test')) return 'http://www.introw.test:5173';
  if (name === 'localhost' || name === '127.0.0.1' || name === '[::1]') return 'http://localhost:5173';
  return 'https://www.introw.io';
}
