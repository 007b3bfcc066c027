import { ApolloServer } from "@apollo/server";
import { ApolloServerPluginLandingPageDisabled } from "@apollo/server/plugin/disabled";
import { expressMiddleware } from "@as-integrations/express5";
import express, { type Express, type NextFunction, type Request, type Response } from "express";
import { applyMiddleware } from "graphql-middleware";
import type { DataSource } from "typeorm";
import { createContext, type RequestContext } from "./context";
import { apiKeyAuthMiddleware } from "./modules/api-key/api-key.middleware";
import { sessionViewerMiddleware } from "./modules/auth/session.middleware";
import { apiKeyCallPlugin, apiKeyCallTracker } from "./modules/api-key/api-key-call.recorder";
import { enterpriseExportRoute } from "./modules/export/enterprise-export.route";
import { campaignRoutes } from "./modules/campaign/campaign.route";
import { contractRoutes } from "./modules/contract/contract.route";
import { requestAttachmentRoutes } from "./modules/request/request-attachment.route";
import { requestExportRoute } from "./modules/export/request-export.route";
import { apiKeyGate } from "./permissions/api-key-gate";
import { permissions } from "./permissions/permissions";
import { buildApiSchema } from "./schema";
import { createServices, type ServiceSettings, type Services } from "./services";
import { DEFAULT_API_LIMITS, type ApiLimits } from "./shared/api-limits";
import { armorFor } from "./shared/armor";
import { createErrorFormatter } from "./shared/format-error";
import { sendGraphQLError } from "./shared/graphql-http-error";
import { httpErrorHandler } from "./shared/http-errors";
import { rateLimits } from "./shared/rate-limit";
import { securityHeaders } from "./shared/security-headers";

export interface AppOptions {
  dataSource: DataSource;
  production: boolean;
  settings?: Partial<ServiceSettings>;
  /** Abuse limits on /graphql; defaults in shared/api-limits.ts, from the environment in main/launch. */
  limits?: Partial<ApiLimits>;
}

export interface App {
  express: Express;
  services: Services;
  stop(): Promise<void>;
}

/** One operation per request: a JSON array (batched operations) is refused. */
function refuseBatches(req: Request, res: Response, next: NextFunction): void {
  if (Array.isArray(req.body)) {
    sendGraphQLError(res, 400, "BATCH_NOT_ALLOWED");
    return;
  }
  next();
}

/** Bodies over the limit (express.json's 413) answer with a coded error too. */
function payloadErrors(error: unknown, _req: Request, res: Response, next: NextFunction): void {
  if (error && typeof error === "object" && "type" in error && error.type === "entity.too.large") {
    sendGraphQLError(res, 413, "PAYLOAD_TOO_LARGE");
    return;
  }
  next(error);
}

/** Express + Apollo Server with the shielded schema at /graphql and a health check. */
export async function createApp(options: AppOptions): Promise<App> {
  const limits: ApiLimits = { ...DEFAULT_API_LIMITS, ...options.limits };
  const services = createServices(options.dataSource, options.settings);
  const built = buildApiSchema();
  // API keys first (exactly their scopes), then the shield's per-field rules for everyone.
  const schema = applyMiddleware(built, apiKeyGate(built), permissions);
  const armor = armorFor(limits);
  const introspection = limits.introspection ?? !options.production;
  const server = new ApolloServer<RequestContext>({
    schema,
    introspection,
    includeStacktraceInErrorResponses: false,
    allowBatchedHttpRequests: false,
    // requests must be JSON (or carry a preflight header): a cross-site form can't post a cookie-authenticated mutation
    csrfPrevention: true,
    validationRules: armor.validationRules,
    // the launcher owns SIGINT/SIGTERM and stops everything in order
    stopOnTerminationSignals: false,
    // where the schema can't be introspected, error messages don't spell it out either
    formatError: createErrorFormatter(console, { hideSuggestions: !introspection }),
    plugins: [
      ...armor.plugins,
      // 调用记录: every request with a valid API key leaves a row (see api-key-call.recorder.ts)
      apiKeyCallPlugin(console),
      ...(options.production ? [ApolloServerPluginLandingPageDisabled()] : []),
    ],
  });
  await server.start();

  const app = express();
  app.disable("x-powered-by");
  // The console proxies /graphql from the same machine: trust its X-Forwarded-For for the client IP.
  app.set("trust proxy", "loopback");
  app.use(securityHeaders({ production: options.production }));
  app.get("/healthz", (_req, res) => {
    res.json({ ok: true });
  });
  const rates = rateLimits(options.dataSource, limits, console);
  app.use(
    "/graphql",
    rates.middleware,
    express.json({ limit: limits.maxBodyBytes }),
    payloadErrors,
    refuseBatches,
    apiKeyAuthMiddleware(services.apiKey, rates),
    sessionViewerMiddleware(services.auth, rates),
    // after the key is verified: requests refused above (rate limit, batches, size) carry no verified key
    apiKeyCallTracker(services.apiKeyCall, console),
    expressMiddleware(server, {
      context: ({ req, res }) => createContext(options.dataSource, services, req, res),
    }),
  );
  // File downloads of the enterprise lists (CSV / XLSX), signed in by the same session cookie.
  app.get("/export/enterprises", enterpriseExportRoute(options.dataSource, services, schema));
  // 合同上传 (multipart POST /orders/:id/contracts) and downloads (GET /contracts/:id), same session cookie.
  app.use(contractRoutes(options.dataSource, services));
  // 业务申请: the 所有业务 download, attachments (multipart POST /requests/:id/attachments) and their downloads.
  app.get("/export/requests", requestExportRoute(options.dataSource, services, schema));
  app.use(requestAttachmentRoutes(options.dataSource, services));
  // 推广平台: the public page model, sign-ups, banners and QR codes (see campaign.route.ts).
  app.use(campaignRoutes(options.dataSource, services));
  app.use(httpErrorHandler(console));
  return { express: app, services, stop: () => server.stop() };
}
