#!/usr/bin/env node
/**
 * `pnpm demo:all`: Introw's website (examples/react, Vite, port 5173) and Platform
 * (examples/next, Next.js, port 3000) together, sharing one consent.
 *
 * Builds once, in order (the packages, then the Platform), and only then starts both servers:
 * starting `pnpm demo` and `pnpm demo:next` side by side would run two builds of the packages
 * into the same dist/ folders at once. Ctrl+C (or either server exiting) stops both.
 */
import { spawn, spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');

/** pnpm as a command: the pinned root devDependency, else the one running us, else npx. */
function pnpmCommand() {
  const local = join(root, 'node_modules', '.bin', process.platform === 'win32' ? 'pnpm.cmd' : 'pnpm');
  if (existsSync(local)) return [local];
  const execpath = process.env.npm_execpath;
  if (execpath && /pnpm/.test(execpath)) return [process.execPath, execpath];
  return ['npx', '-y', 'pnpm@12.4.2'];
}
const pnpm = pnpmCommand();

function build(args, label) {
  console.log(`\n# ${label}: pnpm ${args.join(' ')}`);
  const result = spawnSync(pnpm[0], [...pnpm.slice(1), ...args], { cwd: root, stdio: 'inherit', env: { ...process.env, NEXT_TELEMETRY_DISABLED: '1' } });
  if (result.status !== 0) {
    console.error(`# ${label} failed (exit code ${result.status}); nothing started.`);
    process.exit(result.status ?? 1);
  }
}

build(['run', 'build'], 'build the packages');
build(['--filter', '@introw/example-next', 'run', 'build'], 'build the Platform');

// Both on 127.0.0.1, which localhost and the www/rooms.introw.test lines of /etc/hosts reach.
// The servers' own binaries (not through pnpm, which would report Ctrl+C as a failure).
const bin = (example, name) => join(root, 'examples', example, 'node_modules', '.bin', name);
/** @type {[string, string, string, string[]][]} */
const serverList = [
  ['website', 'react', bin('react', 'vite'), ['--host', '127.0.0.1', '--port', '5173', '--strictPort']],
  ['Platform', 'next', bin('next', 'next'), ['start', '--hostname', '127.0.0.1', '--port', '3000']],
];
const servers = serverList.map(([name, example, command, args]) => {
  // Own process group, so that stopping one server stops everything it started.
  const child = spawn(command, args, {
    cwd: join(root, 'examples', example),
    stdio: 'inherit',
    detached: true,
    env: { ...process.env, NEXT_TELEMETRY_DISABLED: '1' },
  });
  return { name, child };
});

let stopping = false;
function stop(code) {
  if (stopping) return;
  stopping = true;
  for (const { child } of servers) {
    if (child.exitCode === null) {
      try {
        process.kill(-child.pid, 'SIGTERM');
      } catch {
        // already gone
      }
    }
  }
  process.exitCode = code;
}
for (const { name, child } of servers) {
  child.on('exit', (code) => {
    if (!stopping) console.error(`\n# the ${name} server stopped (exit code ${code}); stopping the other one.`);
    stop(code ?? 1);
  });
}
process.on('SIGINT', () => stop(0));
process.on('SIGTERM', () => stop(0));

console.log(`
# Introw's website:  http://localhost:5173   (or http://www.introw.test:5173)
# Introw's Platform: http://localhost:3000   (or http://rooms.introw.test:3000; demo account demo@introw.io / introw-demo)
# One consent for both: see examples/next/README.md for the two /etc/hosts lines. Ctrl+C stops both.
`);
