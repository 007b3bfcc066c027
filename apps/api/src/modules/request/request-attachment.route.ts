import { pipeline } from "node:stream/promises";
import { CONTRACT_MAX_BYTES, asciiFileName } from "@crm/domain";
import { Router, type Request, type Response } from "express";
import multer from "multer";
import type { DataSource } from "typeorm";
import { createContext } from "../../context";
import type { Services } from "../../services";
import { DomainError, invalid } from "../../shared/domain-error";
import type { UploadedFile } from "../contract/contract.service";
import { contentDisposition } from "../export/enterprise-export.columns";
import type { RequestAttachmentEntity } from "./request-attachment.entity";

const STATUS: Partial<Record<string, number>> = {
  UNAUTHENTICATED: 401,
  FORBIDDEN: 403,
  NOT_FOUND: 404,
  FILE_TOO_LARGE: 413,
  FILE_TYPE_NOT_ALLOWED: 415,
  TOO_MANY_FILES: 409,
  REQUEST_NOT_PENDING: 409,
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
  // Browsers send the file name as raw UTF-8 (e.g. 截图.png), not latin1.
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

function describe(file: RequestAttachmentEntity) {
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
 * 业务申请附件 over HTTP, signed in by the same session cookie as /graphql:
 *
 * - POST /requests/:id/attachments — multipart/form-data with one file in the field `file` (≤ 10 MB;
 *   PDF, JPG, PNG or DOCX by content, and the extension must agree), with the header
 *   `X-Requested-With: XMLHttpRequest`. Dealer accounts holding 业务申请, on pending requests of
 *   their own dealer that they see, up to the type's max_attachments. 201 with
 *   `{ attachment: { id, fileName, contentType, sizeBytes, createdAt, downloadUrl } }`.
 * - GET /request-attachments/:id — the file as an attachment (never inline), to anyone who may
 *   see its request.
 *
 * Errors answer JSON `{ error: { code, messageZh, messageEn, details? } }`: 400, 401, 403, 404
 * (also another dealer's request or file), 409 TOO_MANY_FILES / REQUEST_NOT_PENDING, 413, 415.
 */
export function requestAttachmentRoutes(dataSource: DataSource, services: Services): Router {
  const router = Router();

  router.post("/requests/:id/attachments", async (req: Request, res: Response) => {
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
      const requestId = String(req.params.id);
      // Refuse before reading the body: no bytes are taken in for an upload that can't be kept.
      await services.requestAttachment.checkUpload(ctx.viewer, ctx.scope, requestId);
      const file = await receiveFile(req, res);
      const saved = await services.requestAttachment.upload(ctx.viewer, ctx.scope, requestId, file);
      res
        .status(201)
        .set("Cache-Control", "no-store")
        .json({ attachment: describe(saved) });
    } catch (error) {
      if (error instanceof DomainError) {
        sendError(res, error);
        return;
      }
      console.error("request attachment upload failed", error);
      sendError(res, new DomainError("INTERNAL"));
    }
  });

  router.get("/request-attachments/:id", async (req: Request, res: Response) => {
    try {
      const ctx = await createContext(dataSource, services, req, res);
      if (!ctx.viewer) throw new DomainError("UNAUTHENTICATED");
      const { file, stream, size } = await services.requestAttachment.openDownload(ctx.scope, String(req.params.id));
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
      console.error("request attachment download failed", error);
      sendError(res, new DomainError("INTERNAL"));
    }
  });

  return router;
}
