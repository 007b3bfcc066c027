"use client";

import { skipToken, useQuery } from "@apollo/client/react";
import { Alert, App, Drawer, Skeleton } from "antd";
import type { EnterpriseDetailFragment } from "@/gql/graphql";
import { describeError } from "@/shared/apollo/error-message";
import { useLang, useMessages } from "@/shared/i18n/lang-provider";
import { enterpriseMessages } from "../enterprise.messages";
import { EnterpriseDetailQuery } from "../graphql/enterprise.operations";
import { EnterpriseForm } from "./enterprise-form";

/** 编辑企业 in a drawer (from the list or the detail page). */
export function EnterpriseEditDrawer({
  enterpriseId,
  onClose,
  onSaved,
}: {
  enterpriseId: string | null;
  onClose: () => void;
  onSaved: (enterprise: EnterpriseDetailFragment) => void;
}) {
  const lang = useLang();
  const t = useMessages(enterpriseMessages);
  const { message } = App.useApp();
  const { data, loading, error } = useQuery(
    EnterpriseDetailQuery,
    enterpriseId ? { variables: { id: enterpriseId }, fetchPolicy: "cache-and-network" } : skipToken,
  );
  const enterprise = data?.enterprise && data.enterprise.id === enterpriseId ? data.enterprise : null;

  return (
    <Drawer
      open={enterpriseId !== null}
      onClose={onClose}
      size={760}
      destroyOnHidden
      title={enterprise ? t.editTitle(enterprise.name) : t.edit}
    >
      {error ? (
        <Alert type="error" showIcon title={t.loadDetailFailed} description={describeError(error, lang).message} />
      ) : enterprise ? (
        <EnterpriseForm
          key={enterprise.id}
          mode={{ kind: "edit", enterprise }}
          onCancel={onClose}
          onSaved={(saved) => {
            message.success(t.saved);
            onSaved(saved);
          }}
        />
      ) : loading ? (
        <Skeleton active />
      ) : null}
    </Drawer>
  );
}
