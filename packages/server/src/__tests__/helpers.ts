import { randomBytes } from 'node:crypto';
import { cpSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import { openConsentDatabase } from '../db/database';
import type { IncomingRecord } from '../types';
import type { ConsentHandler } from '../handler';

/** A database engine the suites run against: each `location()` is a new, empty database. */
export interface Engine {
  name: 'PGlite' | 'PostgreSQL';
  location(): Promise<string>;
  /** Removes what `location()` made. */
  cleanup(): Promise<void>;
}

let template: Promise<string> | null = null;

/** A PGlite directory made once per test process (initdb takes seconds); each location is a copy of it. */
function pgliteTemplate(): Promise<string> {
  template ??= (async () => {
    const dir = mkdtempSync(join(tmpdir(), 'consent-pglite-template-'));
    const db = await openConsentDatabase(dir);
    await db.close();
    process.once('exit', () => rmSync(dir, { recursive: true, force: true }));
    return dir;
  })();
  return template;
}

/** PGlite in fresh temporary directories (copies of a new, empty cluster). */
export function pgliteEngine(): Engine {
  const dirs: string[] = [];
  return {
    name: 'PGlite',
    location: async () => {
      const dir = mkdtempSync(join(tmpdir(), 'consent-pglite-'));
      cpSync(await pgliteTemplate(), dir, { recursive: true });
      dirs.push(dir);
      return dir;
    },
    cleanup: async () => {
      for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
    },
  };
}

/** Fresh databases on a running PostgreSQL server (`url` reaches its `postgres` database). */
export function postgresEngine(url: string): Engine {
  const made: string[] = [];
  return {
    name: 'PostgreSQL',
    location: async () => {
      const name = `consent_test_${randomBytes(6).toString('hex')}`;
      const client = new pg.Client({ connectionString: url });
      await client.connect();
      await client.query(`CREATE DATABASE ${name}`);
      await client.end();
      made.push(name);
      const at = new URL(url);
      at.pathname = `/${name}`;
      return at.toString();
    },
    cleanup: async () => {
      const client = new pg.Client({ connectionString: url });
      await client.connect();
      for (const name of made.splice(0)) await client.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
      await client.end();
    },
  };
}

export const ORIGIN = 'https://www.introw.test';
export const TOKEN = 'test-admin-token-0123456789';

const id = (): string => randomBytes(16).toString('base64url');

/** A valid record as the browser sink posts it; a new recordId (and consentId unless given) each call. */
export function makeRecord(overrides: Partial<IncomingRecord> = {}): IncomingRecord {
  return {
    recordId: id(),
    consentId: id(),
    timestamp: '2026-11-29T08:00:00.000Z',
    revision: 3,
    method: 'accept-all',
    categories: { necessary: true, functional: true, analytics: true, advertising: true },
    services: { googleAnalytics: true, hotjar: true },
    language: 'en',
    gpc: false,
    notice: { revision: 3, language: 'en', texts: 'a'.repeat(64), declaration: 'b'.repeat(64) },
    ...overrides,
  };
}

/** POSTs a body (a value is sent as JSON) to the handler's records route. */
export function post(handler: ConsentHandler, body: unknown, headers: Record<string, string> = {}): Promise<Response> {
  return handler(
    new Request('https://records.introw.test/consent/records', {
      method: 'POST',
      headers: { origin: ORIGIN, 'content-type': 'application/json', ...headers },
      body: typeof body === 'string' ? body : JSON.stringify(body),
    }),
  );
}

/** GETs an admin route with the token (or the given authorization header). */
export function get(handler: ConsentHandler, path: string, authorization: string | null = `Bearer ${TOKEN}`): Promise<Response> {
  return handler(new Request(`https://records.introw.test/consent${path}`, { headers: authorization ? { authorization } : {} }));
}
