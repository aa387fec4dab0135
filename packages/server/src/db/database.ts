/** One SQL statement with `$1`-style parameters; rows as plain objects. */
export type Query = <T = Record<string, unknown>>(text: string, params?: readonly unknown[]) => Promise<T[]>;

/**
 * The little the service needs from a database, the same for PostgreSQL (`pg`) and PGlite:
 * statements, transactions and closing. Every statement is plain PostgreSQL, run unchanged on both.
 */
export interface ConsentDatabase {
  /** `postgres` (a server reached through `pg`) or `pglite` (embedded, WebAssembly). */
  readonly kind: 'postgres' | 'pglite';
  /** A short description without credentials, for logs: `postgres://host:5432/db`, `pglite:./consent-data`. */
  readonly label: string;
  query: Query;
  /** Runs `work` in one transaction: committed when it resolves, rolled back when it throws. */
  transaction<T>(work: (query: Query) => Promise<T>): Promise<T>;
  close(): Promise<void>;
}

/** True for a `postgres://` or `postgresql://` URL. */
export const isPostgresUrl = (location: string): boolean => /^postgres(ql)?:\/\//i.test(location);

/**
 * Opens the database a location names: a `postgres://…` URL (PostgreSQL through `pg`), `memory:`
 * (PGlite in memory: tests), or a directory (PGlite keeps its files there; created when missing).
 *
 * @param location - `postgres://user:pass@host:5432/db`, `./consent-data` or `memory:`.
 * @throws When the server cannot be reached or the directory cannot be used.
 * @example
 * ```ts
 * const db = await openConsentDatabase(process.env.DATABASE_URL ?? './consent-data');
 * ```
 */
export async function openConsentDatabase(location: string): Promise<ConsentDatabase> {
  if (isPostgresUrl(location)) {
    const { openPostgres } = await import('./postgres');
    return openPostgres(location);
  }
  const { openPglite } = await import('./pglite');
  return openPglite(location === 'memory:' ? null : location);
}
