import { pipeline } from "node:stream/promises";
import { CONTRACT_MAX_BYTES, asciiFileName } from "@crm/domain";
import { Router, type Request, type Response } from "express";
import multer from "multer";
import type { DataSource } from "typeorm";
import { createContext } from "../../context";
import type { Services } from "../../services";
import { DomainError, invalid } from "../../shared/domain-error";
import { contentDisposition } from "../export/enterprise-export.columns";
import type { ContractFileEntity } from "./contract-file.entity";
import type { UploadedFile } from "./contract.service";

const STATUS: Partial<Record<string, number>> = {
  UNAUTHENTICATED: 401,
  FORBIDDEN: 403,
  NOT_FOUND: 404,
  FILE_TOO_LARGE: 413,
  FILE_TYPE_NOT_ALLOWED: 415,
  TOO_MANY_FILES: 409,
  CONTRACT_ORDER_CLOSED: 409,
  INTERNAL: 500,
};

function sendError(res: Response, error: DomainError): void {
  res.removeHeader("Content-Disposition");
  res
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

/** One file per request in the multipart field `file`; the size limit stops reading at 10 MB + 1 byte. */
const readFile = multer({
  storage: multer.memoryStorage(),
  // Browsers send the file name as raw UTF-8 (e.g. 购销合同.pdf), not latin1.
  defParamCharset: "utf8",
  limits: { fileSize: CONTRACT_MAX_BYTES, files: 1, fields: 5, parts: 6, fieldSize: 1024, headerPairs: 50 },
}).single("file");

function receiveFile(req: Request, res: Response): Promise<UploadedFile> {
  return new Promise((resolve, reject) => {
    void readFile(req, res, (error: unknown) => {
      if (error instanceof multer.MulterError) {
        if (error.code === "LIMIT_FILE_SIZE") reject(new DomainError("FILE_TOO_LARGE"));
        else
          reject(invalid("file", "每次上传一个文件，字段名为 file", "send one file per request in the field `file`"));
        return;
      }
      if (error) {
        reject(invalid("file", "上传内容不完整或格式有误", "the upload is incomplete or malformed"));
        return;
      }
      const file = req.file;
      if (!file) {
        reject(invalid("file", "请选择要上传的文件", "choose a file to upload"));
        return;
      }
      resolve({ originalName: file.originalname, bytes: file.buffer });
    });
  });
}

function describe(file: ContractFileEntity) {
  return {
    id: file.id,
    fileName: file.fileName,
    contentType: file.contentType,
    sizeBytes: file.sizeBytes,
    createdAt: file.createdAt.toISOString(),
    downloadUrl: file.downloadUrl,
  };
}

/**
 * 合同上传 over HTTP, signed in by the same session cookie as /graphql:
 *
 * - POST /orders/:id/contracts — multipart/form-data with one file in the field `file` (≤ 10 MB;
 *   PDF, JPG, PNG or DOCX by content, and the extension must agree). Needs the header
 *   `X-Requested-With: XMLHttpRequest` (a cross-site form can't send it). Dealer accounts holding
 *   合同上传, on orders of their own dealer that they see; ≤ 10 files per order. 201 with
 *   `{ contract: { id, fileName, contentType, sizeBytes, createdAt, downloadUrl } }`.
 * - GET /contracts/:id — the file as an attachment, to anyone who may see its order (vendor staff too).
 *
 * Errors answer JSON `{ error: { code, messageZh, messageEn, details? } }`: 400 VALIDATION_FAILED,
 * 401, 403, 404 (also for another dealer's order or file), 409 TOO_MANY_FILES /
 * CONTRACT_ORDER_CLOSED, 413 FILE_TOO_LARGE, 415 FILE_TYPE_NOT_ALLOWED.
 */
export function contractRoutes(dataSource: DataSource, services: Services): Router {
  const router = Router();

  router.post("/orders/:id/contracts", async (req: Request, res: Response) => {
    try {
      if (req.get("x-requested-with") !== "XMLHttpRequest") {
        throw invalid(
          "X-Requested-With",
          "请求缺少 X-Requested-With 头",
          "send the header X-Requested-With: XMLHttpRequest",
        );
      }
      const ctx = await createContext(dataSource, services, req, res);
      if (!ctx.viewer) throw new DomainError("UNAUTHENTICATED");
      const orderId = String(req.params.id);
      // Refuse before reading the body: no bytes are taken in for an upload that can't be kept.
      await services.contract.checkUpload(ctx.viewer, ctx.scope, orderId);
      const file = await receiveFile(req, res);
      const saved = await services.contract.upload(ctx.viewer, ctx.scope, orderId, file);
      res
        .status(201)
        .set("Cache-Control", "no-store")
        .json({ contract: describe(saved) });
    } catch (error) {
      if (error instanceof DomainError) {
        sendError(res, error);
        return;
      }
      console.error("contract upload failed", error);
      sendError(res, new DomainError("INTERNAL"));
    }
  });

  router.get("/contracts/:id", async (req: Request, res: Response) => {
    try {
      const ctx = await createContext(dataSource, services, req, res);
      if (!ctx.viewer) throw new DomainError("UNAUTHENTICATED");
      const { file, stream, size } = await services.contract.openDownload(ctx.scope, String(req.params.id));
      res.status(200).set({
        "Content-Type": file.contentType,
        "Content-Length": String(size),
        "Content-Disposition": contentDisposition(file.fileName, asciiFileName(file.fileName)),
        "X-Content-Type-Options": "nosniff",
        "Content-Security-Policy": "default-src 'none'; sandbox",
        "Cache-Control": "private, no-store",
      });
      await pipeline(stream, res);
    } catch (error) {
      if (res.headersSent) {
        res.destroy();
        return;
      }
      if (error instanceof DomainError) {
        sendError(res, error);
        return;
      }
      console.error("contract download failed", error);
      sendError(res, new DomainError("INTERNAL"));
    }
  });

  return router;
}
