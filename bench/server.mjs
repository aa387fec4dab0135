#!/usr/bin/env node
// The records service under load: the built CLI (packages/server/dist/cli.js) as its own process,
// on PGlite (a fresh data directory) and on PostgreSQL (a throwaway cluster, Debian's postgresql),
// with 50 concurrent clients that each post one record, wait for the answer, and post the next
// (keep-alive, as browsers do). Measures sustained acknowledged records/s and p50/p99 latency over
// a fixed window after a warm-up, then checks the chain. Loopback only; bounded in time.
// Usage: node bench/server.mjs [--seconds 15] [--warmup 3] [--clients 50] [--engines pglite,postgres] [--write]
// (--write replaces the records service section of bench/RESULTS.md.)
import { spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { Agent, request } from 'node:http';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { ROOT, table } from './lib/common.mjs';

const CLI = join(ROOT, 'packages/server/dist/cli.js');
const ORIGIN = 'https://bench.introw.test';
// Extra node flags for the server process, e.g. BENCH_SERVER_NODE_ARGS='--cpu-prof --cpu-prof-dir=/tmp/prof'.
const nodeArgs = (process.env.BENCH_SERVER_NODE_ARGS ?? '').split(' ').filter(Boolean);

function startServer(database) {
  const child = spawn(process.execPath, [...nodeArgs, CLI, '--port', '0', '--database', database, '--allowed-origin', ORIGIN, '--admin-token', 'bench'], {
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let out = '';
  return new Promise((resolve, reject) => {
    const onData = (d) => {
      out += d;
      const m = /listening on (http:\/\/\S+)/.exec(out);
      if (m) resolve({ child, base: m[1] });
    };
    child.stdout.on('data', onData);
    child.stderr.on('data', onData);
    child.once('exit', (code) => reject(new Error(`server exited (${code}): ${out}`)));
  });
}

const stop = (child) => new Promise((r) => (child.exitCode !== null ? r() : (child.once('exit', r), child.kill('SIGTERM'))));

function record() {
  return JSON.stringify({
    recordId: randomBytes(16).toString('base64url'),
    consentId: randomBytes(16).toString('base64url'),
    timestamp: new Date().toISOString(),
    revision: 3,
    method: 'custom',
    categories: { necessary: true, functional: true, analytics: false, advertising: false },
    services: { cloudflare: true, hubspot: true, googleAnalytics: false, hotjar: false, segment: false, googleAds: false },
    language: 'en',
    gpc: false,
    notice: { revision: 3, language: 'en', texts: 'a'.repeat(64), declaration: 'b'.repeat(64) },
  });
}

function post(agent, url, body) {
  return new Promise((resolve, reject) => {
    const req = request(
      url,
      { method: 'POST', agent, headers: { origin: ORIGIN, 'content-type': 'application/json', 'content-length': Buffer.byteLength(body) } },
      (res) => {
        res.resume();
        res.on('end', () => resolve(res.statusCode));
      },
    );
    req.on('error', reject);
    req.end(body);
  });
}

const percentile = (sorted, p) => (sorted.length ? sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] : NaN);

/** Runs the load against one database location; returns the figures. */
export async function loadTest(database, { seconds = 15, warmup = 3, clients = 50 } = {}) {
  const server = await startServer(database);
  const agent = new Agent({ keepAlive: true, maxSockets: clients });
  const url = `${server.base}/records`;
  const latencies = [];
  let acked = 0;
  let errors = 0;
  const t0 = performance.now();
  const measureFrom = t0 + warmup * 1000;
  const end = measureFrom + seconds * 1000;
  try {
    await Promise.all(
      Array.from({ length: clients }, async () => {
        while (performance.now() < end) {
          const started = performance.now();
          let status = 0;
          try {
            status = await post(agent, url, record());
          } catch {
            status = 0;
          }
          const finished = performance.now();
          if (started >= measureFrom && finished <= end) {
            if (status === 200) acked++, latencies.push(finished - started);
            else errors++;
          }
        }
      }),
    );
    const verify = await fetch(`${server.base}/verify`, { headers: { authorization: 'Bearer bench' } }).then((r) => r.json());
    latencies.sort((a, b) => a - b);
    return { rate: acked / seconds, p50: percentile(latencies, 50), p99: percentile(latencies, 99), acked, errors, verify };
  } finally {
    agent.destroy();
    await stop(server.child);
  }
}

/** Both engines; returns rows for the table. */
export async function runServerBench({ seconds = 15, warmup = 3, clients = 50, engines = ['pglite', 'postgres'], log = console.error } = {}) {
  if (!existsSync(CLI)) return { unavailable: `${CLI} is missing: run pnpm build first` };
  const results = [];
  for (const engine of engines) {
    log(`bench: records service on ${engine}, ${clients} clients, ${warmup} s warm-up + ${seconds} s…`);
    if (engine === 'pglite') {
      const dir = mkdtempSync(join(tmpdir(), 'consent-bench-pglite-'));
      try {
        results.push({ engine: 'PGlite 0.5 (embedded, data directory)', target: '≥ 500 rec/s', ...(await loadTest(dir, { seconds, warmup, clients })) });
      } finally {
        rmSync(dir, { recursive: true, force: true });
      }
    } else {
      const { startPostgres } = await import(pathToFileURL(join(ROOT, 'packages/server/test/postgres.mjs')).href);
      const pg = await startPostgres({ log });
      try {
        results.push({
          engine: 'PostgreSQL 15 (local, fsync on)',
          target: '≥ 1000 rec/s, p99 ≤ 50 ms',
          ...(await loadTest(pg.url, { seconds, warmup, clients })),
        });
      } finally {
        pg.stop();
      }
    }
  }
  return { results, clients, seconds, warmup };
}

export function serverTable({ results }) {
  return table(
    ['database', 'records/s', 'p50 ms', 'p99 ms', 'acknowledged', 'errors', 'chain after', 'target'],
    results.map((r) => [
      r.engine,
      r.rate.toFixed(0),
      r.p50.toFixed(1),
      r.p99.toFixed(1),
      r.acked,
      r.errors,
      r.verify.ok ? `intact (${r.verify.batches} batches)` : 'BROKEN',
      r.target,
    ]),
    ['l', 'r', 'r', 'r', 'r', 'r', 'l', 'l'],
  );
}

export const SECTION_START = '<!-- records-service:start -->';
export const SECTION_END = '<!-- records-service:end -->';

/** The "Records service" section of RESULTS.md, between its markers. */
export function serverSection(out, load) {
  const body = out.unavailable
    ? out.unavailable
    : `\`introw-consent-server\` (the built CLI) as a process of its own; ${out.clients} concurrent clients in another process, each posting one
record per request (keep-alive, JSON, as \`beaconRecordSink\` does) and waiting for the answer before the next; ${out.warmup} s warm-up,
then ${out.seconds} s measured. A record counts once the server answered 200 (committed to the hash chain: group commit, one
transaction per batch of whatever arrived together). Latency is per request, client side. Then \`GET /consent/verify\` checks the chain.
PostgreSQL is a throwaway local cluster with default settings (\`fsync\` and \`synchronous_commit\` on). Server, clients and
PostgreSQL share the machine's 2 cores; load average before / after: ${load}.

${serverTable(out)}`;
  return `${SECTION_START}\n## Records service\n\nMeasured with \`node bench/server.mjs\` (also part of \`pnpm bench\`).\n\n${body}\n${SECTION_END}`;
}

if (import.meta.url === pathToFileURL(process.argv[1]).href) {
  const arg = (name, dflt) => (process.argv.includes(`--${name}`) ? process.argv[process.argv.indexOf(`--${name}`) + 1] : dflt);
  const loadNow = () =>
    loadavg()
      .map((x) => x.toFixed(2))
      .join(' / ');
  const before = loadNow();
  const out = await runServerBench({
    seconds: Number(arg('seconds', 15)),
    warmup: Number(arg('warmup', 3)),
    clients: Number(arg('clients', 50)),
    engines: arg('engines', 'pglite,postgres').split(','),
  });
  console.log(out.unavailable ?? serverTable(out));
  if (process.argv.includes('--write')) {
    // Replace only this section of RESULTS.md (the rest is written by a full `pnpm bench`).
    const file = join(ROOT, 'bench', 'RESULTS.md');
    const md = readFileSync(file, 'utf8');
    const section = serverSection(out, `${before} → ${loadNow()}`);
    const at = md.indexOf(SECTION_START);
    const end = md.indexOf(SECTION_END);
    writeFileSync(file, at >= 0 && end > at ? md.slice(0, at) + section + md.slice(end + SECTION_END.length) : `${md.trimEnd()}\n\n${section}\n`);
    console.error('bench: wrote the records service section of bench/RESULTS.md');
  }
}
