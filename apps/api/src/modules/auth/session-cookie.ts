import { parse, serialize } from "cookie";
import type { Request, Response } from "express";

export const SESSION_COOKIE = "crm_session";

export function readSessionToken(req: Request): string | null {
  const header = req.headers.cookie;
  if (!header) return null;
  const token = parse(header)[SESSION_COOKIE];
  return token && /^[A-Za-z0-9_-]{20,100}$/.test(token) ? token : null;
}

export function writeSessionCookie(res: Response, token: string, maxAgeSeconds: number, secure: boolean): void {
  res.append(
    "Set-Cookie",
    serialize(SESSION_COOKIE, token, { httpOnly: true, sameSite: "lax", secure, path: "/", maxAge: maxAgeSeconds }),
  );
}

export function clearSessionCookie(res: Response, secure: boolean): void {
  res.append(
    "Set-Cookie",
    serialize(SESSION_COOKIE, "", { httpOnly: true, sameSite: "lax", secure, path: "/", maxAge: 0 }),
  );
}
