/**
 * Introw's Platform on Next.js (App Router), with next-auth.
 *
 * `@introw/example-config` exports its TypeScript source, so Next compiles it; the consent
 * packages are consumed through their `exports` (the built `dist/`), exactly as a site would.
 *
 * @type {import('next').NextConfig}
 */
const nextConfig = {
  transpilePackages: ['@introw/example-config'],
  // The records service (app/consent/[...path]/route.ts) runs as Node code from node_modules:
  // PGlite loads its WebAssembly and data files next to its own module, and pg its sockets.
  serverExternalPackages: ['@introw/consent-server', '@electric-sql/pglite', 'pg'],
  poweredByHeader: false,
  reactStrictMode: true,
  // `next dev` serves its own files to other host names only when listed: the shared-consent
  // setup opens the Platform as rooms.introw.test (README).
  allowedDevOrigins: ['rooms.introw.test', '*.introw.test'],
};

export default nextConfig;
