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
  poweredByHeader: false,
  reactStrictMode: true,
  // `next dev` serves its own files to other host names only when listed: the shared-consent
  // setup opens the Platform as rooms.introw.test (README).
  allowedDevOrigins: ['rooms.introw.test', '*.introw.test'],
};

export default nextConfig;
