import type { Readable } from "node:stream";
import { pipeline } from "node:stream/promises";
import { CONTRACT_MAX_BYTES, asciiFileName } from "@crm/domain";
import { Router, type Request, type Response } from "express";
import multer from "multer";
import type { DataSource } from "typeorm";
import type { AccessScope } from "../access/access-scope";
import type { Viewer } from "../access/viewer";
import { createContext } from "../context";
import { contentDisposition } from "../modules/export/enterprise-export.columns";
import type { Services } from "../services";
import { DomainError, invalid } from "./domain-error";

/** A file as received from a multipart upload. */
export interface UploadedFile {
  originalName: string;
  bytes: Buffer;
}

/** What the routes show of a kept file. */
export interface StoredFile {
  id: string;
  fileName: string;
  contentType: string;
  sizeBytes: number;
  createdAt: Date;
  downloadUrl: string;
}

/** The service behind one kind of attached file (contracts of an order, attachments of a request). */
export interface AttachedFiles<F extends StoredFile> {
  /** Refuses before the body is read when the viewer may not add a file to the owner. */
  checkUpload(viewer: Viewer, scope: AccessScope, ownerId: string): Promise<unknown>;
  upload(viewer: Viewer, scope: AccessScope, ownerId: string, file: UploadedFile): Promise<F>;
  /** The file and its bytes, when the viewer may see its owner (NOT_FOUND otherwise). */
  openDownload(scope: AccessScope, id: string): Promise<{ file: F; stream: Readable; size: number }>;
}

const STATUS: Partial<Record<string, number>> = {
  UNAUTHENTICATED: 401,
  FORBIDDEN: 403,
  NOT_FOUND: 404,
  FILE_TOO_LARGE: 413,
  FILE_TYPE_NOT_ALLOWED: 415,
  TOO_MANY_FILES: 409,
  INTERNAL: 500,
};

function sendError(res: Response, error: DomainError, conflicts: readonly string[]): void {
  res.removeHeader("Content-Disposition");
  res
    .status(STATUS[error.code] ?? (conflicts.includes(error.code) ? 409 : 400))
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

function describe(file: StoredFile) {
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
 * Uploads and downloads of one kind of attached file over HTTP, signed in by the same session
 * cookie as /graphql:
 *
 * - POST `uploadPath` (with `:id`, the owner) — multipart/form-data with one file in the field
 *   `file` (≤ 10 MB; PDF, JPG, PNG or DOCX by content, checked by the service). Needs the header
 *   `X-Requested-With: XMLHttpRequest` (a cross-site form can't send it). 201 with
 *   `{ [responseKey]: { id, fileName, contentType, sizeBytes, createdAt, downloadUrl } }`.
 * - GET `downloadPath` (with `:id`, the file) — the file as an attachment, never inline, to anyone
 *   who may see its owner.
 *
 * Errors answer JSON `{ error: { code, messageZh, messageEn, details? } }`: 400 VALIDATION_FAILED,
 * 401, 403, 404 (also for another dealer's owner or file), 409 TOO_MANY_FILES and the `conflicts`
 * codes, 413 FILE_TOO_LARGE, 415 FILE_TYPE_NOT_ALLOWED.
 */
export function attachedFileRoutes<F extends StoredFile>(
  dataSource: DataSource,
  services: Services,
  spec: {
    uploadPath: string;
    downloadPath: string;
    responseKey: string;
    /** Codes of "the owner no longer takes files" (e.g. a closed order): 409. */
    conflicts: readonly string[];
    /** For the log. */
    what: string;
    files: AttachedFiles<F>;
  },
): Router {
  const router = Router();

  router.post(spec.uploadPath, async (req: Request, res: Response) => {
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
      const ownerId = String(req.params.id);
      // Refuse before reading the body: no bytes are taken in for an upload that can't be kept.
      await spec.files.checkUpload(ctx.viewer, ctx.scope, ownerId);
      const file = await receiveFile(req, res);
      const saved = await spec.files.upload(ctx.viewer, ctx.scope, ownerId, file);
      res
        .status(201)
        .set("Cache-Control", "no-store")
        .json({ [spec.responseKey]: describe(saved) });
    } catch (error) {
      if (error instanceof DomainError) {
        sendError(res, error, spec.conflicts);
        return;
      }
      console.error(`${spec.what} upload failed`, error);
      sendError(res, new DomainError("INTERNAL"), spec.conflicts);
    }
  });

  router.get(spec.downloadPath, async (req: Request, res: Response) => {
    try {
      const ctx = await createContext(dataSource, services, req, res);
      if (!ctx.viewer) throw new DomainError("UNAUTHENTICATED");
      const { file, stream, size } = await spec.files.openDownload(ctx.scope, String(req.params.id));
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
        sendError(res, error, spec.conflicts);
        return;
      }
      console.error(`${spec.what} download failed`, error);
      sendError(res, new DomainError("INTERNAL"), spec.conflicts);
    }
  });

  return router;
}
