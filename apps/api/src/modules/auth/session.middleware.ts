import type { NextFunction, Request, Response } from "express";
import type { Viewer } from "../../access/viewer";
import type { RateLimits } from "../../shared/rate-limit";
import { apiKeyViewerOf } from "../api-key/api-key.middleware";
import type { AuthService } from "./auth.service";
import { readSessionToken } from "./session-cookie";

export interface SessionViewer {
  token: string;
  /** null: no such session, or it expired, or its account may no longer sign in */
  viewer: Viewer | null;
}

/**
 * The request's session cookie and its viewer, resolved once per request (kept in res.locals);
 * null without a cookie, and with an API key (a key ignores cookies altogether).
 */
export async function sessionOf(auth: AuthService, req: Request, res: Response): Promise<SessionViewer | null> {
  if (apiKeyViewerOf(res)) return null;
  const resolved = res.locals.sessionViewer as SessionViewer | undefined;
  if (resolved) return resolved;
  const token = readSessionToken(req);
  if (!token) return null;
  const session: SessionViewer = { token, viewer: await auth.resolveViewer(token) };
  res.locals.sessionViewer = session;
  return session;
}

/**
 * On /graphql, before the context: a cookie that names no live session makes the request
 * anonymous and counts it against the client IP as well — the session limit was counted on the
 * cookie's say-so, and made-up cookies must not buy fresh buckets.
 */
export function sessionViewerMiddleware(auth: AuthService, limits: Pick<RateLimits, "chargeClientIp">) {
  return async (req: Request, res: Response, next: NextFunction): Promise<void> => {
    const session = await sessionOf(auth, req, res);
    if (session && !session.viewer && !(await limits.chargeClientIp(req, res))) return;
    next();
  };
}
