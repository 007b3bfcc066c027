import type { Router } from "express";
import type { DataSource } from "typeorm";
import type { Services } from "../../services";
import { attachedFileRoutes } from "../../shared/file-routes";

/**
 * 业务申请附件 over HTTP (see attachedFileRoutes for the protocol):
 *
 * - POST /requests/:id/attachments — dealer accounts holding 业务申请, on pending requests of their
 *   own dealer that they see, up to the type's max_attachments; 201 with `{ attachment: { … } }`.
 *   A request no longer pending answers 409 REQUEST_NOT_PENDING.
 * - GET /request-attachments/:id — the file as an attachment (never inline), to anyone who may see
 *   its request.
 */
export function requestAttachmentRoutes(dataSource: DataSource, services: Services): Router {
  return attachedFileRoutes(dataSource, services, {
    uploadPath: "/requests/:id/attachments",
    downloadPath: "/request-attachments/:id",
    responseKey: "attachment",
    conflicts: ["REQUEST_NOT_PENDING"],
    what: "request attachment",
    files: services.requestAttachment,
  });
}
