/**
 * The two sites under test, served on 127.0.0.1 only:
 * - the built React demo (examples/react/dist) by a small static server with a SPA fallback;
 * - the Next.js demo (examples/next) by `next start` (production) or `next dev` on a free port.
 */
import { spawn, spawnSync } from 'node:child_process';
import { createServer } from 'node:http';
import { existsSync, mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { extname, join, normalize, resolve, sep } from 'node:path';

export const ROOT = resolve(import.meta.dirname, '../..');
export const REACT_DIST = join(ROOT, 'examples/react/dist');
export const NEXT_DIR = join(ROOT, 'examples/next');

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json',
  '.map': 'application/json',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
};

/** pnpm as a command: the pinned root devDependency, else npx (TOOLCHAIN.md). */
function pnpm() {
  const local = join(ROOT, 'node_modules/.bin/pnpm');
  return existsSync(local) ? [local] : ['npx', '-y', 'pnpm@12.4.2'];
}

/** Runs a command in the repo root with inherited output; throws when it fails. */
export function run(args, label) {
  const [command, ...rest] = args[0] === 'pnpm' ? [...pnpm(), ...args.slice(1)] : args;
  console.log(`# ${label}: ${[command, ...rest].join(' ')}`);
  const result = spawnSync(command, rest, {
    cwd: ROOT,
    stdio: ['ignore', 'ignore', 'inherit'],
    env: { ...process.env, NEXT_TELEMETRY_DISABLED: '1' },
  });
  if (result.status !== 0) throw new Error(`${label} failed (exit code ${result.status})`);
}

/**
 * Builds what the tests need: the packages and the React demo when their output is missing
 * (or always with `force`), and the Next.js demo always unless `skipNext` (it bundles the
 * packages' dist, so a stale .next would test old code; the build takes seconds).
 */
export function buildTargets({ force = false, skipNext = false } = {}) {
  const packagesBuilt = ['packages/core/dist/index.js', 'packages/react/dist/index.js', 'packages/server/dist/index.js'].every((f) =>
    existsSync(join(ROOT, f)),
  );
  if (force || !packagesBuilt) run(['pnpm', '-r', '--filter', './packages/**', 'run', 'build'], 'build packages');
  if (force || !existsSync(join(REACT_DIST, 'index.html'))) run(['pnpm', '--filter', '@introw/example-react', 'run', 'build'], 'build React demo');
  if (!skipNext || !existsSync(join(NEXT_DIR, '.next/BUILD_ID'))) run(['pnpm', '--filter', '@introw/example-next', 'run', 'build'], 'build Next.js demo');
}

/** Serves `dir` on 127.0.0.1 (a free port); unknown paths without an extension get index.html (client routing). */
export async function serveStatic(dir) {
  const root = resolve(dir);
  const server = createServer((req, res) => {
    const path = decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname);
    let file = normalize(join(root, path));
    if (file !== root && !file.startsWith(root + sep)) {
      res.writeHead(403).end();
      return;
    }
    if (existsSync(file) && statSync(file).isDirectory()) file = join(file, 'index.html');
    if (!existsSync(file)) {
      if (extname(path)) {
        res.writeHead(404).end();
        return;
      }
      file = join(root, 'index.html');
    }
    res.writeHead(200, { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream', 'cache-control': 'no-store' });
    res.end(readFileSync(file));
  });
  await new Promise((ok, fail) => server.once('error', fail).listen(0, '127.0.0.1', () => ok(undefined)));
  const { port } = /** @type {import('node:net').AddressInfo} */ (server.address());
  return { origin: `http://127.0.0.1:${port}`, close: () => new Promise((ok) => server.close(() => ok())) };
}

/** A port that was free a moment ago on 127.0.0.1. */
export async function freePort() {
  const server = createServer();
  await new Promise((ok, fail) => server.once('error', fail).listen(0, '127.0.0.1', () => ok(undefined)));
  const { port } = /** @type {import('node:net').AddressInfo} */ (server.address());
  await new Promise((ok) => server.close(() => ok()));
  return port;
}

async function waitForHttp(url, child, timeoutMs, output) {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`the server exited (code ${child.exitCode}):\n${output()}`);
    try {
      const res = await fetch(url, { signal: AbortSignal.timeout(30_000) });
      if (res.ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((ok) => setTimeout(ok, 250));
  }
  throw new Error(`${url} did not answer within ${timeoutMs} ms:\n${output()}`);
}

/**
 * Starts the Next.js demo: `mode` "start" serves the production build, "dev" the dev server
 * (React's development build, which reports every hydration mismatch in detail).
 * The server runs in its own process group; `close()` ends that group only. Its records service
 * (app/consent/[...path]/route.ts) keeps records in a PGlite directory of its own, made here in
 * the system's temporary directory and removed by `close()` (PGlite lets one process claim a
 * directory: two servers must never share one), unless `env.CONSENT_DATABASE` names one.
 *
 * @param {'start' | 'dev'} mode
 * @param {{ env?: Record<string, string> }} [options] - Extra environment for the server.
 * @returns {Promise<{ origin: string, database: string, close(): Promise<void>, log(): string }>}
 */
export async function startNext(mode = 'start', { env = {} } = {}) {
  const port = await freePort();
  const ownDatabase = env.CONSENT_DATABASE ? null : mkdtempSync(join(tmpdir(), 'introw-next-consent-'));
  const database = env.CONSENT_DATABASE ?? ownDatabase;
  const bin = join(NEXT_DIR, 'node_modules/.bin/next');
  const child = spawn(bin, [mode, '--hostname', '127.0.0.1', '--port', String(port)], {
    cwd: NEXT_DIR,
    detached: true,
    stdio: ['ignore', 'pipe', 'pipe'],
    env: { ...process.env, NEXT_TELEMETRY_DISABLED: '1', NODE_ENV: mode === 'dev' ? 'development' : 'production', CONSENT_DATABASE: database, ...env },
  });
  let log = '';
  child.stdout.on('data', (d) => (log += d));
  child.stderr.on('data', (d) => (log += d));
  const origin = `http://127.0.0.1:${port}`;
  const removeDatabase = () => {
    if (ownDatabase) rmSync(ownDatabase, { recursive: true, force: true });
  };
  const close = async () => {
    if (child.exitCode !== null) return removeDatabase();
    const exited = new Promise((ok) => child.once('exit', ok));
    try {
      process.kill(-child.pid, 'SIGTERM');
    } catch {
      // already gone
    }
    const timer = setTimeout(() => {
      try {
        process.kill(-child.pid, 'SIGKILL');
      } catch {
        // already gone
      }
    }, 5000);
    await exited;
    clearTimeout(timer);
    removeDatabase();
  };
  try {
    await waitForHttp(`${origin}/`, child, mode === 'dev' ? 120_000 : 30_000, () => log);
  } catch (error) {
    await close();
    throw error;
  }
  return { origin, database, close, log: () => log };
}
