import type { Router } from "express";
import type { DataSource } from "typeorm";
import type { Services } from "../../services";
import { attachedFileRoutes } from "../../shared/file-routes";

/**
 * 合同上传 over HTTP (see attachedFileRoutes for the protocol):
 *
 * - POST /orders/:id/contracts — dealer accounts holding 合同上传, on orders of their own dealer
 *   that they see; ≤ 10 files per order; 201 with `{ contract: { … } }`. An order that no longer
 *   takes files answers 409 CONTRACT_ORDER_CLOSED.
 * - GET /contracts/:id — the file as an attachment, to anyone who may see its order (vendor staff too).
 */
export function contractRoutes(dataSource: DataSource, services: Services): Router {
  return attachedFileRoutes(dataSource, services, {
    uploadPath: "/orders/:id/contracts",
    downloadPath: "/contracts/:id",
    responseKey: "contract",
    conflicts: ["CONTRACT_ORDER_CLOSED"],
    what: "contract",
    files: services.contract,
  });
}
