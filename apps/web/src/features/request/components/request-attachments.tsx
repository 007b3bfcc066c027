"use client";

import { UploadOutlined } from "@ant-design/icons";
import { CONTRACT_ACCEPT } from "@crm/domain";
import { Button, Empty, Flex, Typography, Upload } from "antd";
import type { BusinessRequestDetailFragment } from "@/gql/graphql";
import { FileRows } from "@/shared/files/file-rows";
import { MAX_FILE_SIZE_LABEL, useFileUpload } from "@/shared/files/upload-files";
import { formatDateTime } from "@/shared/format";
import { useLang, useMessages } from "@/shared/i18n/lang-provider";
import { requestMessages } from "../request.messages";

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
  const files = request.attachments;
  const max = request.type.maxAttachments;
  const open = request.status === "PENDING";
  const upload = useFileUpload({ stored: files.length, max, feedback: t, onUploaded: onChanged });
  const full = upload.full;

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
                fileList={upload.pending}
                beforeUpload={upload.beforeUpload}
                onChange={upload.onChange}
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
              {t.attachmentsLimits(max, MAX_FILE_SIZE_LABEL)}
            </Typography.Text>
          </Flex>
        ) : files.length === 0 ? null : (
          <Typography.Text type="secondary">{t.attachmentsClosed}</Typography.Text>
        )
      ) : null}
      {files.length === 0 ? (
        <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t.attachmentsEmpty} style={{ margin: "4px 0" }} />
      ) : (
        <FileRows
          files={files}
          testId="request-attachment"
          downloadLabel={t.download}
          meta={(file) => formatDateTime(file.createdAt, lang)}
        />
      )}
    </Flex>
  );
}
