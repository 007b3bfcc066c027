"use client";

import { DeleteOutlined, UploadOutlined } from "@ant-design/icons";
import { useMutation, useQuery } from "@apollo/client/react";
import { CONTRACT_ACCEPT, CONTRACT_MAX_FILES_PER_ORDER } from "@crm/domain";
import { Alert, App, Button, Empty, Flex, Popconfirm, Skeleton, Tooltip, Typography, Upload } from "antd";
import { useState } from "react";
import type { ContractFileRowFragment } from "@/gql/graphql";
import { describeError } from "@/shared/apollo/error-message";
import { FileRows } from "@/shared/files/file-rows";
import { MAX_FILE_SIZE_LABEL, useFileUpload } from "@/shared/files/upload-files";
import { formatDateTime } from "@/shared/format";
import { useLang, useMessages } from "@/shared/i18n/lang-provider";
import { DeleteContractFileMutation, OrderContractsQuery } from "../graphql/contract.operations";
import { contractMessages } from "../contract.messages";

/**
 * 合同文件 of an order, for the order detail page: the files with download, and — for viewers who
 * may upload (`canUpload`: 合同上传 on their own dealer's order) — upload (PDF, JPG, PNG, DOCX,
 * ≤ 10 MB each, ≤ 10 per order; the API judges each file by its content) and delete while unpaid.
 */
export function ContractFiles({ orderId, canUpload }: { orderId: string; canUpload: boolean }) {
  const lang = useLang();
  const t = useMessages(contractMessages);
  const { message, notification } = App.useApp();
  const { data, loading, error, refetch } = useQuery(OrderContractsQuery, {
    variables: { id: orderId },
    fetchPolicy: "cache-and-network",
  });
  const [remove] = useMutation(DeleteContractFileMutation);
  const [deleting, setDeleting] = useState<string | null>(null);

  const order = data?.order;
  const files = order?.contracts ?? [];
  const status = order?.status;
  const open = status !== "CLOSED" && status !== "REJECTED";
  const mayUpload = canUpload && open;
  const mayDelete = canUpload && open && status !== "PAID";
  const upload = useFileUpload({
    stored: files.length,
    max: CONTRACT_MAX_FILES_PER_ORDER,
    feedback: t,
    onUploaded: () => void refetch().catch(() => undefined),
  });

  if (!data && loading) return <Skeleton active paragraph={{ rows: 2 }} />;
  if (error && !data) {
    return <Alert type="error" showIcon title={t.loadFailed} description={describeError(error, lang).message} />;
  }

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

  const full = upload.full;

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
                fileList={upload.pending}
                beforeUpload={upload.beforeUpload}
                onChange={upload.onChange}
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
              {t.limits(CONTRACT_MAX_FILES_PER_ORDER, MAX_FILE_SIZE_LABEL)}
            </Typography.Text>
          </Flex>
        ) : (
          <Typography.Text type="secondary">{t.closed}</Typography.Text>
        )
      ) : null}
      {files.length === 0 ? (
        <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t.empty} style={{ margin: "8px 0" }} />
      ) : (
        <FileRows
          files={files}
          testId="contract-file"
          downloadLabel={t.download}
          meta={(file) => t.uploadedBy(file.uploadedBy?.realName ?? t.someone, formatDateTime(file.createdAt, lang))}
          actions={(file) =>
            canUpload ? (
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
            ) : null
          }
        />
      )}
    </Flex>
  );
}
