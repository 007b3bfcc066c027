import { shanghaiDateStamp } from "@crm/domain";
import { validate } from "class-validator";
import { stream as excelStream } from "exceljs";
import type { Response } from "express";
import { coerceInputValue, isInputObjectType, type GraphQLSchema } from "graphql";
import { In, type DataSource } from "typeorm";
import { canSeeAccount, type AccessScope } from "../../access/access-scope";
import type { Viewer } from "../../access/viewer";
import { DomainError, invalid } from "../../shared/domain-error";
import { SortDirection } from "../../shared/sort-direction";
import { AccountEntity } from "../account/account.entity";
import type { AuditService } from "../audit/audit.service";
import { EnterpriseFilter } from "../enterprise/dto/enterprise-filter.input";
import type { EnterpriseEntity } from "../enterprise/enterprise.entity";
import { EnterpriseSort } from "../enterprise/enterprise.enums";
import type { EnterpriseListSpec } from "../enterprise/enterprise.repository";
import type { EnterpriseService } from "../enterprise/enterprise.service";
import { UTF8_BOM, csvRow } from "./csv";
import {
  EXPORT_LISTS,
  contentDisposition,
  exportColumns,
  type EnterpriseExportRecord,
  type ExportColumn,
} from "./enterprise-export.columns";

export type ExportFormat = "csv" | "xlsx";

/** A checked export request: which list, which format, the same spec the GraphQL list would run. */
export interface ExportRequest {
  listName: string;
  title: string;
  slug: string;
  format: ExportFormat;
  spec: EnterpriseListSpec;
  /** What the audit entry records of the request. */
  described: Record<string, unknown>;
}

const BATCH_SIZE = 1000;
const CONTENT_TYPES: Record<ExportFormat, string> = {
  csv: "text/csv; charset=utf-8",
  xlsx: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
};

function single(query: Record<string, unknown>, name: string): string | undefined {
  const value = query[name];
  if (value === undefined) return undefined;
  if (typeof value !== "string") throw invalid(name, `参数 ${name} 只能出现一次`, `give ${name} once`);
  return value;
}

/** The client closed the connection mid-download. */
export class ClientGone extends Error {
  constructor() {
    super("the client closed the connection");
  }
}

/** Writes a chunk, waiting for the socket to drain; fails fast when the client went away. */
function writeChunk(res: Response, chunk: string): Promise<void> {
  if (res.destroyed) return Promise.reject(new ClientGone());
  if (res.write(chunk)) return Promise.resolve();
  return drained(res);
}

function groupBy<T>(rows: readonly T[], keyOf: (row: T) => string): Map<string, T[]> {
  const map = new Map<string, T[]>();
  for (const row of rows) {
    const key = keyOf(row);
    const list = map.get(key);
    if (list) list.push(row);
    else map.set(key, [row]);
  }
  return map;
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

/**
 * Exports of the four enterprise lists (CSV and XLSX): the same checked filter and sort as the
 * GraphQL lists, the viewer's scope on every query, streamed in keyset batches of 1000 (never the
 * whole list in memory), and an audit entry with the request and the row count.
 */
export class EnterpriseExportService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly enterprises: EnterpriseService,
    private readonly audit: AuditService,
    private readonly schema: GraphQLSchema,
  ) {}

  /** Checks the query string: list, format, filter (JSON of EnterpriseFilter), sort, direction, withinDays. */
  async parse(query: Record<string, unknown>, now: Date = new Date()): Promise<ExportRequest> {
    const listName = single(query, "list") ?? "all";
    const listInfo = Object.prototype.hasOwnProperty.call(EXPORT_LISTS, listName) ? EXPORT_LISTS[listName] : undefined;
    if (!listInfo) {
      throw invalid("list", "列表须为 all、renewal-due、trial-expired 或 routed", "unknown list");
    }
    const format = single(query, "format") ?? "csv";
    if (format !== "csv" && format !== "xlsx") throw invalid("format", "格式须为 csv 或 xlsx", "format is csv or xlsx");
    const sort = single(query, "sort") ?? "CREATED_AT";
    if (!Object.prototype.hasOwnProperty.call(EnterpriseSort, sort)) {
      throw invalid("sort", "不支持的排序字段", "unknown sort key");
    }
    const direction = single(query, "direction") ?? "DESC";
    if (!Object.prototype.hasOwnProperty.call(SortDirection, direction)) {
      throw invalid("direction", "排序方向须为 ASC 或 DESC", "direction is ASC or DESC");
    }
    const rawDays = single(query, "withinDays");
    let withinDays: number | null = null;
    if (rawDays !== undefined) {
      if (!/^\d{1,4}$/.test(rawDays)) throw invalid("withinDays", "到期天数须为整数", "withinDays is a number");
      withinDays = Number(rawDays);
    }
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
    const spec = this.enterprises.listSpec(
      {
        list: listInfo.list,
        withinDays,
        filter,
        sort: sort as EnterpriseSort,
        direction: direction as SortDirection,
      },
      now,
    );
    return {
      listName,
      title: listInfo.title,
      slug: listInfo.slug,
      format,
      spec,
      described: { list: listName, format, sort, direction, withinDays, filter: filterJson },
    };
  }

  /** The filter JSON through the schema's own input coercion, then the same class-validator rules. */
  private async checkFilter(value: unknown): Promise<EnterpriseFilter> {
    const type = this.schema.getType("EnterpriseFilter");
    if (!isInputObjectType(type)) throw new Error("EnterpriseFilter is missing from the schema");
    const problems: string[] = [];
    const coerced: unknown = coerceInputValue(value, type, (path, _value, error) => {
      problems.push(`${["filter", ...path].join(".")}: ${error.message}`);
    });
    if (problems.length > 0 || typeof coerced !== "object" || coerced === null) {
      throw new DomainError("VALIDATION_FAILED", { field: "filter", reason: problems[0] ?? "not an object" });
    }
    const filter = Object.assign(new EnterpriseFilter(), coerced);
    const errors = await validate(filter, { forbidUnknownValues: false });
    if (errors.length > 0) {
      throw new DomainError("VALIDATION_FAILED", { fields: errors.map((e) => `filter.${e.property}`) });
    }
    return filter;
  }

  /** Streams the file to the response, then records the export in the audit log. */
  async send(res: Response, viewer: Viewer, scope: AccessScope, request: ExportRequest): Promise<void> {
    const columns = exportColumns(request.spec.list);
    const stamp = shanghaiDateStamp(request.spec.now);
    res.status(200);
    res.setHeader("Content-Type", CONTENT_TYPES[request.format]);
    res.setHeader(
      "Content-Disposition",
      contentDisposition(`${request.title}-${stamp}.${request.format}`, `${request.slug}-${stamp}.${request.format}`),
    );
    res.setHeader("Cache-Control", "no-store");
    res.setHeader("X-Content-Type-Options", "nosniff");

    let rowCount = 0;
    let completed = false;
    try {
      const batches = this.recordBatches(scope, request.spec);
      const count = (n: number) => {
        rowCount += n;
      };
      if (request.format === "csv") await this.writeCsv(res, columns, batches, count);
      else await this.writeXlsx(res, request.title, columns, batches, count);
      completed = true;
    } finally {
      await this.audit
        .record(this.dataSource.manager, viewer, {
          dealerId: viewer.account.dealerId,
          action: "enterprise.export",
          entityType: "enterprise",
          entityId: null,
          after: { ...request.described, rowCount, completed },
        })
        .catch((error: unknown) => console.error("export audit entry failed", error));
    }
  }

  private async writeCsv(
    res: Response,
    columns: ExportColumn[],
    batches: AsyncGenerator<EnterpriseExportRecord[]>,
    count: (n: number) => void,
  ): Promise<void> {
    await writeChunk(res, UTF8_BOM + csvRow(columns.map((c) => c.header)));
    for await (const records of batches) {
      await writeChunk(res, records.map((r) => csvRow(columns.map((c) => c.value(r)))).join(""));
      count(records.length);
    }
    await new Promise<void>((resolve) => res.end(resolve));
  }

  private async writeXlsx(
    res: Response,
    title: string,
    columns: ExportColumn[],
    batches: AsyncGenerator<EnterpriseExportRecord[]>,
    count: (n: number) => void,
  ): Promise<void> {
    const workbook = new excelStream.xlsx.WorkbookWriter({ stream: res, useStyles: true, useSharedStrings: false });
    const sheet = workbook.addWorksheet(title, { views: [{ state: "frozen", ySplit: 1 }] });
    sheet.columns = columns.map((c, i) => ({ header: c.header, key: `c${i}`, width: c.width }));
    sheet.getRow(1).font = { bold: true };
    for await (const records of batches) {
      // Strings stay strings in XLSX (never formulas), so no quote prefix is needed here.
      for (const record of records) sheet.addRow(columns.map((c) => c.value(record))).commit();
      count(records.length);
      if (res.destroyed) throw new ClientGone();
      if (res.writableNeedDrain) await drained(res);
    }
    sheet.commit();
    const gone = new Promise<never>((_resolve, reject) => res.once("close", () => reject(new ClientGone())));
    gone.catch(() => undefined);
    await Promise.race([workbook.commit(), gone]);
  }

  /** The list's rows in keyset batches, each with its parts loaded in a few scoped queries. */
  private async *recordBatches(scope: AccessScope, spec: EnterpriseListSpec): AsyncGenerator<EnterpriseExportRecord[]> {
    for await (const batch of this.enterprises.batches(scope, spec, BATCH_SIZE)) {
      yield this.records(scope, spec, batch);
    }
  }

  private async records(
    scope: AccessScope,
    spec: EnterpriseListSpec,
    batch: EnterpriseEntity[],
  ): Promise<EnterpriseExportRecord[]> {
    const ids = batch.map((e) => e.id);
    const repository = this.enterprises.repository;
    const needsSummary = spec.list === "RENEWAL_DUE" || spec.list === "TRIAL_EXPIRED";
    const ownerIds = [...new Set(batch.map((e) => e.ownerAccountId).filter((id): id is string => id !== null))];
    const [domains, tags, contacts, owners, summaries] = await Promise.all([
      repository.domainsFor(scope, ids),
      repository.tagsFor(scope, ids),
      repository.contactsFor(scope, ids),
      ownerIds.length > 0 ? this.dataSource.getRepository(AccountEntity).findBy({ id: In(ownerIds) }) : [],
      needsSummary ? repository.serviceSummariesFor(scope, ids, spec.now) : null,
    ]);
    const ownerLabels = new Map(
      owners.filter((a) => canSeeAccount(scope, a)).map((a) => [a.id, `${a.realName} (${a.loginName})`]),
    );
    const domainsOf = groupBy(domains, (d) => d.enterpriseId);
    const tagsOf = groupBy(tags, (t) => t.enterpriseId);
    const contactsOf = groupBy(contacts, (c) => c.enterpriseId);
    return batch.map((enterprise) => {
      const contact = contactsOf.get(enterprise.id)?.[0] ?? null;
      const summary = summaries?.get(enterprise.id);
      return {
        enterprise,
        secondaryDomains: (domainsOf.get(enterprise.id) ?? []).filter((d) => !d.isMain).map((d) => d.domain),
        tagNames: (tagsOf.get(enterprise.id) ?? []).map((t) => t.tag.name),
        ownerLabel: enterprise.ownerAccountId ? (ownerLabels.get(enterprise.ownerAccountId) ?? "") : "",
        contact: contact ? { name: contact.name, mobile: contact.mobile, email: contact.email } : null,
        nextPaidExpiresAt: summary?.nextPaidExpiresAt ?? null,
        trialExpiredAt: summary?.trialExpiredAt ?? null,
      };
    });
  }
}
