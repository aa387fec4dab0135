// A throwaway PostgreSQL server for tests and benchmarks: Debian's postgresql (installed with
// apt-get when missing and we are root, as e2e/chromium.mjs does for Chromium), a cluster made
// with initdb in a temporary directory, started with pg_ctl on a free loopback port of its own.
import { spawnSync } from 'node:child_process';
import { chmodSync, chownSync, existsSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir, userInfo } from 'node:os';
import { join } from 'node:path';

const isRoot = () => typeof process.getuid === 'function' && process.getuid() === 0;

/** The bin directory of the newest installed PostgreSQL (Debian layout), or null. */
function findBin() {
  const base = '/usr/lib/postgresql';
  if (!existsSync(base)) return null;
  const versions = readdirSync(base)
    .filter((v) => existsSync(join(base, v, 'bin', 'initdb')))
    .sort((a, b) => Number(b) - Number(a));
  return versions.length ? join(base, versions[0], 'bin') : null;
}

/** Returns PostgreSQL's bin directory, installing Debian's `postgresql` first when it is missing (as root). */
export function ensurePostgres(log = console.log) {
  const found = findBin();
  if (found) return found;
  if (!isRoot()) throw new Error('PostgreSQL is not installed. Install it (as root: apt-get update && apt-get install -y postgresql).');
  log('PostgreSQL not found; installing it: apt-get update && apt-get install -y postgresql');
  const result = spawnSync('bash', ['-c', 'apt-get update && apt-get install -y postgresql'], {
    stdio: 'inherit',
    env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' },
  });
  const bin = findBin();
  if (result.status !== 0 || !bin) throw new Error(`Installing PostgreSQL failed (apt-get exit code ${result.status}).`);
  return bin;
}

function freePort() {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject).listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
  });
}

/** Runs a PostgreSQL tool, as the `postgres` user when we are root (initdb and postgres refuse root). */
function runTool(bin, tool, args) {
  const command = isRoot() ? ['runuser', '-u', 'postgres', '--', join(bin, tool), ...args] : [join(bin, tool), ...args];
  const result = spawnSync(command[0], command.slice(1), { encoding: 'utf8' });
  if (result.status !== 0) throw new Error(`${tool} failed (${result.status}): ${result.stderr || result.stdout}`);
  return result.stdout;
}

/**
 * Starts a new cluster and returns its URL and a `stop()` that removes it. The server listens on
 * 127.0.0.1 only, with trust authentication (a throwaway cluster for this machine's tests).
 *
 * @returns {Promise<{ url: string, port: number, stop(): void }>}
 */
export async function startPostgres({ log = console.log } = {}) {
  const bin = ensurePostgres(log);
  const dir = mkdtempSync(join(tmpdir(), 'consent-pg-'));
  chmodSync(dir, 0o700);
  if (isRoot()) {
    const uid = Number(spawnSync('id', ['-u', 'postgres'], { encoding: 'utf8' }).stdout.trim());
    const gid = Number(spawnSync('id', ['-g', 'postgres'], { encoding: 'utf8' }).stdout.trim());
    chownSync(dir, uid, gid);
  }
  const data = join(dir, 'data');
  runTool(bin, 'initdb', ['-D', data, '-U', 'postgres', '--auth=trust', '--encoding=UTF8', '--locale=C', '--no-sync']);
  const port = await freePort();
  const options = `-p ${port} -k ${dir} -c listen_addresses=127.0.0.1 -c max_connections=100`;
  runTool(bin, 'pg_ctl', ['-D', data, '-o', options, '-l', join(dir, 'server.log'), '-w', '-t', '120', 'start']);
  let stopped = false;
  const stop = () => {
    if (stopped) return;
    stopped = true;
    try {
      runTool(bin, 'pg_ctl', ['-D', data, '-m', 'immediate', '-w', 'stop']);
    } catch {
      // already gone
    }
    rmSync(dir, { recursive: true, force: true });
  };
  process.once('exit', stop);
  log(`PostgreSQL (${bin}) listening on 127.0.0.1:${port} as ${isRoot() ? 'postgres' : userInfo().username}, data in ${data}`);
  return { url: `postgres://postgres@127.0.0.1:${port}/postgres`, port, stop };
}
