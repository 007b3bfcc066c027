"use client";

import { useQuery } from "@apollo/client/react";
import { Alert, Card, Empty, Space, Table, Typography } from "antd";
import { usePathname, useSearchParams } from "next/navigation";
import { useMemo, useState } from "react";
import type { ServiceRowFragment } from "@/gql/graphql";
import { describeError } from "@/shared/apollo/error-message";
import { useLang, useMessages } from "@/shared/i18n/lang-provider";
import { CursorPager } from "@/shared/ui/cursor-pager";
import { tableEmptyText } from "@/shared/ui/table-empty";
import { useCursorPaging } from "@/shared/ui/use-cursor-paging";
import { ServicesQuery } from "../graphql/service.operations";
import {
  isFiltered,
  parseServiceFilter,
  serviceFilterToQuery,
  toServiceFilter,
  type ServiceFilterValues,
} from "../service-filter";
import { serviceMessages } from "../service.messages";
import { serviceColumns, serviceColumnsWidth } from "./service-columns";
import { ServiceFilterForm } from "./service-filter-form";

/**
 * 已开通服务: the viewer's visible services with filters (in the URL), soonest expiry first, each
 * with 扩容 / 续费 (the order dialog) and its 增值服务 switches. Paging is cursor-based.
 */
export function ServiceListPage() {
  const lang = useLang();
  const t = useMessages(serviceMessages);
  const pathname = usePathname();
  const searchParams = useSearchParams();
  const paging = useCursorPaging(20);

  const query = searchParams.toString();
  const values = useMemo(() => parseServiceFilter(new URLSearchParams(query)), [query]);
  // A cursor only works with the filter it came from: a new URL starts again at page 1.
  const [pagedQuery, setPagedQuery] = useState(query);
  if (pagedQuery !== query) {
    setPagedQuery(query);
    paging.reset();
  }
  const filter = useMemo(() => toServiceFilter(values), [values]);

  const { data, loading, error } = useQuery(ServicesQuery, {
    variables: { filter, first: paging.pageSize, after: paging.after },
    fetchPolicy: "cache-and-network",
    notifyOnNetworkStatusChange: true,
  });
  const connection = data?.services;
  const rows = connection?.edges.map((e) => e.node) ?? [];

  function navigate(next: ServiceFilterValues) {
    const qs = serviceFilterToQuery(next);
    window.history.pushState(null, "", qs ? `${pathname}?${qs}` : pathname);
  }

  const columns = serviceColumns({ lang, t, withEnterprise: true });
  const emptyText = isFiltered(values) ? (
    <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t.emptyFiltered} />
  ) : (
    <Empty
      image={Empty.PRESENTED_IMAGE_SIMPLE}
      description={
        <Space orientation="vertical" size={4}>
          <Typography.Text strong>{t.empty}</Typography.Text>
          <Typography.Text type="secondary">{t.emptyHint}</Typography.Text>
        </Space>
      }
    />
  );

  return (
    <Card title={t.title}>
      <Space orientation="vertical" size="middle" style={{ width: "100%" }}>
        <Typography.Text type="secondary">{t.intro}</Typography.Text>
        <ServiceFilterForm value={values} onSearch={navigate} />
        {error ? (
          <Alert type="error" showIcon title={t.loadFailed} description={describeError(error, lang).message} />
        ) : null}
        <div>
          <Table<ServiceRowFragment>
            rowKey="id"
            columns={columns}
            dataSource={rows}
            loading={loading}
            pagination={false}
            size="middle"
            tableLayout="fixed"
            scroll={{ x: serviceColumnsWidth(columns) }}
            locale={{ emptyText: tableEmptyText(loading, emptyText) }}
            data-testid="service-table"
          />
          <CursorPager
            paging={paging}
            totalCount={connection?.totalCount ?? 0}
            hasNextPage={connection?.pageInfo.hasNextPage ?? false}
            endCursor={connection?.pageInfo.endCursor}
            loading={loading}
          />
        </div>
      </Space>
    </Card>
  );
}
