import { randomUUID } from 'node:crypto';
import type { IncomingMessage, ServerResponse } from 'node:http';

export const REQUEST_ID_HEADER = 'x-request-id';

/**
 * The request's id: kept when already given, else taken from a well-formed `X-Request-Id` or made
 * up, and echoed in the response. Runs first, so even a body the parser refuses has one.
 */
export function ensureRequestId(req: IncomingMessage & { id?: unknown }, res: ServerResponse): string {
  if (typeof req.id === 'string' && req.id) return req.id;
  const incoming = req.headers[REQUEST_ID_HEADER];
  const id = typeof incoming === 'string' && /^[\w.-]{1,128}$/.test(incoming) ? incoming : randomUUID();
  req.id = id;
  if (!res.headersSent) res.setHeader(REQUEST_ID_HEADER, id);
  return id;
}

/** Express middleware form, installed before the body parser. */
export function requestIdMiddleware(req: IncomingMessage & { id?: unknown }, res: ServerResponse, next: () => void): void {
  ensureRequestId(req, res);
  next();
}
