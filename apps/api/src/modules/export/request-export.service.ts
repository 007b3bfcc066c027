import { shanghaiDateStamp } from "@crm/domain";
import { validate } from "class-validator";
import { stream as excelStream } from "exceljs";
import type { Response } from "express";
import { coerceInputValue, isInputObjectType, type GraphQLSchema } from "graphql";
import { In, type DataSource } from "typeorm";
import { applyScope, canSeeAccount, type AccessScope } from "../../access/access-scope";
import type { Viewer } from "../../access/viewer";
import { DomainError, invalid } from "../../shared/domain-error";
import { AccountEntity } from "../account/account.entity";
import type { AuditService } from "../audit/audit.service";
import { DealerEntity } from "../dealer/dealer.entity";
import type { BusinessRequestEntity } from "../request/business-request.entity";
import { RequestFilter } from "../request/dto/request.inputs";
import type { RequestService } from "../request/request.service";
import { RequestTypeEntity } from "../request/request-type.entity";
import { UTF8_BOM, csvRow } from "./csv";
import { ClientGone } from "./enterprise-export.service";
import { contentDisposition } from "./enterprise-export.columns";
import { REQUEST_EXPORT_COLUMNS, type RequestExportRecord } from "./request-export.columns";

export type RequestExportFormat = "csv" | "xlsx";

export interface RequestExportRequest {
  format: RequestExportFormat;
  filter: RequestFilter | null;
  described: Record<string, unknown>;
}

const BATCH_SIZE = 1000;
const TITLE = "所有业务";
const SLUG = "business-requests";
const CONTENT_TYPES: Record<RequestExportFormat, string> = {
  csv: "text/csv; charset=utf-8",
  xlsx: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
};

function single(query: Record<string, unknown>, name: string): string | undefined {
  const value = query[name];
  if (value === undefined) return undefined;
  if (typeof value !== "string") throw invalid(name, `参数 ${name} 只能出现一次`, `give ${name} once`);
  return value;
}

function drained(res: Response): Promise<void> {
  return new Promise((resolve, reject) => {
    const onDrain = () => {
      res.off("close", onClose);
      resolve();
    };
    const onClose = () => {
      res.off("drain", onDrain);
      reject(new ClientGone());
    };
    res.once("drain", onDrain);
    res.once("close", onClose);
  });
}

function writeChunk(res: Response, chunk: string): Promise<void> {
  if (res.destroyed) return Promise.reject(new ClientGone());
  if (res.write(chunk)) return Promise.resolve();
  return drained(res);
}

/**
 * 所有业务 export (CSV and XLSX), as the enterprise export: the same checked RequestFilter as the
 * GraphQL list, the viewer's scope on every query, keyset batches of 1000 streamed out, and an
 * audit entry with the request and the row count.
 */
export class RequestExportService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly requests: RequestService,
    private readonly audit: AuditService,
    private readonly schema: GraphQLSchema,
  ) {}

  /** Checks the query string: format=csv|xlsx and filter=<RequestFilter as JSON>. */
  async parse(query: Record<string, unknown>): Promise<RequestExportRequest> {
    const format = single(query, "format") ?? "csv";
    if (format !== "csv" && format !== "xlsx") throw invalid("format", "格式须为 csv 或 xlsx", "format is csv or xlsx");
    const rawFilter = single(query, "filter");
    let filterJson: unknown = null;
    if (rawFilter !== undefined && rawFilter !== "") {
      try {
        filterJson = JSON.parse(rawFilter);
      } catch {
        throw invalid("filter", "筛选条件不是有效的 JSON", "filter is not valid JSON");
      }
    }
    const filter = filterJson === null ? null : await this.checkFilter(filterJson);
    return { format, filter, described: { format, filter: filterJson } };
  }

  private async checkFilter(value: unknown): Promise<RequestFilter> {
    const type = this.schema.getType("RequestFilter");
    if (!isInputObjectType(type)) throw new Error("RequestFilter is missing from the schema");
    const problems: string[] = [];
    const coerced: unknown = coerceInputValue(value, type, (path, _value, error) => {
      problems.push(`${["filter", ...path].join(".")}: ${error.message}`);
    });
    if (problems.length > 0 || typeof coerced !== "object" || coerced === null) {
      throw new DomainError("VALIDATION_FAILED", { field: "filter", reason: problems[0] ?? "not an object" });
    }
    const filter = Object.assign(new RequestFilter(), coerced);
    const errors = await validate(filter, { forbidUnknownValues: false });
    if (errors.length > 0) {
      throw new DomainError("VALIDATION_FAILED", { fields: errors.map((e) => `filter.${e.property}`) });
    }
    return filter;
  }

  async send(res: Response, viewer: Viewer, scope: AccessScope, request: RequestExportRequest): Promise<void> {
    const stamp = shanghaiDateStamp(new Date());
    // The query is checked before the first byte: a bad filter still answers JSON.
    const batches = this.records(viewer, scope, request.filter);
    const first = await batches.next();
    res.status(200);
    res.setHeader("Content-Type", CONTENT_TYPES[request.format]);
    res.setHeader(
      "Content-Disposition",
      contentDisposition(`${TITLE}-${stamp}.${request.format}`, `${SLUG}-${stamp}.${request.format}`),
    );
    res.setHeader("Cache-Control", "no-store");
    res.setHeader("X-Content-Type-Options", "nosniff");
    let rowCount = 0;
    let completed = false;
    async function* all(): AsyncGenerator<RequestExportRecord[]> {
      if (first.done) return;
      yield first.value;
      yield* batches;
    }
    try {
      const columns = REQUEST_EXPORT_COLUMNS;
      if (request.format === "csv") {
        await writeChunk(res, UTF8_BOM + csvRow(columns.map((c) => c.header)));
        for await (const records of all()) {
          await writeChunk(res, records.map((r) => csvRow(columns.map((c) => c.value(r)))).join(""));
          rowCount += records.length;
        }
        await new Promise<void>((resolve) => res.end(resolve));
      } else {
        const workbook = new excelStream.xlsx.WorkbookWriter({ stream: res, useStyles: true, useSharedStrings: false });
        const sheet = workbook.addWorksheet(TITLE, { views: [{ state: "frozen", ySplit: 1 }] });
        sheet.columns = columns.map((c, i) => ({ header: c.header, key: `c${i}`, width: c.width }));
        sheet.getRow(1).font = { bold: true };
        for await (const records of all()) {
          for (const record of records) sheet.addRow(columns.map((c) => c.value(record))).commit();
          rowCount += records.length;
          if (res.destroyed) throw new ClientGone();
          if (res.writableNeedDrain) await drained(res);
        }
        sheet.commit();
        const gone = new Promise<never>((_resolve, reject) => res.once("close", () => reject(new ClientGone())));
        gone.catch(() => undefined);
        await Promise.race([workbook.commit(), gone]);
      }
      completed = true;
    } finally {
      await this.audit
        .record(this.dataSource.manager, viewer, {
          dealerId: viewer.account.dealerId,
          action: "request.export",
          entityType: "request",
          entityId: null,
          after: { ...request.described, rowCount, completed },
        })
        .catch((error: unknown) => console.error("export audit entry failed", error));
    }
  }

  private async *records(
    viewer: Viewer,
    scope: AccessScope,
    filter: RequestFilter | null,
  ): AsyncGenerator<RequestExportRecord[]> {
    const types = new Map((await this.dataSource.getRepository(RequestTypeEntity).find()).map((t) => [t.id, t]));
    for await (const batch of this.requests.batches(viewer, scope, filter, BATCH_SIZE)) {
      yield this.describe(scope, types, batch);
    }
  }

  private async describe(
    scope: AccessScope,
    types: Map<string, RequestTypeEntity>,
    batch: BusinessRequestEntity[],
  ): Promise<RequestExportRecord[]> {
    const dealerIds = [...new Set(batch.map((r) => r.dealerId))];
    const accountIds = [...new Set(batch.map((r) => r.submittedBy))];
    const orderIds = [...new Set(batch.map((r) => r.orderId).filter((id): id is string => id !== null))];
    const ordersQuery = this.dataSource
      .createQueryBuilder()
      .select(["o.id AS id", "o.order_no AS order_no"])
      .from("sales_order", "o")
      .where("o.id = ANY(:ids)", { ids: orderIds });
    applyScope(ordersQuery, scope, { dealerColumn: "o.dealer_id", accountColumn: "o.created_by" });
    const [dealers, accounts, orders] = await Promise.all([
      this.dataSource.getRepository(DealerEntity).findBy({ id: In(dealerIds) }),
      this.dataSource.getRepository(AccountEntity).findBy({ id: In(accountIds) }),
      orderIds.length > 0 ? ordersQuery.getRawMany<{ id: string; order_no: string }>() : [],
    ]);
    const dealerNames = new Map(dealers.map((d) => [d.id, d.name]));
    const submitters = new Map(
      accounts.filter((a) => canSeeAccount(scope, a)).map((a) => [a.id, `${a.realName} (${a.loginName})`]),
    );
    const orderNos = new Map(orders.map((o) => [o.id, o.order_no]));
    return batch.map((request) => {
      const type = types.get(request.typeId);
      return {
        request,
        typeName: type?.name ?? "",
        groupCode: type?.groupCode ?? "",
        fields: type?.fields ?? [],
        dealerName: dealerNames.get(request.dealerId) ?? "",
        submitterLabel: submitters.get(request.submittedBy) ?? "",
        orderNo: request.orderId ? (orderNos.get(request.orderId) ?? "") : "",
      };
    });
  }
}
