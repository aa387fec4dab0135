/**
 * Introw's demo on Next.js (App Router).
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
};

export default nextConfig;
