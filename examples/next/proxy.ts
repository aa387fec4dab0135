import { NextResponse, type NextRequest } from 'next/server';
import { isLanguage, preferredLanguage } from './lib/languages';

/**
 * Every page of the Platform carries its language in the URL (`/en`, `/nl/cookies`): the
 * language a visitor picks lives there, and in the language cookie only with consent to
 * functional cookies (statement §4.2). A path without a language is redirected to the
 * preferred one (see {@link preferredLanguage}), on whatever host the visitor used
 * (rooms.introw.io, rooms.introw.test, localhost).
 */
export function proxy(request: NextRequest): NextResponse {
  const { pathname, search } = request.nextUrl;
  if (isLanguage(pathname.split('/')[1])) return NextResponse.next();
  const language = preferredLanguage(request.headers.get('cookie'), request.headers.get('accept-language'));
  const target = request.nextUrl.clone();
  target.pathname = `/${language}${pathname === '/' ? '' : pathname}`;
  target.search = search;
  const response = NextResponse.redirect(target, 307);
  // The answer depends on the visitor's cookies and languages: never shared by a cache.
  response.headers.set('vary', 'Cookie, Accept-Language');
  response.headers.set('cache-control', 'private, no-store');
  return response;
}

export const config = {
  // Pages only: not next-auth's /api routes, the records service's /consent routes, Next's own
  // files, or files with an extension.
  matcher: ['/((?!api/|consent/|_next/|.*\\.[a-z0-9]+$).*)'],
};
