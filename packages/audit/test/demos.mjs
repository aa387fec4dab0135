/**
 * The demos the audit suite (./run.mjs) audits, each against Introw's config
 * (examples/introw-config/src/index.ts, export `introwConfig`) unless it says otherwise, with
 * the vendor hosts answered by the end-to-end stand-ins. Every one must give zero errors.
 *
 * Adding a demo is one line:
 * - a built static site or single-page app:  spa('name', '@introw/example-x', 'examples/x/dist'),
 * - a site run by its own server:            server('name', '@introw/example-x', (port) => ['node_modules/.bin/next', 'start', '--port', String(port)], 'examples/x'),
 * with `{ config, exportName, args, built }` as a last argument for another config, extra CLI flags
 * (e.g. `{ args: ['--skip-unseen', 'nextAuth'] }`) or, for a server demo, a file its build leaves
 * (without one it is built on every run; with one, only when the file is missing or with `--build`).
 */

/** @typedef {{ config?: string, exportName?: string, args?: string[], built?: string }} DemoOptions */
/**
 * @typedef {{ name: string, pkg: string, config: string, exportName: string, args: string[], built?: string } &
 *   ({ kind: 'spa', dist: string } | { kind: 'server', cwd: string, command: (port: number) => string[] })} Demo
 */

const INTROW = { config: 'examples/introw-config/src/index.ts', exportName: 'introwConfig', args: [] };

/** A demo built (`pnpm --filter <pkg> build`) into static files, served with a SPA fallback. */
export const spa = (name, pkg, dist, options = {}) => ({ ...INTROW, ...options, name, pkg, kind: 'spa', dist });

/** A demo that runs its own server: `command(port)` is started in `cwd` after the build. */
export const server = (name, pkg, command, cwd, options = {}) => ({ ...INTROW, ...options, name, pkg, kind: 'server', command, cwd });

/** @type {Demo[]} */
export const DEMOS = [
  spa('react', '@introw/example-react', 'examples/react/dist'),
  spa('vue', '@introw/example-vue', 'examples/vue/dist'),
  server(
    'static',
    '@introw/example-static',
    (port) => ['node', 'server.mjs', '--host', '127.0.0.1', '--port', String(port), '--database', 'memory:'],
    'examples/static',
    { built: 'packages/dom/dist/consent.iife.js' },
  ),
  server('next', '@introw/example-next', (port) => ['node_modules/.bin/next', 'start', '--hostname', '127.0.0.1', '--port', String(port)], 'examples/next', {
    built: 'examples/next/.next/BUILD_ID',
  }),
];
