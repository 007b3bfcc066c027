"use client";

import {
  DeleteOutlined,
  DownloadOutlined,
  FileImageOutlined,
  FilePdfOutlined,
  FileWordOutlined,
  UploadOutlined,
} from "@ant-design/icons";
import { useMutation, useQuery } from "@apollo/client/react";
import {
  CONTRACT_ACCEPT,
  CONTRACT_MAX_BYTES,
  CONTRACT_MAX_FILES_PER_ORDER,
  contractKindOfName,
  formatFileSize,
  isErrorCode,
  ERROR_MESSAGES,
} from "@crm/domain";
import { Alert, App, Button, Empty, Flex, Popconfirm, Skeleton, Tooltip, Typography, Upload, theme } from "antd";
import type { UploadFile, UploadProps } from "antd";
import { useState } from "react";
import type { ContractFileRowFragment } from "@/gql/graphql";
import { describeError } from "@/shared/apollo/error-message";
import { formatDateTime } from "@/shared/format";
import type { Lang } from "@/shared/i18n/lang";
import { useLang, useMessages } from "@/shared/i18n/lang-provider";
import { DeleteContractFileMutation, OrderContractsQuery } from "../graphql/contract.operations";
import { contractMessages } from "../contract.messages";

const MAX_SIZE_LABEL = formatFileSize(CONTRACT_MAX_BYTES).replace(".0 ", " ");

/** The upload route's error body: `{ error: { code, messageZh, messageEn } }`. */
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
 * 合同文件 of an order, for the order detail page: the files with download, and — for viewers who
 * may upload (`canUpload`: 合同上传 on their own dealer's order) — upload (PDF, JPG, PNG, DOCX,
 * ≤ 10 MB each, ≤ 10 per order; the API judges each file by its content) and delete while unpaid.
 */
export function ContractFiles({ orderId, canUpload }: { orderId: string; canUpload: boolean }) {
  const lang = useLang();
  const t = useMessages(contractMessages);
  const { message, notification } = App.useApp();
  const { token } = theme.useToken();
  const { data, loading, error, refetch } = useQuery(OrderContractsQuery, {
    variables: { id: orderId },
    fetchPolicy: "cache-and-network",
  });
  const [remove] = useMutation(DeleteContractFileMutation);
  const [deleting, setDeleting] = useState<string | null>(null);
  // Only the uploads in flight or failed are listed by the Upload; stored files come from the API.
  const [pending, setPending] = useState<UploadFile[]>([]);

  const order = data?.order;
  const files = order?.contracts ?? [];
  const status = order?.status;
  const open = status !== "CLOSED" && status !== "REJECTED";
  const mayUpload = canUpload && open;
  const mayDelete = canUpload && status !== "PAID";
  const inFlight = pending.filter((f) => f.status === "uploading").length;

  if (!data && loading) return <Skeleton active paragraph={{ rows: 2 }} />;
  if (error && !data) {
    return <Alert type="error" showIcon title={t.loadFailed} description={describeError(error, lang).message} />;
  }

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
    if (files.length + inFlight + accepted.indexOf(file) >= CONTRACT_MAX_FILES_PER_ORDER) {
      message.error(t.full(CONTRACT_MAX_FILES_PER_ORDER));
      return Upload.LIST_IGNORE;
    }
    return true;
  };

  const onChange: UploadProps["onChange"] = ({ file, fileList }) => {
    if (file.status === "done") {
      message.success(t.uploaded(file.name));
      void refetch().catch(() => undefined);
    }
    if (file.status === "error") {
      notification.error({
        title: t.uploadFailed(file.name),
        description: uploadErrorMessage(file.response, lang) ?? ERROR_MESSAGES.INTERNAL[lang],
      });
    }
    setPending(fileList.filter((f) => f.status === "uploading"));
  };

  async function onDelete(file: ContractFileRowFragment) {
    setDeleting(file.id);
    try {
      await remove({ variables: { id: file.id } });
      message.success(t.deleted(file.fileName));
    } catch (e) {
      notification.error({ title: t.deleteFailed, description: describeError(e, lang).message });
      void refetch().catch(() => undefined);
    } finally {
      setDeleting(null);
    }
  }

  const full = files.length + inFlight >= CONTRACT_MAX_FILES_PER_ORDER;
  const divider = `1px solid ${token.colorBorderSecondary}`;

  return (
    <Flex vertical gap={12} data-testid="contract-files">
      {canUpload ? (
        open ? (
          <Flex vertical gap={8}>
            <Flex gap={12} align="center" wrap>
              <Upload
                name="file"
                action={`/orders/${orderId}/contracts`}
                accept={CONTRACT_ACCEPT}
                multiple
                fileList={pending}
                beforeUpload={beforeUpload}
                onChange={onChange}
                showUploadList={{ showRemoveIcon: false }}
                disabled={!mayUpload || full}
              >
                <Button icon={<UploadOutlined />} disabled={!mayUpload || full} data-testid="contract-upload">
                  {t.upload}
                </Button>
              </Upload>
              <Typography.Text type="secondary">{t.used(files.length, CONTRACT_MAX_FILES_PER_ORDER)}</Typography.Text>
            </Flex>
            <Typography.Text type="secondary" style={{ fontSize: 12 }}>
              {t.limits(CONTRACT_MAX_FILES_PER_ORDER, MAX_SIZE_LABEL)}
            </Typography.Text>
          </Flex>
        ) : (
          <Typography.Text type="secondary">{t.closed}</Typography.Text>
        )
      ) : null}
      {files.length === 0 ? (
        <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t.empty} style={{ margin: "8px 0" }} />
      ) : (
        <div style={{ border: divider, borderRadius: token.borderRadiusLG }}>
          {files.map((file, index) => (
            <Flex
              key={file.id}
              gap={12}
              align="center"
              style={{ padding: "10px 12px", borderTop: index === 0 ? undefined : divider }}
              data-testid="contract-file"
            >
              <FileIcon contentType={file.contentType} />
              <div style={{ minWidth: 0, flex: 1 }}>
                <Typography.Link
                  href={file.downloadUrl}
                  download={file.fileName}
                  ellipsis
                  style={{ display: "block" }}
                  data-testid="contract-file-name"
                >
                  {file.fileName}
                </Typography.Link>
                <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                  {formatFileSize(file.sizeBytes)} ·{" "}
                  {t.uploadedBy(file.uploadedBy?.realName ?? t.someone, formatDateTime(file.createdAt, lang))}
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
              {canUpload ? (
                mayDelete ? (
                  <Popconfirm
                    title={t.deleteConfirm(file.fileName)}
                    okText={t.delete}
                    okButtonProps={{ danger: true, "data-testid": "contract-delete-confirm" }}
                    cancelText={t.cancel}
                    onConfirm={() => onDelete(file)}
                  >
                    <Button
                      type="text"
                      size="small"
                      danger
                      icon={<DeleteOutlined />}
                      loading={deleting === file.id}
                      aria-label={t.delete}
                      data-testid="contract-delete"
                    />
                  </Popconfirm>
                ) : (
                  <Tooltip title={t.paidLocked}>
                    <Button type="text" size="small" icon={<DeleteOutlined />} disabled aria-label={t.delete} />
                  </Tooltip>
                )
              ) : null}
            </Flex>
          ))}
        </div>
      )}
    </Flex>
  );
}
