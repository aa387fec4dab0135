import type { ConsentDatabase } from './db/database';
import type { ConsentCookieOptions } from './http/consentCookie';

/** Options of {@link createConsentHandler}. */
export interface ConsentHandlerOptions {
  /**
   * The database: an open {@link ConsentDatabase}, or where to open one: `postgres://…`
   * (PostgreSQL), a directory (PGlite, created when missing) or `memory:` (PGlite in memory).
   * Migrations run before the first request is answered.
   */
  database: ConsentDatabase | string;
  /**
   * Origins allowed to post records (`https://www.introw.io`, exact scheme, host and port), or
   * a function that decides. A post without an allowed `Origin` header is refused (403).
   */
  allowedOrigins: readonly string[] | ((origin: string, request: Request) => boolean);
  /** Token for the admin routes (look-up, export, dashboard, verify). Without one they answer 403. */
  adminToken?: string;
  /** Where the routes live. Default `/consent`. */
  basePath?: string;
  /** Largest accepted body of a post, in bytes. Default 262144 (256 KiB). */
  maxBodyBytes?: number;
  /** Most records in one post. Default 100. */
  maxBatch?: number;
  /**
   * What is stored besides the record. Default nothing: no IP address, no user agent (R15).
   * `ip: 'truncated'` keeps the network part only (IPv4 /24, IPv6 /48); the IP comes from the
   * adapter (`info.remoteAddress`), or from `X-Forwarded-For` when `trustProxy` is set.
   */
  store?: { ip?: 'none' | 'truncated' | 'full'; userAgent?: boolean; trustProxy?: boolean };
  /** Sets the consent cookie from the server on each post (R31). Off by default; see the README for the trade-offs. */
  consentCookie?: ConsentCookieOptions | false;
  /** Records older than this many days (by commit time) are purged by `handler.purge()`; no purge without it. */
  retentionDays?: number;
  /** For ISO/IEC TS 27560 receipts: the controller's name and the notice's URL. */
  controller?: string;
  noticeUrl?: string;
  /** Called with every database error that made a request answer 503 (log it; the response says no more). */
  onError?: (error: unknown) => void;
  /** Clock, epoch ms (tests). */
  now?: () => number;
}

/** What an adapter knows about the connection that a Fetch `Request` does not carry. */
export interface ConnectionInfo {
  /** The peer's IP address (used only when `store.ip` asks for it). */
  remoteAddress?: string;
}
