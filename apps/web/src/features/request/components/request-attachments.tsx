"use client";

import {
  DownloadOutlined,
  FileImageOutlined,
  FilePdfOutlined,
  FileWordOutlined,
  UploadOutlined,
} from "@ant-design/icons";
import {
  CONTRACT_ACCEPT,
  CONTRACT_MAX_BYTES,
  ERROR_MESSAGES,
  contractKindOfName,
  formatFileSize,
  isErrorCode,
} from "@crm/domain";
import { App, Button, Empty, Flex, Tooltip, Typography, Upload, theme } from "antd";
import type { UploadFile, UploadProps } from "antd";
import { useState } from "react";
import type { BusinessRequestDetailFragment } from "@/gql/graphql";
import { formatDateTime } from "@/shared/format";
import type { Lang } from "@/shared/i18n/lang";
import { useLang, useMessages } from "@/shared/i18n/lang-provider";
import { requestMessages } from "../request.messages";

const MAX_SIZE_LABEL = formatFileSize(CONTRACT_MAX_BYTES).replace(".0 ", " ");

function uploadErrorMessage(response: unknown, lang: Lang): string | null {
  if (typeof response !== "object" || response === null || !("error" in response)) return null;
  const error = (response as { error?: { code?: unknown; messageZh?: unknown; messageEn?: unknown } }).error;
  const text = lang === "zh" ? error?.messageZh : error?.messageEn;
  if (typeof text === "string" && text) return text;
  const code = error?.code;
  return isErrorCode(code) ? ERROR_MESSAGES[code][lang] : null;
}

function FileIcon({ contentType }: { contentType: string }) {
  const { token } = theme.useToken();
  if (contentType === "application/pdf") return <FilePdfOutlined style={{ color: token.colorError, fontSize: 20 }} />;
  if (contentType.startsWith("image/"))
    return <FileImageOutlined style={{ color: token.colorSuccess, fontSize: 20 }} />;
  return <FileWordOutlined style={{ color: token.colorPrimary, fontSize: 20 }} />;
}

/**
 * 附件 of a request: download for everyone who sees it; upload (POST /requests/:id/attachments,
 * PDF/JPG/PNG/DOCX ≤ 10 MB, up to the type's limit) for the dealer's requesters while pending.
 */
export function RequestAttachments({
  request,
  canUpload,
  onChanged,
}: {
  request: BusinessRequestDetailFragment;
  canUpload: boolean;
  onChanged: () => void;
}) {
  const lang = useLang();
  const t = useMessages(requestMessages);
  const { message, notification } = App.useApp();
  const { token } = theme.useToken();
  const [pending, setPending] = useState<UploadFile[]>([]);
  const files = request.attachments;
  const max = request.type.maxAttachments;
  const open = request.status === "PENDING";
  const inFlight = pending.filter((f) => f.status === "uploading").length;
  const full = files.length + inFlight >= max;

  const beforeUpload: UploadProps["beforeUpload"] = (file, batch) => {
    if (!contractKindOfName(file.name)) {
      message.error(t.wrongType(file.name));
      return Upload.LIST_IGNORE;
    }
    if (file.size > CONTRACT_MAX_BYTES) {
      message.error(t.tooLarge(file.name, MAX_SIZE_LABEL));
      return Upload.LIST_IGNORE;
    }
    const accepted = batch.filter((f) => contractKindOfName(f.name) && f.size <= CONTRACT_MAX_BYTES);
    if (files.length + inFlight + accepted.indexOf(file) >= max) {
      message.error(t.full(max));
      return Upload.LIST_IGNORE;
    }
    return true;
  };

  const onChange: UploadProps["onChange"] = ({ file, fileList }) => {
    if (file.status === "done") {
      message.success(t.uploaded(file.name));
      onChanged();
    }
    if (file.status === "error") {
      notification.error({
        title: t.uploadFailed(file.name),
        description: uploadErrorMessage(file.response, lang) ?? ERROR_MESSAGES.INTERNAL[lang],
      });
    }
    setPending(fileList.filter((f) => f.status === "uploading"));
  };

  const divider = `1px solid ${token.colorBorderSecondary}`;
  return (
    <Flex vertical gap={12} data-testid="request-attachments">
      {canUpload && max > 0 ? (
        open ? (
          <Flex vertical gap={6}>
            <Flex gap={12} align="center" wrap>
              <Upload
                name="file"
                action={`/requests/${request.id}/attachments`}
                accept={CONTRACT_ACCEPT}
                multiple
                fileList={pending}
                beforeUpload={beforeUpload}
                onChange={onChange}
                showUploadList={{ showRemoveIcon: false }}
                disabled={full}
              >
                <Button icon={<UploadOutlined />} disabled={full} data-testid="request-attachment-upload">
                  {t.upload}
                </Button>
              </Upload>
              <Typography.Text type="secondary">{t.attachmentsUsed(files.length, max)}</Typography.Text>
            </Flex>
            <Typography.Text type="secondary" style={{ fontSize: 12 }}>
              {t.attachmentsLimits(max, MAX_SIZE_LABEL)}
            </Typography.Text>
          </Flex>
        ) : files.length === 0 ? null : (
          <Typography.Text type="secondary">{t.attachmentsClosed}</Typography.Text>
        )
      ) : null}
      {files.length === 0 ? (
        <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t.attachmentsEmpty} style={{ margin: "4px 0" }} />
      ) : (
        <div style={{ border: divider, borderRadius: token.borderRadiusLG }}>
          {files.map((file, index) => (
            <Flex
              key={file.id}
              gap={12}
              align="center"
              style={{ padding: "10px 12px", borderTop: index === 0 ? undefined : divider }}
              data-testid="request-attachment"
            >
              <FileIcon contentType={file.contentType} />
              <div style={{ minWidth: 0, flex: 1 }}>
                <Typography.Link
                  href={file.downloadUrl}
                  download={file.fileName}
                  ellipsis
                  style={{ display: "block" }}
                  data-testid="request-attachment-name"
                >
                  {file.fileName}
                </Typography.Link>
                <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                  {formatFileSize(file.sizeBytes)} · {formatDateTime(file.createdAt, lang)}
                </Typography.Text>
              </div>
              <Tooltip title={t.download}>
                <Button
                  type="text"
                  size="small"
                  icon={<DownloadOutlined />}
                  href={file.downloadUrl}
                  download={file.fileName}
                  aria-label={t.download}
                />
              </Tooltip>
            </Flex>
          ))}
        </div>
      )}
    </Flex>
  );
}
