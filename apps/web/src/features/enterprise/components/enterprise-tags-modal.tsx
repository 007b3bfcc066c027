"use client";

import { useMutation } from "@apollo/client/react";
import { Alert, App, Button, Modal, Space, Typography } from "antd";
import { useState } from "react";
import { describeError } from "@/shared/apollo/error-message";
import { useLang, useMessages } from "@/shared/i18n/lang-provider";
import { enterpriseMessages } from "../enterprise.messages";
import { SetEnterpriseTagsMutation } from "../graphql/enterprise.operations";
import { TagSelect } from "./tag-select";

/** 编辑标签 of one enterprise (any of the dealer's tags); admins can jump to 管理标签. */
export function EnterpriseTagsModal({
  enterpriseId,
  currentTagIds,
  open,
  onClose,
  onManageTags,
}: {
  enterpriseId: string;
  currentTagIds: readonly string[];
  open: boolean;
  onClose: () => void;
  /** Set for dealer admins. */
  onManageTags?: () => void;
}) {
  const lang = useLang();
  const t = useMessages(enterpriseMessages);
  const { message } = App.useApp();
  const [tagIds, setTagIds] = useState<string[]>([...currentTagIds]);
  const [error, setError] = useState<string | null>(null);
  const [setTags, { loading }] = useMutation(SetEnterpriseTagsMutation);

  async function save() {
    setError(null);
    try {
      await setTags({ variables: { id: enterpriseId, tagIds } });
      message.success(t.tagsSaved);
      onClose();
    } catch (e) {
      setError(describeError(e, lang).message);
    }
  }

  return (
    <Modal
      open={open}
      title={t.editTags}
      onCancel={onClose}
      onOk={() => void save()}
      okText={t.save}
      cancelText={t.cancel}
      confirmLoading={loading}
      destroyOnHidden
      width={520}
      afterOpenChange={(visible) => {
        if (visible) setTagIds([...currentTagIds]);
      }}
    >
      <Space orientation="vertical" style={{ width: "100%" }}>
        <TagSelect value={tagIds} onChange={setTagIds} autoFocus />
        {onManageTags ? (
          <Button type="link" style={{ paddingInline: 0 }} onClick={onManageTags}>
            {t.manageTags}
          </Button>
        ) : (
          <Typography.Text type="secondary" style={{ fontSize: 12 }}>
            {t.tagPickerAskAdmin}
          </Typography.Text>
        )}
        {error ? <Alert type="error" showIcon title={error} /> : null}
      </Space>
    </Modal>
  );
}
