import type { IncomingMessage, ServerResponse } from 'node:http';
import type { ConsentHandler } from './handler';

/** The Fetch `Request` for a Node request (the body streams; nothing is buffered here). */
export function toRequest(req: IncomingMessage & { originalUrl?: string; body?: unknown }): Request {
  const secure = (req.socket as { encrypted?: boolean }).encrypted === true;
  const url = new URL(req.originalUrl ?? req.url ?? '/', `${secure ? 'https' : 'http'}://${req.headers.host ?? 'localhost'}`);
  const headers = new Headers();
  for (const [name, value] of Object.entries(req.headers)) {
    if (Array.isArray(value)) for (const v of value) headers.append(name, v);
    else if (value !== undefined) headers.set(name, value);
  }
  const method = req.method ?? 'GET';
  if (method === 'GET' || method === 'HEAD') return new Request(url, { method, headers });
  // A body parser that ran before us left the raw bytes (Buffer or string) in req.body.
  const parsed = req.body;
  const body = typeof parsed === 'string' || parsed instanceof Uint8Array ? parsed : bodyStream(req);
  return new Request(url, { method, headers, body, duplex: 'half' } as RequestInit);
}

/**
 * The request body as a web stream with back-pressure. Cancelling it (a body over the size
 * limit) discards the rest instead of failing: Node 20's `Readable.toWeb` throws from a later
 * 'data' event once cancelled, which would take the whole server down.
 */
function bodyStream(req: IncomingMessage): ReadableStream<Uint8Array> {
  let done = false;
  return new ReadableStream<Uint8Array>({
    start(controller) {
      req.on('data', (chunk: Buffer) => {
        if (done) return;
        controller.enqueue(new Uint8Array(chunk.buffer, chunk.byteOffset, chunk.byteLength));
        if ((controller.desiredSize ?? 1) <= 0) req.pause();
      });
      req.once('end', () => {
        if (!done) (done = true), controller.close();
      });
      req.once('error', (error) => {
        if (!done) (done = true), controller.error(error);
      });
    },
    pull() {
      req.resume();
    },
    cancel() {
      done = true;
      req.resume(); // read and drop the rest; the response says Connection: close
    },
  });
}

/** Writes a Fetch `Response` to a Node response, streaming the body; stops reading when the client leaves. */
export async function writeResponse(response: Response, res: ServerResponse): Promise<void> {
  const headers: Record<string, string | string[]> = {};
  response.headers.forEach((value, name) => {
    if (name !== 'set-cookie') headers[name] = value;
  });
  const cookies = response.headers.getSetCookie();
  if (cookies.length) headers['set-cookie'] = cookies;
  res.writeHead(response.status, headers);
  if (!response.body) return void res.end();
  const reader = response.body.getReader();
  res.on('close', () => void reader.cancel().catch(() => {}));
  try {
    for (;;) {
      const { done, value } = await reader.read();
      if (done) break;
      if (!res.write(value)) await new Promise<void>((resume) => res.once('drain', resume).once('close', resume));
    }
    res.end();
  } catch {
    // The body failed half-way (a database error during an export): cut the connection, so the
    // client sees a truncated response instead of one that looks complete.
    res.destroy();
  }
}

/**
 * A Node `http` request listener that answers every request with the handler.
 *
 * @example
 * ```ts
 * import { createServer } from 'node:http';
 * createServer(toNodeListener(createConsentHandler({ database: './consent-data', allowedOrigins: ['https://www.introw.io'] }))).listen(8787);
 * ```
 */
export function toNodeListener(handler: ConsentHandler): (req: IncomingMessage, res: ServerResponse) => void {
  return (req, res) => {
    res.on('error', () => {}); // a client that went away is not the server's problem
    handler(toRequest(req), { remoteAddress: req.socket.remoteAddress })
      .then((response) => writeResponse(response, res))
      .catch(() => {
        if (res.headersSent) return void res.destroy();
        res.writeHead(500, { 'content-type': 'text/plain; charset=utf-8' }).end('internal error');
      });
  };
}

/**
 * Express-style middleware (`(req, res, next)`, also Connect and Vite's dev server): requests
 * under the handler's `basePath` are answered by it, every other request goes to `next()`.
 * Mount it before any body parser (or leave the raw body in `req.body` as a Buffer or string).
 *
 * @example
 * ```ts
 * app.use(consentMiddleware(createConsentHandler({ database: process.env.DATABASE_URL!, allowedOrigins: ['https://www.introw.io'] })));
 * ```
 */
export function consentMiddleware(
  handler: ConsentHandler,
): (req: IncomingMessage & { originalUrl?: string }, res: ServerResponse, next: (error?: unknown) => void) => void {
  const listener = toNodeListener(handler);
  return (req, res, next) => {
    const path = (req.originalUrl ?? req.url ?? '/').split('?')[0]!;
    if (handler.basePath && path !== handler.basePath && !path.startsWith(`${handler.basePath}/`)) return next();
    listener(req, res);
  };
}
