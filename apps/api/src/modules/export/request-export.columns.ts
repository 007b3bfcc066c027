import { REQUEST_GROUPS, REQUEST_STATUSES, VENDOR_ROLES, shanghaiDateTime, type RequestField } from "@crm/domain";
import type { BusinessRequestEntity } from "../request/business-request.entity";

/** One exported request with what the viewer may see of its parts (already scoped). */
export interface RequestExportRecord {
  request: BusinessRequestEntity;
  typeName: string;
  groupCode: string;
  fields: readonly RequestField[];
  dealerName: string;
  submitterLabel: string;
  orderNo: string;
}

export interface RequestExportColumn {
  header: string;
  width: number;
  value(record: RequestExportRecord): string;
}

function label(codes: readonly { code: string; zh: string }[], code: string | null | undefined): string {
  return code ? (codes.find((c) => c.code === code)?.zh ?? code) : "";
}

/** 分 as a decimal a spreadsheet reads as a number: 123456 → "1234.56". */
function yuan(fen: number | null): string {
  if (fen === null) return "";
  return `${Math.floor(fen / 100)}.${String(fen % 100).padStart(2, "0")}`;
}

/** The form's values as "label：value" lines, in the type's field order (money in yuan). */
function content(record: RequestExportRecord): string {
  return record.fields
    .filter((f) => record.request.payload[f.key] !== undefined && record.request.payload[f.key] !== null)
    .map((f) => {
      const raw = record.request.payload[f.key];
      const value = f.kind === "MONEY" && typeof raw === "number" ? yuan(raw) : String(raw);
      return `${f.label}：${value}`;
    })
    .join("\n");
}

/** 当前环节: the role whose step is waiting, or nothing once ended. */
function currentStep(r: BusinessRequestEntity): string {
  if (r.status !== "PENDING") return "";
  return `${r.currentStep}/${r.chain.length} ${label(VENDOR_ROLES, r.chain[r.currentStep - 1])}`;
}

export const REQUEST_EXPORT_COLUMNS: RequestExportColumn[] = [
  { header: "申请编号", width: 20, value: (r) => r.request.requestNo },
  { header: "业务分类", width: 14, value: (r) => label(REQUEST_GROUPS, r.groupCode) },
  { header: "申请类型", width: 24, value: (r) => r.typeName },
  { header: "经销商", width: 22, value: (r) => r.dealerName },
  { header: "提交人", width: 20, value: (r) => r.submitterLabel },
  { header: "状态", width: 10, value: (r) => label(REQUEST_STATUSES, r.request.status) },
  { header: "当前环节", width: 16, value: (r) => currentStep(r.request) },
  { header: "审批流程", width: 24, value: (r) => r.request.chain.map((c) => label(VENDOR_ROLES, c)).join(" → ") },
  { header: "订单号", width: 20, value: (r) => r.orderNo },
  { header: "减免金额(元)", width: 14, value: (r) => yuan(r.request.amount) },
  { header: "申请内容", width: 50, value: content },
  { header: "提交时间", width: 17, value: (r) => shanghaiDateTime(r.request.createdAt) },
  { header: "办结时间", width: 17, value: (r) => shanghaiDateTime(r.request.endedAt) },
];
