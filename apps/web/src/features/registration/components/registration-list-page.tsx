"use client";

import { LockOutlined } from "@ant-design/icons";
import { useQuery } from "@apollo/client/react";
import { Alert, Button, Card, Empty, Space, Table, Tooltip, Typography } from "antd";
import { usePathname, useSearchParams } from "next/navigation";
import { useMemo, useState } from "react";
import type { RegistrationRowFragment } from "@/gql/graphql";
import { describeError } from "@/shared/apollo/error-message";
import { useLang, useMessages } from "@/shared/i18n/lang-provider";
import { CursorPager } from "@/shared/ui/cursor-pager";
import { tableEmptyText } from "@/shared/ui/table-empty";
import { useCursorPaging } from "@/shared/ui/use-cursor-paging";
import { useViewer } from "../../session/components/viewer-provider";
import { RegistrationsQuery } from "../graphql/registration.operations";
import { canRegisterDeals } from "../registration-access";
import {
  isFiltered,
  parseRegistrationFilter,
  registrationFilterToQuery,
  toRegistrationFilter,
  type RegistrationFilterValues,
} from "../registration-filter";
import { registrationMessages } from "../registration.messages";
import { MyQuotaSummary } from "./my-quota-summary";
import { RegisterDomainModal } from "./register-domain-modal";
import { registrationColumns, registrationColumnsWidth } from "./registration-columns";
import { RegistrationFilterForm } from "./registration-filter-form";
import { useMyQuotas } from "./use-my-quotas";
import { useSeesOtherAccounts } from "./use-sees-other-accounts";

/**
 * 报备管理 › 报备列表: the viewer's own quota per product line, the filters (in the URL), the
 * registrations with 解锁, and 报备锁定. Paging is cursor-based with the total the API reports.
 */
export function RegistrationListPage() {
  const lang = useLang();
  const t = useMessages(registrationMessages);
  const viewer = useViewer();
  const pathname = usePathname();
  const searchParams = useSearchParams();
  const paging = useCursorPaging(20);
  const quotas = useMyQuotas();
  const seesOthers = useSeesOtherAccounts();
  const mayRegister = canRegisterDeals(viewer);
  const [registering, setRegistering] = useState(false);

  const query = searchParams.toString();
  const values = useMemo(() => parseRegistrationFilter(new URLSearchParams(query)), [query]);
  // A cursor only works with the filter it came from: a new URL starts again at page 1.
  const [pagedQuery, setPagedQuery] = useState(query);
  if (pagedQuery !== query) {
    setPagedQuery(query);
    paging.reset();
  }
  const filter = useMemo(() => toRegistrationFilter(values), [values]);

  const { data, loading, error, refetch } = useQuery(RegistrationsQuery, {
    variables: { filter, first: paging.pageSize, after: paging.after },
    fetchPolicy: "cache-and-network",
    notifyOnNetworkStatusChange: true,
  });
  const connection = data?.registrations;
  const rows = connection?.edges.map((e) => e.node) ?? [];

  function navigate(next: RegistrationFilterValues) {
    const qs = registrationFilterToQuery(next);
    window.history.pushState(null, "", qs ? `${pathname}?${qs}` : pathname);
  }

  function refresh() {
    void refetch().catch(() => undefined);
    quotas.refetch();
  }

  const columns = registrationColumns({ lang, t, withEnterprise: true, onUnlocked: refresh });
  const emptyText = isFiltered(values) ? (
    <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t.emptyFiltered} />
  ) : (
    <Empty
      image={Empty.PRESENTED_IMAGE_SIMPLE}
      description={
        <Space orientation="vertical" size={4}>
          <Typography.Text strong>{t.empty}</Typography.Text>
          {mayRegister ? <Typography.Text type="secondary">{t.emptyHint}</Typography.Text> : null}
        </Space>
      }
    />
  );

  const registerButton = mayRegister ? (
    <Button
      type="primary"
      icon={<LockOutlined />}
      onClick={() => setRegistering(true)}
      data-testid="registration-create"
    >
      {t.register}
    </Button>
  ) : (
    <Tooltip title={t.cannotRegister}>
      <Button type="primary" icon={<LockOutlined />} disabled data-testid="registration-create">
        {t.register}
      </Button>
    </Tooltip>
  );

  return (
    <Card title={t.title} extra={registerButton}>
      <Space orientation="vertical" size="middle" style={{ width: "100%" }}>
        <Typography.Text type="secondary">{t.intro}</Typography.Text>
        <MyQuotaSummary quotas={quotas} canRegister={mayRegister} />
        <RegistrationFilterForm value={values} showHolder={seesOthers} onSearch={navigate} />
        {error ? (
          <Alert type="error" showIcon title={t.loadFailed} description={describeError(error, lang).message} />
        ) : null}
        <div>
          <Table<RegistrationRowFragment>
            rowKey="id"
            columns={columns}
            dataSource={rows}
            loading={loading}
            pagination={false}
            size="middle"
            tableLayout="fixed"
            scroll={{ x: registrationColumnsWidth(columns) }}
            locale={{ emptyText: tableEmptyText(loading, emptyText) }}
            data-testid="registration-table"
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
      {mayRegister ? (
        <RegisterDomainModal
          open={registering}
          quotas={quotas}
          onClose={() => setRegistering(false)}
          onRegistered={() => {
            setRegistering(false);
            paging.reset();
            refresh();
          }}
        />
      ) : null}
    </Card>
  );
}
