import type { NextFunction, Request, Response } from "express";
import type { Viewer } from "../../access/viewer";
import { sendGraphQLError } from "../../shared/graphql-http-error";
import type { ApiKeyService } from "./api-key.service";

/** Where a request's authenticated API key viewer is kept between this middleware and the context. */
export function apiKeyViewerOf(res: Response): Viewer | null {
  return (res.locals.apiKeyViewer as Viewer | undefined) ?? null;
}

/**
 * `Authorization: Bearer <key>` makes the request a machine principal of the key. A request
 * with the header and a bad, revoked or expired key is refused outright (401 INVALID_API_KEY),
 * never downgraded to anonymous. With a key the session cookie is ignored: the key wins, so a
 * partner request never picks up someone's console session and needs no CSRF token.
 */
export function apiKeyAuthMiddleware(apiKeys: ApiKeyService) {
  return async (req: Request, res: Response, next: NextFunction): Promise<void> => {
    const header = req.get("authorization");
    if (header === undefined) {
      next();
      return;
    }
    const match = /^Bearer ([^\s]+)$/.exec(header.trim());
    const viewer = match?.[1] ? await apiKeys.authenticate(match[1], req.ip ?? "unknown") : null;
    if (!viewer) {
      res.setHeader("WWW-Authenticate", 'Bearer realm="crm"');
      sendGraphQLError(res, 401, "INVALID_API_KEY");
      return;
    }
    res.locals.apiKeyViewer = viewer;
    next();
  };
}
