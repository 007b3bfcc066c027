import { ApolloServer } from "@apollo/server";
import { ApolloServerPluginLandingPageDisabled } from "@apollo/server/plugin/disabled";
import { expressMiddleware } from "@as-integrations/express5";
import express, { type Express } from "express";
import { applyMiddleware } from "graphql-middleware";
import type { DataSource } from "typeorm";
import { createContext, type RequestContext } from "./context";
import { enterpriseExportRoute } from "./modules/export/enterprise-export.route";
import { campaignRoutes } from "./modules/campaign/campaign.route";
import { contractRoutes } from "./modules/contract/contract.route";
import { requestAttachmentRoutes } from "./modules/request/request-attachment.route";
import { requestExportRoute } from "./modules/export/request-export.route";
import { permissions } from "./permissions/permissions";
import { buildApiSchema } from "./schema";
import { createServices, type ServiceSettings, type Services } from "./services";
import { createErrorFormatter } from "./shared/format-error";
import { httpErrorHandler } from "./shared/http-errors";

export interface AppOptions {
  dataSource: DataSource;
  production: boolean;
  settings?: Partial<ServiceSettings>;
}

export interface App {
  express: Express;
  services: Services;
  stop(): Promise<void>;
}

/** Express + Apollo Server with the shielded schema at /graphql and a health check. */
export async function createApp(options: AppOptions): Promise<App> {
  const services = createServices(options.dataSource, options.settings);
  const schema = applyMiddleware(buildApiSchema(), permissions);
  const server = new ApolloServer<RequestContext>({
    schema,
    introspection: !options.production,
    includeStacktraceInErrorResponses: false,
    // the launcher owns SIGINT/SIGTERM and stops everything in order
    stopOnTerminationSignals: false,
    formatError: createErrorFormatter(console),
    plugins: options.production ? [ApolloServerPluginLandingPageDisabled()] : [],
  });
  await server.start();

  const app = express();
  app.disable("x-powered-by");
  // The console proxies /graphql from the same machine: trust its X-Forwarded-For for the client IP.
  app.set("trust proxy", "loopback");
  app.get("/healthz", (_req, res) => {
    res.json({ ok: true });
  });
  app.use(
    "/graphql",
    express.json({ limit: "1mb" }),
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
