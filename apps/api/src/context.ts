import type { Request, Response } from "express";
import type { DataSource } from "typeorm";
import { computeAccessScope, type AccessScope } from "./access/access-scope";
import type { Viewer } from "./access/viewer";
import { createLoaders, type Loaders } from "./loaders";
import type { Services } from "./services";
import { apiKeyViewerOf } from "./modules/api-key/api-key.middleware";
import { sessionOf } from "./modules/auth/session.middleware";
import { DomainError } from "./shared/domain-error";
import { clientIp } from "./shared/client-ip";

/** Everything a resolver may use for one request: the viewer, its access scope, loaders, services. */
export interface RequestContext {
  req: Request;
  res: Response;
  ip: string;
  userAgent: string | null;
  sessionToken: string | null;
  viewer: Viewer | null;
  scope: AccessScope;
  loaders: Loaders;
  services: Services;
}

export async function createContext(
  dataSource: DataSource,
  services: Services,
  req: Request,
  res: Response,
): Promise<RequestContext> {
  // an API key (already checked by apiKeyAuthMiddleware) wins over any session cookie
  const session = await sessionOf(services.auth, req, res);
  const sessionToken = session?.token ?? null;
  const viewer = apiKeyViewerOf(res) ?? session?.viewer ?? null;
  const scope = await computeAccessScope(dataSource.manager, viewer);
  return {
    req,
    res,
    ip: clientIp(req) ?? "unknown",
    userAgent: req.get("user-agent") ?? null,
    sessionToken,
    viewer,
    scope,
    loaders: createLoaders(dataSource),
    services,
  };
}

/** The signed-in viewer; shield has already refused anonymous callers where this is used. */
export function viewerOf(ctx: RequestContext): Viewer {
  if (!ctx.viewer) throw new DomainError("UNAUTHENTICATED");
  return ctx.viewer;
}

/** Re-reads the viewer and its scope after a mutation that changed who the session acts as. */
export async function reloadViewer(ctx: RequestContext): Promise<Viewer> {
  ctx.viewer = ctx.sessionToken ? await ctx.services.auth.resolveViewer(ctx.sessionToken) : null;
  ctx.scope = await computeAccessScope(ctx.services.dataSource.manager, ctx.viewer);
  return viewerOf(ctx);
}
