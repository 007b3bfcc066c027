"use client";

import { useMutation } from "@apollo/client/react";
import { Alert, App, Modal, Typography } from "antd";
import { useEffect, useState } from "react";
import type { DealerRowFragment } from "@/gql/graphql";
import { describeError } from "@/shared/apollo/error-message";
import { useLang, useMessages } from "@/shared/i18n/lang-provider";
import { RegionMultiSelect } from "../../routing/components/region-inputs";
import { dealerMessages } from "../dealer.messages";
import { SetDealerRegionsMutation } from "../graphql/dealer.operations";

/** 经销区域: where a dealer sees and claims public-pool entries (platform admin or its channel manager). */
export function DealerRegionsModal({ dealer, onClose }: { dealer: DealerRowFragment | null; onClose: () => void }) {
  const lang = useLang();
  const t = useMessages(dealerMessages);
  const { message } = App.useApp();
  const [codes, setCodes] = useState<string[]>([]);
  const [error, setError] = useState<string | null>(null);
  const [save, { loading }] = useMutation(SetDealerRegionsMutation);

  useEffect(() => {
    setCodes(dealer ? dealer.regions.map((r) => r.code) : []);
    setError(null);
  }, [dealer]);

  async function submit() {
    if (!dealer) return;
    setError(null);
    try {
      await save({ variables: { dealerId: dealer.id, regionCodes: codes } });
      message.success(t.regionsSaved(dealer.name));
      onClose();
    } catch (e) {
      setError(describeError(e, lang).message);
    }
  }

  return (
    <Modal
      open={dealer !== null}
      title={dealer ? t.regionsTitle(dealer.name) : null}
      onCancel={onClose}
      onOk={submit}
      okText={t.regionsSave}
      cancelText={t.cancel}
      confirmLoading={loading}
      width={560}
      destroyOnHidden
      okButtonProps={{ "data-testid": "dealer-regions-save" }}
    >
      <Typography.Paragraph type="secondary">{t.regionsIntro}</Typography.Paragraph>
      <div data-testid="dealer-regions-input">
        <RegionMultiSelect value={codes} onChange={setCodes} placeholder={t.regionsPlaceholder} />
      </div>
      {codes.length === 0 ? (
        <Typography.Text type="warning" style={{ display: "block", marginTop: 8 }}>
          {t.regionsNone}
        </Typography.Text>
      ) : null}
      {error ? <Alert type="error" showIcon title={error} style={{ marginTop: 12 }} /> : null}
    </Modal>
  );
}
