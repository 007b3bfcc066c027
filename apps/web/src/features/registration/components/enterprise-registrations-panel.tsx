"use client";

import { PlusOutlined } from "@ant-design/icons";
import { useQuery } from "@apollo/client/react";
import { Alert, Button, Empty, Flex, Space, Table, Tooltip, Typography } from "antd";
import { useState } from "react";
import type { RegistrationRowFragment } from "@/gql/graphql";
import { describeError } from "@/shared/apollo/error-message";
import { useLang, useMessages } from "@/shared/i18n/lang-provider";
import { tableEmptyText } from "@/shared/ui/table-empty";
import { useViewer } from "../../session/components/viewer-provider";
import { RegistrationsQuery } from "../graphql/registration.operations";
import { canRegisterDeals } from "../registration-access";
import { registrationMessages } from "../registration.messages";
import { MyQuotaSummary } from "./my-quota-summary";
import { RegisterDomainModal, type RegistrationEnterprise } from "./register-domain-modal";
import { registrationColumns, registrationColumnsWidth } from "./registration-columns";
import { useMyQuotas } from "./use-my-quotas";

/** An enterprise has a handful of registrations (product lines × domains): one page shows them. */
const PAGE = 100;

/** 企业详情 › 报备状态: the enterprise's registrations with status and 解锁, and 添加报备. */
export function EnterpriseRegistrationsPanel({ enterprise }: { enterprise: RegistrationEnterprise }) {
  const lang = useLang();
  const t = useMessages(registrationMessages);
  const viewer = useViewer();
  const quotas = useMyQuotas();
  const mayRegister = canRegisterDeals(viewer);
  const [adding, setAdding] = useState(false);

  const { data, loading, error, refetch } = useQuery(RegistrationsQuery, {
    variables: { filter: { enterpriseId: enterprise.id }, first: PAGE },
    fetchPolicy: "cache-and-network",
    notifyOnNetworkStatusChange: true,
  });
  const rows = data?.registrations.edges.map((e) => e.node) ?? [];

  function refresh() {
    void refetch().catch(() => undefined);
    quotas.refetch();
  }

  const columns = registrationColumns({ lang, t, withEnterprise: false, onUnlocked: refresh });

  return (
    <Space orientation="vertical" size="middle" style={{ width: "100%" }} data-testid="enterprise-registrations">
      <Flex justify="space-between" align="center" gap={12} wrap>
        {mayRegister ? <MyQuotaSummary quotas={quotas} canRegister /> : <span />}
        {mayRegister ? (
          <Button type="primary" icon={<PlusOutlined />} onClick={() => setAdding(true)} data-testid="registration-add">
            {t.tabAdd}
          </Button>
        ) : (
          <Tooltip title={t.cannotRegister}>
            <Button type="primary" icon={<PlusOutlined />} disabled data-testid="registration-add">
              {t.tabAdd}
            </Button>
          </Tooltip>
        )}
      </Flex>
      {error ? (
        <Alert type="error" showIcon title={t.loadFailed} description={describeError(error, lang).message} />
      ) : null}
      <Table<RegistrationRowFragment>
        rowKey="id"
        columns={columns}
        dataSource={rows}
        loading={loading}
        pagination={false}
        size="middle"
        tableLayout="fixed"
        scroll={{ x: registrationColumnsWidth(columns) }}
        locale={{
          emptyText: tableEmptyText(
            loading,
            <Empty
              image={Empty.PRESENTED_IMAGE_SIMPLE}
              description={
                <Space orientation="vertical" size={4}>
                  <Typography.Text strong>{t.tabEmpty}</Typography.Text>
                  {mayRegister ? <Typography.Text type="secondary">{t.tabEmptyHint}</Typography.Text> : null}
                </Space>
              }
            />,
          ),
        }}
        data-testid="registration-table"
      />
      {mayRegister ? (
        <RegisterDomainModal
          open={adding}
          enterprise={enterprise}
          quotas={quotas}
          onClose={() => setAdding(false)}
          onRegistered={() => {
            setAdding(false);
            refresh();
          }}
        />
      ) : null}
    </Space>
  );
}
