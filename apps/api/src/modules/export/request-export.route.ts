import type { Request, RequestHandler, Response } from "express";
import type { GraphQLSchema } from "graphql";
import type { DataSource } from "typeorm";
import { createContext } from "../../context";
import type { Services } from "../../services";
import { DomainError } from "../../shared/domain-error";
import { ClientGone } from "./enterprise-export.service";
import { RequestExportService } from "./request-export.service";

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
 * GET /export/requests?format=csv|xlsx&filter=<RequestFilter as JSON>
 *
 * 所有业务 (or 待办业务 with filter.todo) as a file, signed in by the session cookie; every
 * signed-in viewer may export what it may list (a dealer its own rows, vendor staff every
 * dealer's). Errors before the download starts answer JSON `{ error: { code, messageZh, messageEn } }`.
 */
export function requestExportRoute(dataSource: DataSource, services: Services, schema: GraphQLSchema): RequestHandler {
  const exporter = new RequestExportService(dataSource, services.request, services.audit, schema);
  return async (req: Request, res: Response) => {
    try {
      const ctx = await createContext(dataSource, services, req, res);
      if (!ctx.viewer) throw new DomainError("UNAUTHENTICATED");
      const request = await exporter.parse(req.query);
      await exporter.send(res, ctx.viewer, ctx.scope, request);
    } catch (error) {
      if (res.headersSent) {
        if (!(error instanceof ClientGone)) console.error("request export failed mid-stream", error);
        res.destroy();
        return;
      }
      if (error instanceof DomainError) {
        sendError(res, error);
        return;
      }
      console.error("request export failed", error);
      sendError(res, new DomainError("INTERNAL"));
    }
  };
}
