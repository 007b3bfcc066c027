import { randomUUID } from "node:crypto";
import type { Readable } from "node:stream";
import { CONTRACT_MAX_FILES_PER_ORDER, checkContractFile, type ContractFileRefusal } from "@crm/domain";
import { isUUID } from "class-validator";
import type { DataSource, EntityManager } from "typeorm";
import { applyScope, type AccessScope } from "../../access/access-scope";
import type { Viewer } from "../../access/viewer";
import { DomainError, notFound } from "../../shared/domain-error";
import type { UploadedFile } from "../../shared/file-routes";
import { FileNotFound, type FileStore } from "../../shared/file-store";
import type { AuditService } from "../audit/audit.service";
import { OrderEntity } from "../order/order.entity";
import { ContractFileEntity } from "./contract-file.entity";
import { mayUploadContracts } from "./contract.rules";

/** An uploaded file as the HTTP layer read it. */

/** An order's rows belong to (dealer_id, created_by), as in modules/order (OrderService.get): scope on these. */
const ORDER_SCOPE = { dealerColumn: "o.dealer_id", accountColumn: "o.created_by" } as const;

const REFUSAL_DETAILS: Record<Exclude<ContractFileRefusal, "TOO_LARGE">, { zh: string; en: string }> = {
  EMPTY: { zh: "文件是空的", en: "the file is empty" },
  EXTENSION: {
    zh: "扩展名须为 .pdf、.jpg、.jpeg、.png 或 .docx",
    en: "the extension must be .pdf, .jpg, .jpeg, .png or .docx",
  },
  CONTENT: { zh: "文件内容不是 PDF、JPG、PNG 或 DOCX", en: "the content is not a PDF, JPG, PNG or DOCX file" },
  MISMATCH: { zh: "文件内容与扩展名不一致", en: "the content does not match the extension" },
};

function fileSnapshot(order: OrderEntity, file: ContractFileEntity): Record<string, unknown> {
  return {
    orderNo: order.orderNo,
    contractFileId: file.id,
    fileName: file.fileName,
    contentType: file.contentType,
    sizeBytes: file.sizeBytes,
  };
}

/**
 * 合同上传 (SPEC §6): contract files of an order, bytes in the file store, rows in contract_file.
 * Upload and delete: dealer accounts with 合同上传, on orders of their own dealer that they see;
 * at most CONTRACT_MAX_FILES_PER_ORDER per order (counted under the order's row lock); nothing
 * on a closed or rejected order; a paid order's files stay. Download: anyone who sees the order.
 */
export class ContractService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly audit: AuditService,
    private readonly store: FileStore,
  ) {}

  /**
   * Whether the viewer may upload to the order now; the HTTP route asks before it reads the body,
   * so a refused upload costs no bytes. `upload` checks all of it again under the lock.
   */
  async checkUpload(viewer: Viewer, scope: AccessScope, orderId: string): Promise<OrderEntity> {
    if (!mayUploadContracts(viewer)) throw new DomainError("FORBIDDEN");
    const order = await this.visibleOrder(scope, orderId);
    if (order.dealerId !== viewer.account.dealerId) throw notFound("order");
    this.checkOrderOpen(order);
    const count = await this.countFor(this.dataSource.manager, order.id);
    if (count >= CONTRACT_MAX_FILES_PER_ORDER) this.tooMany(count);
    return order;
  }

  /** Stores one contract file on the order: checked by its bytes, then written, then recorded. */
  async upload(viewer: Viewer, scope: AccessScope, orderId: string, file: UploadedFile): Promise<ContractFileEntity> {
    const order = await this.checkUpload(viewer, scope, orderId);
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
    const storageKey = `contracts/${order.id}/${randomUUID()}`;
    await this.store.put(storageKey, file.bytes);
    try {
      const id = await this.dataSource.transaction(async (m) => {
        const locked = await this.lockOrder(m, order.id);
        this.checkOrderOpen(locked);
        const count = await this.countFor(m, order.id);
        if (count >= CONTRACT_MAX_FILES_PER_ORDER) this.tooMany(count);
        const saved = await m.save(
          m.create(ContractFileEntity, {
            orderId: order.id,
            dealerId: order.dealerId,
            fileName: verdict.fileName,
            contentType: verdict.contentType,
            sizeBytes: file.bytes.length,
            storageKey,
            uploaderId: viewer.account.id,
          }),
        );
        await this.audit.record(m, viewer, {
          dealerId: order.dealerId,
          action: "order.contract.upload",
          entityType: "order",
          entityId: order.id,
          after: fileSnapshot(order, saved),
        });
        return saved.id;
      });
      return await this.dataSource.getRepository(ContractFileEntity).findOneByOrFail({ id });
    } catch (error) {
      await this.store.delete(storageKey).catch(() => undefined);
      throw error;
    }
  }

  /** Contract files of each order the scope may see, oldest first (one query per batch). */
  async listForOrders(scope: AccessScope, orderIds: readonly string[]): Promise<ContractFileEntity[]> {
    const qb = this.dataSource
      .getRepository(ContractFileEntity)
      .createQueryBuilder("c")
      .innerJoin("sales_order", "o", "o.id = c.order_id")
      .where("c.order_id = ANY(:ids)", { ids: [...orderIds] });
    applyScope(qb, scope, ORDER_SCOPE);
    return qb.orderBy("c.created_at", "ASC").addOrderBy("c.id", "ASC").getMany();
  }

  /** A file and its bytes for download, when the viewer may see its order (NOT_FOUND otherwise). */
  async openDownload(
    scope: AccessScope,
    id: string,
  ): Promise<{ file: ContractFileEntity; stream: Readable; size: number }> {
    const file = await this.findVisible(scope, id);
    try {
      const { stream, size } = await this.store.get(file.storageKey);
      return { file, stream, size };
    } catch (error) {
      if (error instanceof FileNotFound) throw notFound("contractFile");
      throw error;
    }
  }

  /**
   * Deletes a contract file of the viewer's dealer from an order still open: CONTRACT_LOCKED once
   * paid, CONTRACT_ORDER_CLOSED on a closed or rejected order (its files stay as the record of it).
   */
  async delete(viewer: Viewer, scope: AccessScope, id: string): Promise<OrderEntity> {
    if (!mayUploadContracts(viewer)) throw new DomainError("FORBIDDEN");
    const file = await this.findVisible(scope, id);
    if (file.dealerId !== viewer.account.dealerId) throw notFound("contractFile");
    await this.dataSource.transaction(async (m) => {
      const order = await this.lockOrder(m, file.orderId);
      this.checkOrderOpen(order);
      if (order.status === "PAID") throw new DomainError("CONTRACT_LOCKED");
      const removed = await m.delete(ContractFileEntity, { id: file.id });
      if (!removed.affected) throw notFound("contractFile");
      await this.audit.record(m, viewer, {
        dealerId: file.dealerId,
        action: "order.contract.delete",
        entityType: "order",
        entityId: order.id,
        before: fileSnapshot(order, file),
      });
    });
    // The row is gone, so nobody can reach the bytes any more; a failure here leaves an orphan file only.
    await this.store.delete(file.storageKey).catch((error: unknown) => {
      console.error(`contract file ${file.id}: the stored bytes were not deleted`, error);
    });
    return this.visibleOrder(scope, file.orderId);
  }

  /** The order as the viewer's scope sees it, NOT_FOUND otherwise (the order module's rule). */
  private async visibleOrder(scope: AccessScope, id: string): Promise<OrderEntity> {
    if (!isUUID(id)) throw notFound("order");
    const qb = this.dataSource.getRepository(OrderEntity).createQueryBuilder("o").where("o.id = :id", { id });
    applyScope(qb, scope, ORDER_SCOPE);
    const order = await qb.getOne();
    if (!order) throw notFound("order");
    return order;
  }

  private async findVisible(scope: AccessScope, id: string): Promise<ContractFileEntity> {
    if (!isUUID(id)) throw notFound("contractFile");
    const qb = this.dataSource
      .getRepository(ContractFileEntity)
      .createQueryBuilder("c")
      .innerJoin("sales_order", "o", "o.id = c.order_id")
      .where("c.id = :id", { id });
    applyScope(qb, scope, ORDER_SCOPE);
    const file = await qb.getOne();
    if (!file) throw notFound("contractFile");
    return file;
  }

  private checkOrderOpen(order: OrderEntity): void {
    if (order.status === "CLOSED" || order.status === "REJECTED") {
      throw new DomainError("CONTRACT_ORDER_CLOSED", { status: order.status });
    }
  }

  private tooMany(count: number): never {
    throw new DomainError("TOO_MANY_FILES", { max: CONTRACT_MAX_FILES_PER_ORDER, count });
  }

  private async countFor(m: EntityManager, orderId: string): Promise<number> {
    const [row] = await m.query<{ n: number }[]>(`SELECT count(*)::int AS n FROM contract_file WHERE order_id = $1`, [
      orderId,
    ]);
    return row?.n ?? 0;
  }

  /** The order's row lock: uploads and deletes of one order take turns (count, paid check). */
  private async lockOrder(m: EntityManager, orderId: string): Promise<OrderEntity> {
    const order = await m.findOne(OrderEntity, { where: { id: orderId }, lock: { mode: "for_no_key_update" } });
    if (!order) throw notFound("order");
    return order;
  }
}
