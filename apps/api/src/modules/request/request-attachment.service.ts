import { randomUUID } from "node:crypto";
import type { Readable } from "node:stream";
import { checkContractFile, type ContractFileRefusal } from "@crm/domain";
import { isUUID } from "class-validator";
import type { DataSource, EntityManager } from "typeorm";
import { applyScope, type AccessScope } from "../../access/access-scope";
import type { Viewer } from "../../access/viewer";
import { DomainError, notFound } from "../../shared/domain-error";
import { FileNotFound, type FileStore } from "../../shared/file-store";
import type { AuditService } from "../audit/audit.service";
import type { UploadedFile } from "../../shared/file-routes";
import { BusinessRequestEntity } from "./business-request.entity";
import { RequestAttachmentEntity } from "./request-attachment.entity";
import { RequestTypeEntity } from "./request-type.entity";
import { mayAttachToRequests } from "./request.rules";

/** A request's rows belong to (dealer_id, submitted_by), as in RequestService: scope on these. */
const REQUEST_SCOPE = { dealerColumn: "r.dealer_id", accountColumn: "r.submitted_by" } as const;

const REFUSAL_DETAILS: Record<Exclude<ContractFileRefusal, "TOO_LARGE">, { zh: string; en: string }> = {
  EMPTY: { zh: "文件是空的", en: "the file is empty" },
  EXTENSION: {
    zh: "扩展名须为 .pdf、.jpg、.jpeg、.png 或 .docx",
    en: "the extension must be .pdf, .jpg, .jpeg, .png or .docx",
  },
  CONTENT: { zh: "文件内容不是 PDF、JPG、PNG 或 DOCX", en: "the content is not a PDF, JPG, PNG or DOCX file" },
  MISMATCH: { zh: "文件内容与扩展名不一致", en: "the content does not match the extension" },
};

function fileSnapshot(request: BusinessRequestEntity, file: RequestAttachmentEntity): Record<string, unknown> {
  return {
    requestNo: request.requestNo,
    attachmentId: file.id,
    fileName: file.fileName,
    contentType: file.contentType,
    sizeBytes: file.sizeBytes,
  };
}

/**
 * 业务申请附件 (SPEC §8: screenshots of a reduction and the like), the pattern of contract files:
 * bytes judged by their content (PDF, JPG, PNG, DOCX; ≤ 10 MB) in the file store, rows in
 * request_attachment. Upload: dealer accounts holding 业务申请, on their own dealer's requests
 * they see, while the request is pending, up to its type's max_attachments (counted under the
 * request's row lock). Download: anyone who sees the request (vendor staff: every request).
 */
export class RequestAttachmentService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly audit: AuditService,
    private readonly store: FileStore,
  ) {}

  /** Whether the viewer may attach to the request now; the route asks before reading the body. */
  async checkUpload(viewer: Viewer, scope: AccessScope, requestId: string): Promise<BusinessRequestEntity> {
    if (!mayAttachToRequests(viewer)) throw new DomainError("FORBIDDEN");
    const request = await this.visibleRequest(scope, requestId);
    if (request.dealerId !== viewer.account.dealerId) throw notFound("request");
    await this.checkRoom(this.dataSource.manager, request);
    return request;
  }

  /** Stores one attachment: checked by its bytes, written, then recorded under the request's lock. */
  async upload(
    viewer: Viewer,
    scope: AccessScope,
    requestId: string,
    file: UploadedFile,
  ): Promise<RequestAttachmentEntity> {
    const request = await this.checkUpload(viewer, scope, requestId);
    const verdict = checkContractFile({ fileName: file.originalName, bytes: file.bytes });
    if (!verdict.ok) {
      if (verdict.reason === "TOO_LARGE") throw new DomainError("FILE_TOO_LARGE");
      const detail = REFUSAL_DETAILS[verdict.reason];
      throw new DomainError(
        "FILE_TYPE_NOT_ALLOWED",
        { reason: verdict.reason },
        {
          zh: `只能上传 PDF、JPG、PNG 或 DOCX 文件：${detail.zh}`,
          en: `Only PDF, JPG, PNG or DOCX files are accepted: ${detail.en}`,
        },
      );
    }
    const storageKey = `requests/${request.id}/${randomUUID()}`;
    await this.store.put(storageKey, file.bytes);
    try {
      const id = await this.dataSource.transaction(async (m) => {
        const locked = await m.findOne(BusinessRequestEntity, {
          where: { id: request.id },
          lock: { mode: "for_no_key_update" },
        });
        if (!locked) throw notFound("request");
        await this.checkRoom(m, locked);
        const saved = await m.save(
          m.create(RequestAttachmentEntity, {
            requestId: request.id,
            dealerId: request.dealerId,
            fileName: verdict.fileName,
            contentType: verdict.contentType,
            sizeBytes: file.bytes.length,
            storageKey,
            uploaderId: viewer.account.id,
          }),
        );
        await this.audit.record(m, viewer, {
          dealerId: request.dealerId,
          action: "request.attachment.upload",
          entityType: "request",
          entityId: request.id,
          after: fileSnapshot(request, saved),
        });
        return saved.id;
      });
      return await this.dataSource.getRepository(RequestAttachmentEntity).findOneByOrFail({ id });
    } catch (error) {
      await this.store.delete(storageKey).catch(() => undefined);
      throw error;
    }
  }

  /** Attachments of each request the scope may see, oldest first (one query per batch). */
  async listForRequests(scope: AccessScope, requestIds: readonly string[]): Promise<RequestAttachmentEntity[]> {
    const qb = this.dataSource
      .getRepository(RequestAttachmentEntity)
      .createQueryBuilder("a")
      .innerJoin("business_request", "r", "r.id = a.request_id")
      .where("a.request_id = ANY(:ids)", { ids: [...requestIds] });
    applyScope(qb, scope, REQUEST_SCOPE);
    return qb.orderBy("a.created_at", "ASC").addOrderBy("a.id", "ASC").getMany();
  }

  /** A file and its bytes for download, when the viewer may see its request (NOT_FOUND otherwise). */
  async openDownload(
    scope: AccessScope,
    id: string,
  ): Promise<{ file: RequestAttachmentEntity; stream: Readable; size: number }> {
    if (!isUUID(id)) throw notFound("requestAttachment");
    const qb = this.dataSource
      .getRepository(RequestAttachmentEntity)
      .createQueryBuilder("a")
      .innerJoin("business_request", "r", "r.id = a.request_id")
      .where("a.id = :id", { id });
    applyScope(qb, scope, REQUEST_SCOPE);
    const file = await qb.getOne();
    if (!file) throw notFound("requestAttachment");
    try {
      const { stream, size } = await this.store.get(file.storageKey);
      return { file, stream, size };
    } catch (error) {
      if (error instanceof FileNotFound) throw notFound("requestAttachment");
      throw error;
    }
  }

  private async visibleRequest(scope: AccessScope, id: string): Promise<BusinessRequestEntity> {
    if (!isUUID(id)) throw notFound("request");
    const qb = this.dataSource.getRepository(BusinessRequestEntity).createQueryBuilder("r").where("r.id = :id", { id });
    applyScope(qb, scope, REQUEST_SCOPE);
    const request = await qb.getOne();
    if (!request) throw notFound("request");
    return request;
  }

  /** Pending, and below its type's max_attachments. */
  private async checkRoom(m: EntityManager, request: BusinessRequestEntity): Promise<void> {
    if (request.status !== "PENDING") throw new DomainError("REQUEST_NOT_PENDING", { status: request.status });
    const type = await m.findOneByOrFail(RequestTypeEntity, { id: request.typeId });
    const [row] = await m.query<{ n: number }[]>(
      `SELECT count(*)::int AS n FROM request_attachment WHERE request_id = $1`,
      [request.id],
    );
    const count = row?.n ?? 0;
    if (count >= type.maxAttachments) {
      throw new DomainError(
        "TOO_MANY_FILES",
        { max: type.maxAttachments, count },
        {
          zh: `「${type.name}」最多上传 ${type.maxAttachments} 个附件`,
          en: `A "${type.name}" request holds at most ${type.maxAttachments} attachments`,
        },
      );
    }
  }
}
