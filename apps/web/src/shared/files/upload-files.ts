import { CONTRACT_MAX_BYTES, ERROR_MESSAGES, contractKindOfName, formatFileSize, isErrorCode } from "@crm/domain";
import { App, Upload } from "antd";
import type { UploadFile, UploadProps } from "antd";
import { useState } from "react";
import type { Lang } from "@/shared/i18n/lang";
import { useLang } from "@/shared/i18n/lang-provider";

/** "10 MB": the per-file limit as the upload hints show it. */
export const MAX_FILE_SIZE_LABEL = formatFileSize(CONTRACT_MAX_BYTES).replace(".0 ", " ");

/** The upload routes' error body: `{ error: { code, messageZh, messageEn } }`. */
export function uploadErrorMessage(response: unknown, lang: Lang): string | null {
  if (typeof response !== "object" || response === null || !("error" in response)) return null;
  const error = (response as { error?: { code?: unknown; messageZh?: unknown; messageEn?: unknown } }).error;
  const text = lang === "zh" ? error?.messageZh : error?.messageEn;
  if (typeof text === "string" && text) return text;
  const code = error?.code;
  return isErrorCode(code) ? ERROR_MESSAGES[code][lang] : null;
}

export interface UploadFeedback {
  wrongType: (name: string) => string;
  tooLarge: (name: string, limit: string) => string;
  full: (max: number) => string;
  uploaded: (name: string) => string;
  uploadFailed: (name: string) => string;
}

/**
 * The client side of an upload route (contracts, request attachments): PDF/JPG/PNG/DOCX of at
 * most 10 MB each, at most `max` files in all counting those stored and those on their way, each
 * refusal and each outcome told in a message. The API judges every file again by its content.
 */
export function useFileUpload({
  stored,
  max,
  feedback,
  onUploaded,
}: {
  stored: number;
  max: number;
  feedback: UploadFeedback;
  onUploaded: () => void;
}) {
  const lang = useLang();
  const { message, notification } = App.useApp();
  // Only the uploads in flight are listed by the Upload; stored files come from the API.
  const [pending, setPending] = useState<UploadFile[]>([]);
  const inFlight = pending.filter((f) => f.status === "uploading").length;

  const beforeUpload: UploadProps["beforeUpload"] = (file, batch) => {
    if (!contractKindOfName(file.name)) {
      message.error(feedback.wrongType(file.name));
      return Upload.LIST_IGNORE;
    }
    if (file.size > CONTRACT_MAX_BYTES) {
      message.error(feedback.tooLarge(file.name, MAX_FILE_SIZE_LABEL));
      return Upload.LIST_IGNORE;
    }
    const accepted = batch.filter((f) => contractKindOfName(f.name) && f.size <= CONTRACT_MAX_BYTES);
    if (stored + inFlight + accepted.indexOf(file) >= max) {
      message.error(feedback.full(max));
      return Upload.LIST_IGNORE;
    }
    return true;
  };

  const onChange: UploadProps["onChange"] = ({ file, fileList }) => {
    if (file.status === "done") {
      message.success(feedback.uploaded(file.name));
      onUploaded();
    }
    if (file.status === "error") {
      notification.error({
        title: feedback.uploadFailed(file.name),
        description: uploadErrorMessage(file.response, lang) ?? ERROR_MESSAGES.INTERNAL[lang],
      });
    }
    setPending(fileList.filter((f) => f.status === "uploading"));
  };

  return { pending, beforeUpload, onChange, full: stored + inFlight >= max };
}
