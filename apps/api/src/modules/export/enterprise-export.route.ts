import type { Request, RequestHandler, Response } from "express";
import type { GraphQLSchema } from "graphql";
import type { DataSource } from "typeorm";
import { createContext } from "../../context";
import type { Services } from "../../services";
import { DomainError } from "../../shared/domain-error";
import { ClientGone, EnterpriseExportService } from "./enterprise-export.service";

const STATUS: Partial<Record<string, number>> = { UNAUTHENTICATED: 401, FORBIDDEN: 403, NOT_FOUND: 404, INTERNAL: 500 };

function sendError(res: Response, error: DomainError): void {
  res.removeHeader("Content-Disposition");
  res
    .type("application/json")
    .status(STATUS[error.code] ?? 400)
    .set("Cache-Control", "no-store")
    .json({
      error: {
        code: error.code,
        messageZh: error.messageZh,
        messageEn: error.messageEn,
        ...(error.details ? { details: error.details } : {}),
      },
    });
}

/**
 * GET /export/enterprises?list=all|renewal-due|trial-expired|routed&format=csv|xlsx
 *     &filter=<EnterpriseFilter as JSON>&sort=<EnterpriseSort>&direction=ASC|DESC&withinDays=<1–365>
 *
 * Signed in by the same session cookie as /graphql; every signed-in viewer may export what it
 * may list (vendor staff: every dealer's rows). Errors before the download starts answer JSON
 * `{ error: { code, messageZh, messageEn, details? } }` with 400/401/403/500.
 */
export function enterpriseExportRoute(
  dataSource: DataSource,
  services: Services,
  schema: GraphQLSchema,
): RequestHandler {
  const exporter = new EnterpriseExportService(dataSource, services.enterprise, services.audit, schema);
  return async (req: Request, res: Response) => {
    try {
      const ctx = await createContext(dataSource, services, req, res);
      if (!ctx.viewer) throw new DomainError("UNAUTHENTICATED");
      const request = await exporter.parse(req.query);
      await exporter.send(res, ctx.viewer, ctx.scope, request);
    } catch (error) {
      if (res.headersSent) {
        if (!(error instanceof ClientGone)) console.error("enterprise export failed mid-stream", error);
        res.destroy();
        return;
      }
      if (error instanceof DomainError) {
        sendError(res, error);
        return;
      }
      console.error("enterprise export failed", error);
      sendError(res, new DomainError("INTERNAL"));
    }
  };
}
