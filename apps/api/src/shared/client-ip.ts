import type { Request } from "express";

/**
 * The client's address: Express's `req.ip` (X-Forwarded-For believed from loopback only, i.e. the
 * console's proxy behind the front door), else the socket's peer; null when neither is known.
 */
export function clientIp(req: Request): string | null {
  return req.ip ?? req.socket.remoteAddress ?? null;
}
