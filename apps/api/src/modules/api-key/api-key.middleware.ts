import type { NextFunction, Request, Response } from "express";
import type { Viewer } from "../../access/viewer";
import { clientIp } from "../../shared/client-ip";
import { sendGraphQLError } from "../../shared/graphql-http-error";
import type { RateLimits } from "../../shared/rate-limit";
import type { ApiKeyService } from "./api-key.service";

/** Where a request's authenticated API key viewer is kept between this middleware and the context. */
export function apiKeyViewerOf(res: Response): Viewer | null {
  return (res.locals.apiKeyViewer as Viewer | undefined) ?? null;
}

/**
 * The key of an `Authorization: Bearer <key>` header, else null. Only ASCII spaces and tabs around
 * it are ignored (not String#trim's Unicode spaces), and the key is printable ASCII: one key has
 * exactly one spelling, so the rate limiter and this middleware always agree on whose request it is.
 */
export function bearerToken(header: string): string | null {
  return /^[ \t]*Bearer ([!-~]+)[ \t]*$/.exec(header)?.[1] ?? null;
}

/**
 * `Authorization: Bearer <key>` makes the request a machine principal of the key. A request
 * with the header and a bad, revoked or expired key is refused outright (401 INVALID_API_KEY),
 * never downgraded to anonymous. With a key the session cookie is ignored: the key wins, so a
 * partner request never picks up someone's console session and needs no CSRF token.
 */
export function apiKeyAuthMiddleware(apiKeys: ApiKeyService, limits: Pick<RateLimits, "chargeClientIp">) {
  return async (req: Request, res: Response, next: NextFunction): Promise<void> => {
    const header = req.get("authorization");
    if (header === undefined) {
      next();
      return;
    }
    const token = bearerToken(header);
    const viewer = token ? await apiKeys.authenticate(token, clientIp(req) ?? "unknown") : null;
    if (!viewer) {
      // made-up keys each had a bucket of their own: they count against the client's IP too
      // (a header that is no Bearer key at all was counted against the IP already)
      if (token && !(await limits.chargeClientIp(req, res))) return;
      res.setHeader("WWW-Authenticate", 'Bearer realm="crm"');
      sendGraphQLError(res, 401, "INVALID_API_KEY");
      return;
    }
    res.locals.apiKeyViewer = viewer;
    next();
  };
}
