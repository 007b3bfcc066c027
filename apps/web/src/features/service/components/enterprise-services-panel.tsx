"use client";

import { useQuery } from "@apollo/client/react";
import { Alert, Empty, Table } from "antd";
import type { ServiceRowFragment } from "@/gql/graphql";
import { describeError } from "@/shared/apollo/error-message";
import { useLang, useMessages } from "@/shared/i18n/lang-provider";
import { tableEmptyText } from "@/shared/ui/table-empty";
import { ServicesQuery } from "../graphql/service.operations";
import { serviceMessages } from "../service.messages";
import { serviceColumns, serviceColumnsWidth } from "./service-columns";

/** An enterprise has a handful of services (product lines × domains): one page shows them. */
const PAGE = 100;

/** 企业详情 › 已开通服务: the enterprise's services with edition, dates, status, 扩容 / 续费 and 增值服务. */
export function EnterpriseServicesPanel({
  enterpriseId,
  onOrderCreated,
}: {
  enterpriseId: string;
  onOrderCreated?: () => void;
}) {
  const lang = useLang();
  const t = useMessages(serviceMessages);
  const { data, loading, error } = useQuery(ServicesQuery, {
    variables: { filter: { enterpriseId }, first: PAGE },
    fetchPolicy: "cache-and-network",
    notifyOnNetworkStatusChange: true,
  });
  const rows = data?.services.edges.map((e) => e.node) ?? [];
  const columns = serviceColumns({ lang, t, withEnterprise: false, onOrderCreated });

  return (
    <div data-testid="enterprise-services">
      {error ? (
        <Alert
          type="error"
          showIcon
          title={t.loadFailed}
          description={describeError(error, lang).message}
          style={{ marginBottom: 16 }}
        />
      ) : null}
      <Table<ServiceRowFragment>
        rowKey="id"
        columns={columns}
        dataSource={rows}
        loading={loading}
        pagination={false}
        size="middle"
        tableLayout="fixed"
        scroll={{ x: serviceColumnsWidth(columns) }}
        locale={{
          emptyText: tableEmptyText(
            loading,
            <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t.enterpriseEmpty} data-testid="services-empty" />,
          ),
        }}
        data-testid="services-table"
      />
    </div>
  );
}
