"use client";

import { DownloadOutlined, FileImageOutlined, FilePdfOutlined, FileWordOutlined } from "@ant-design/icons";
import { formatFileSize } from "@crm/domain";
import { Button, Flex, Tooltip, Typography, theme } from "antd";
import type { ReactNode } from "react";

function FileIcon({ contentType }: { contentType: string }) {
  const { token } = theme.useToken();
  if (contentType === "application/pdf") return <FilePdfOutlined style={{ color: token.colorError, fontSize: 20 }} />;
  if (contentType.startsWith("image/"))
    return <FileImageOutlined style={{ color: token.colorSuccess, fontSize: 20 }} />;
  return <FileWordOutlined style={{ color: token.colorPrimary, fontSize: 20 }} />;
}

export interface StoredFile {
  id: string;
  fileName: string;
  contentType: string;
  sizeBytes: number;
  downloadUrl: string;
}

/**
 * Stored files as a bordered list: type icon, name (a download link), size and `meta` (who, when),
 * a download button and the row's own `actions` (e.g. delete). `testId` names each row; its link
 * is `${testId}-name`.
 */
export function FileRows<F extends StoredFile>({
  files,
  testId,
  downloadLabel,
  meta,
  actions,
}: {
  files: readonly F[];
  testId: string;
  downloadLabel: string;
  meta: (file: F) => ReactNode;
  actions?: (file: F) => ReactNode;
}) {
  const { token } = theme.useToken();
  const divider = `1px solid ${token.colorBorderSecondary}`;
  return (
    <div style={{ border: divider, borderRadius: token.borderRadiusLG }}>
      {files.map((file, index) => (
        <Flex
          key={file.id}
          gap={12}
          align="center"
          style={{ padding: "10px 12px", borderTop: index === 0 ? undefined : divider }}
          data-testid={testId}
        >
          <FileIcon contentType={file.contentType} />
          <div style={{ minWidth: 0, flex: 1 }}>
            <Typography.Link
              href={file.downloadUrl}
              download={file.fileName}
              ellipsis
              style={{ display: "block" }}
              data-testid={`${testId}-name`}
            >
              {file.fileName}
            </Typography.Link>
            <Typography.Text type="secondary" style={{ fontSize: 12 }}>
              {formatFileSize(file.sizeBytes)} · {meta(file)}
            </Typography.Text>
          </div>
          <Tooltip title={downloadLabel}>
            <Button
              type="text"
              size="small"
              icon={<DownloadOutlined />}
              href={file.downloadUrl}
              download={file.fileName}
              aria-label={downloadLabel}
            />
          </Tooltip>
          {actions?.(file)}
        </Flex>
      ))}
    </div>
  );
}
