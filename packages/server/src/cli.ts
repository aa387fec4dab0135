#!/usr/bin/env node
import { createServer } from 'node:http';
import { parseArgs } from 'node:util';
import { createConsentHandler } from './handler';
import { openConsentDatabase } from './db/database';
import { migrate } from './db/migrations';
import { toNodeListener } from './node';
import { purgeExpired } from './retention';
import { verifyChain } from './verify';

const HELP = `introw-consent-server: the consent records service of @introw/consent

Usage:
  introw-consent-server [serve] [options]       serve the records API, the look-up, export and dashboard
  introw-consent-server verify --database <db>  recompute the hash chain; exit 0 when intact, 1 when broken
  introw-consent-server purge --database <db> --retention-days <n>
                                                remove records committed more than n days ago (the purge is recorded)

Options:
  --database <db>          where records live: a PostgreSQL URL (postgres://user:pass@host:5432/db) or a
                           directory for the embedded database (PGlite; created when missing).
                           Default: $CONSENT_DATABASE, else ./consent-data. Migrations run at start.
  --port <n>               port to listen on (0 = any free port). Default 8787.
  --host <address>         address to listen on. Default 127.0.0.1 (use 0.0.0.0 behind a proxy or in a container).
  --allowed-origin <url>   an origin allowed to post records, e.g. https://www.introw.io; repeat for several.
                           Posts from any other origin, or without an Origin header, are refused (403).
  --admin-token <token>    token for the look-up (GET /consent/records/:id), export, dashboard and verify routes:
                           "Authorization: Bearer <token>", or the password of the browser's login prompt.
                           Default: $CONSENT_ADMIN_TOKEN. Without one those routes are disabled.
  --base-path <path>       where the routes live. Default /consent.
  --retention-days <n>     purge records committed more than n days ago: at start and every 24 hours.
  --consent-cookie         set the consent cookie again from the server on each post (Safari keeps
                           server-set cookies longer than script-set ones, R31); see the README's trade-offs.
  --cookie-name <name>     its name (as config.cookie.name). Default introw_consent.
  --cookie-domain <domain> its Domain attribute (as config.cookie.domain), e.g. .introw.io. Default host-only.
  --store-ip <mode>        none (default, R15), truncated (IPv4 /24, IPv6 /48) or full.
  --store-user-agent       also store the User-Agent header (off by default, R15).
  --trust-proxy            take the IP from X-Forwarded-For (only behind a proxy that sets it).
  --max-body-bytes <n>     largest accepted post body. Default 262144.
  --max-batch <n>          most records in one post. Default 100.
  -h, --help               show this help.
`;

const die = (message: string, code = 2): never => {
  console.error(`introw-consent-server: ${message}`);
  process.exit(code);
};

const whole = (value: string | undefined, name: string, min: number): number | undefined => {
  if (value === undefined) return undefined;
  const n = Number(value);
  return Number.isInteger(n) && n >= min ? n : die(`--${name} must be a whole number >= ${min} (got ${value})`);
};

async function main(): Promise<void> {
  const config = {
    allowPositionals: true,
    options: {
      database: { type: 'string' },
      port: { type: 'string' },
      host: { type: 'string' },
      'allowed-origin': { type: 'string', multiple: true },
      'admin-token': { type: 'string' },
      'base-path': { type: 'string' },
      'retention-days': { type: 'string' },
      'consent-cookie': { type: 'boolean' },
      'cookie-name': { type: 'string' },
      'cookie-domain': { type: 'string' },
      'store-ip': { type: 'string' },
      'store-user-agent': { type: 'boolean' },
      'trust-proxy': { type: 'boolean' },
      'max-body-bytes': { type: 'string' },
      'max-batch': { type: 'string' },
      help: { type: 'boolean', short: 'h' },
    },
  } as const;
  let parsed: ReturnType<typeof parseArgs<typeof config>>;
  try {
    parsed = parseArgs(config);
  } catch (error) {
    return die(`${error instanceof Error ? error.message : String(error)}\nRun introw-consent-server --help for the options.`);
  }
  const { values, positionals } = parsed;
  if (values.help) return void process.stdout.write(HELP);
  const command = positionals[0] ?? 'serve';
  if (!['serve', 'verify', 'purge'].includes(command) || positionals.length > 1)
    die(`unknown command ${positionals.join(' ')}\nRun introw-consent-server --help for the commands.`);
  const database = values.database ?? process.env.CONSENT_DATABASE ?? './consent-data';
  const retentionDays = whole(values['retention-days'], 'retention-days', 1);

  if (command === 'verify' || command === 'purge') {
    const db = await openConsentDatabase(database).catch((error) => die(`cannot open ${database}: ${error instanceof Error ? error.message : error}`));
    try {
      await migrate(db);
      if (command === 'purge') {
        if (!retentionDays) die('purge needs --retention-days <n>');
        const result = await purgeExpired(db, retentionDays!);
        console.log(
          result.seq === null
            ? `nothing committed before ${result.cutoff}`
            : `purged ${result.records} records in ${result.batches} batches committed before ${result.cutoff}; recorded as batch ${result.seq}`,
        );
        return;
      }
      const result = await verifyChain(db);
      if (result.ok) console.log(`chain intact: ${result.batches} batches, ${result.records} records; head batch ${result.head.seq} ${result.head.hash}`);
      else {
        const b = result.broken!;
        console.log(`chain BROKEN at batch ${b.seq}${b.recordId ? `, record ${b.recordId} (position ${b.position})` : ''}: ${b.reason}`);
        console.log(`checked before the break: ${result.batches} batches, ${result.records} records`);
        process.exitCode = 1;
      }
    } finally {
      await db.close();
    }
    return;
  }

  const storeIp = values['store-ip'] ?? 'none';
  if (storeIp !== 'none' && storeIp !== 'truncated' && storeIp !== 'full') die(`--store-ip must be none, truncated or full (got ${storeIp})`);
  const origins = values['allowed-origin'] ?? [];
  for (const origin of origins) if (!/^https?:\/\/[^/\s]+$/.test(origin)) die(`--allowed-origin ${origin} is not an origin (scheme://host[:port], no path)`);
  const port = whole(values.port ?? '8787', 'port', 0)!;
  const handler = createConsentHandler({
    database,
    allowedOrigins: origins,
    adminToken: values['admin-token'] ?? process.env.CONSENT_ADMIN_TOKEN,
    basePath: values['base-path'],
    retentionDays,
    consentCookie: values['consent-cookie'] ? { name: values['cookie-name'], domain: values['cookie-domain'] } : false,
    store: { ip: storeIp as 'none', userAgent: values['store-user-agent'] === true, trustProxy: values['trust-proxy'] === true },
    maxBodyBytes: whole(values['max-body-bytes'], 'max-body-bytes', 1024),
    maxBatch: whole(values['max-batch'], 'max-batch', 1),
    onError: (error) => console.error(`introw-consent-server: database error: ${error instanceof Error ? error.message : error}`),
  });
  const db = await handler.ready().catch((error) => die(`cannot open ${database}: ${error instanceof Error ? error.message : error}`));
  if (!origins.length) console.error('introw-consent-server: no --allowed-origin given: every post of records will be refused');
  const server = createServer(toNodeListener(handler));
  server.keepAliveTimeout = 65_000;
  await new Promise<void>((listening, failed) => server.once('error', failed).listen(port, values.host ?? '127.0.0.1', listening)).catch((error) =>
    die(`cannot listen on ${values.host ?? '127.0.0.1'}:${port}: ${error instanceof Error ? error.message : error}`),
  );
  const address = server.address();
  const where =
    typeof address === 'object' && address ? `http://${address.family === 'IPv6' ? `[${address.address}]` : address.address}:${address.port}` : String(address);
  console.log(`introw-consent-server: listening on ${where}${handler.basePath} (database ${db.label})`);

  let purgeTimer: ReturnType<typeof setInterval> | undefined;
  if (retentionDays) {
    const purge = () =>
      handler
        .purge()
        .then((r) => r && r.seq !== null && console.log(`introw-consent-server: retention: purged ${r.records} records committed before ${r.cutoff}`))
        .catch((error) => console.error(`introw-consent-server: retention purge failed: ${error instanceof Error ? error.message : error}`));
    void purge();
    purgeTimer = setInterval(purge, 86_400_000).unref();
  }
  const stop = () => {
    clearInterval(purgeTimer);
    server.close();
    server.closeAllConnections?.();
    void handler.close().finally(() => process.exit(0));
  };
  process.once('SIGTERM', stop);
  process.once('SIGINT', stop);
}

main().catch((error) => die(error instanceof Error ? (error.stack ?? error.message) : String(error), 1));
