import { ERROR_MESSAGES, isErrorCode } from "@crm/domain";
import type { EnterpriseFilter, EnterpriseSort, SortDirection } from "@/gql/graphql";
import type { Lang } from "@/shared/i18n/lang";
import type { EnterpriseListConfig } from "./enterprise-list-state";

export type ExportFormat = "csv" | "xlsx";

export interface ExportRequest {
  list: EnterpriseListConfig["exportList"];
  format: ExportFormat;
  filter: EnterpriseFilter;
  sort: EnterpriseSort;
  direction: SortDirection;
  withinDays?: number;
}

/** The export's URL: same origin, proxied to the API with the session cookie (src/proxy.ts). */
export function exportUrl(request: ExportRequest): string {
  const params = new URLSearchParams({
    list: request.list,
    format: request.format,
    filter: JSON.stringify(request.filter),
    sort: request.sort,
    direction: request.direction,
  });
  if (request.list === "renewal-due" && request.withinDays) params.set("withinDays", String(request.withinDays));
  return `/export/enterprises?${params.toString()}`;
}

export class ExportError extends Error {
  constructor(readonly userMessage: string) {
    super(userMessage);
    this.name = "ExportError";
  }
}

interface ErrorBody {
  error?: { code?: unknown; messageZh?: unknown; messageEn?: unknown };
}

async function errorMessage(response: Response, lang: Lang): Promise<string> {
  try {
    const body = (await response.json()) as ErrorBody;
    const message = lang === "zh" ? body.error?.messageZh : body.error?.messageEn;
    if (typeof message === "string" && message.length > 0) return message;
    const code = body.error?.code;
    if (isErrorCode(code)) return ERROR_MESSAGES[code][lang];
  } catch {
    // not JSON: fall through
  }
  return ERROR_MESSAGES[response.status === 401 ? "UNAUTHENTICATED" : "INTERNAL"][lang];
}

function fileNameOf(response: Response, fallback: string): string {
  const header = response.headers.get("content-disposition") ?? "";
  const star = /filename\*=UTF-8''([^;]+)/i.exec(header);
  if (star?.[1]) {
    try {
      return decodeURIComponent(star[1]);
    } catch {
      // malformed: try the plain form
    }
  }
  const plain = /filename="?([^";]+)"?/i.exec(header);
  return plain?.[1] ?? fallback;
}

/**
 * Downloads an export: fetch (so a refusal can be shown in the console's language), stream the
 * body while reporting the bytes received, then hand the file to the browser. Returns its name.
 */
export async function downloadExport(
  request: ExportRequest,
  lang: Lang,
  onProgress: (bytes: number) => void,
  signal?: AbortSignal,
): Promise<string> {
  let response: Response;
  try {
    response = await fetch(exportUrl(request), { credentials: "same-origin", signal });
  } catch (error) {
    if (signal?.aborted) throw error;
    throw new ExportError(lang === "zh" ? "无法连接服务器，请检查网络后重试" : "Can't reach the server, try again");
  }
  if (!response.ok) throw new ExportError(await errorMessage(response, lang));

  const chunks: Uint8Array<ArrayBuffer>[] = [];
  let received = 0;
  const reader = response.body?.getReader();
  if (reader) {
    for (;;) {
      const { done, value } = await reader.read();
      if (done) break;
      chunks.push(value);
      received += value.byteLength;
      onProgress(received);
    }
  } else {
    const buffer = new Uint8Array(await response.arrayBuffer());
    chunks.push(buffer);
    onProgress(buffer.byteLength);
  }
  const name = fileNameOf(response, `enterprises.${request.format}`);
  const blob = new Blob(chunks, { type: response.headers.get("content-type") ?? "application/octet-stream" });
  const href = URL.createObjectURL(blob);
  const link = document.createElement("a");
  link.href = href;
  link.download = name;
  document.body.appendChild(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(href), 10_000);
  return name;
}

/** 1.2 MB, 340 KB … */
export function formatBytes(bytes: number): string {
  if (bytes < 1024) return `${bytes} B`;
  if (bytes < 1024 * 1024) return `${(bytes / 1024).toFixed(0)} KB`;
  return `${(bytes / 1024 / 1024).toFixed(1)} MB`;
}
