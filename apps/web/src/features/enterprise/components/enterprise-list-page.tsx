"use client";

import { PlusOutlined, TagsOutlined } from "@ant-design/icons";
import { Alert, Button, Card, Space, Table } from "antd";
import Link from "next/link";
import { usePathname, useSearchParams } from "next/navigation";
import { useMemo, useState } from "react";
import { describeError } from "@/shared/apollo/error-message";
import { useLang, useMessages } from "@/shared/i18n/lang-provider";
import { CursorPager } from "@/shared/ui/cursor-pager";
import { tableEmptyText } from "@/shared/ui/table-empty";
import { useCursorPaging } from "@/shared/ui/use-cursor-paging";
import { EnterpriseRowOrderActions } from "../../order/components/service-order-actions";
import { useViewer } from "../../session/components/viewer-provider";
import { canEditEnterprises, canManageTags } from "../enterprise-access";
import { enterpriseMessages } from "../enterprise.messages";
import {
  LIST_CONFIG,
  defaultDirectionOf,
  listStateToQuery,
  parseListState,
  toEnterpriseFilter,
  type EnterpriseListKind,
  type EnterpriseListState,
} from "../enterprise-list-state";
import { columnsWidth, enterpriseColumns, type ColumnOptions, type EnterpriseListRow } from "./enterprise-columns";
import { EnterpriseEditDrawer } from "./enterprise-edit-drawer";
import { EnterpriseFilterForm } from "./enterprise-filter-form";
import { ExportButtons } from "./export-buttons";
import { RenewalWindowPicker } from "./renewal-window-picker";
import { TagManagerModal } from "./tag-manager-modal";
import { useEnterpriseList } from "./use-enterprise-list";

const PAGE_SIZES = [10, 20, 50] as const;

/**
 * The four enterprise lists (全部录入企业, 企业待续费, 试用过期企业, 甩单企业): one page, told
 * which list it is. Filters, sort and the renewal window live in the URL, so a filtered list
 * can be shared and reloaded; paging is cursor-based with the total the API reports.
 */
export function EnterpriseListPage({ kind }: { kind: EnterpriseListKind }) {
  const lang = useLang();
  const t = useMessages(enterpriseMessages);
  const viewer = useViewer();
  const pathname = usePathname();
  const searchParams = useSearchParams();
  const paging = useCursorPaging(20);
  const [editing, setEditing] = useState<EnterpriseListRow | null>(null);
  const [tagsOpen, setTagsOpen] = useState(false);
  const canEdit = canEditEnterprises(viewer);

  const query = searchParams.toString();
  const state = useMemo(() => parseListState(new URLSearchParams(query), kind), [query, kind]);
  // A cursor only works with the filter and sort it came from: any change of the URL (a search,
  // a sort, back/forward) starts again at page 1 — before the query runs with a stale cursor.
  const [pagedQuery, setPagedQuery] = useState(query);
  if (pagedQuery !== query) {
    setPagedQuery(query);
    paging.reset();
  }
  const filter = useMemo(() => toEnterpriseFilter(state.filter), [state.filter]);

  function navigate(next: EnterpriseListState) {
    const qs = listStateToQuery(next, kind);
    // The History API keeps useSearchParams in step without a server round trip (Next ≥ 14.1).
    window.history.pushState(null, "", qs ? `${pathname}?${qs}` : pathname);
  }

  const list = useEnterpriseList(kind, {
    filter,
    sort: state.sort,
    direction: state.direction,
    first: paging.pageSize,
    after: paging.after,
    withinDays: state.withinDays,
  });

  const columns = enterpriseColumns({
    kind,
    lang,
    t,
    sort: state.sort,
    direction: state.direction,
    canEdit,
    onEdit: setEditing,
    rowActions: orderActionsOf(kind, lang, () => list.refetch()),
  });

  const title = {
    all: t.titleAll,
    renewal: t.titleRenewal,
    "trial-expired": t.titleTrialExpired,
    routed: t.titleRouted,
  }[kind];
  const emptyText = {
    all: t.emptyAll,
    renewal: t.emptyRenewal(state.withinDays),
    "trial-expired": t.emptyTrialExpired,
    routed: t.emptyRouted,
  }[kind];
  const filtered = Object.keys(filter).length > 0;

  return (
    <Card
      title={title}
      extra={
        <Space wrap>
          {canManageTags(viewer) ? (
            <Button icon={<TagsOutlined />} onClick={() => setTagsOpen(true)} data-testid="manage-tags">
              {t.manageTags}
            </Button>
          ) : null}
          <ExportButtons
            request={{
              list: LIST_CONFIG[kind].exportList,
              filter,
              sort: state.sort,
              direction: state.direction,
              withinDays: state.withinDays,
            }}
          />
          {canEdit ? (
            <Link href="/enterprises/new">
              <Button type="primary" icon={<PlusOutlined />} data-testid="enterprise-create">
                {t.create}
              </Button>
            </Link>
          ) : null}
        </Space>
      }
    >
      <Space orientation="vertical" size="middle" style={{ width: "100%" }}>
        {kind === "renewal" ? (
          <RenewalWindowPicker
            key={state.withinDays}
            value={state.withinDays}
            onChange={(withinDays) => navigate({ ...state, withinDays })}
          />
        ) : null}
        <EnterpriseFilterForm
          value={state.filter}
          showAwaitingFollowUp={kind === "routed"}
          onSearch={(next) => navigate({ ...state, filter: next })}
        />
        {list.error ? (
          <Alert type="error" showIcon title={t.loadFailed} description={describeError(list.error, lang).message} />
        ) : null}
        <div>
          <Table<EnterpriseListRow>
            rowKey="id"
            columns={columns}
            dataSource={list.rows}
            loading={list.loading}
            pagination={false}
            size="middle"
            scroll={{ x: columnsWidth(columns) }}
            locale={{ emptyText: tableEmptyText(list.loading, filtered ? t.empty : emptyText) }}
            onChange={(_pagination, _filters, sorter, extra) => {
              if (extra.action !== "sort" || Array.isArray(sorter)) return;
              const key = typeof sorter.columnKey === "string" ? sorter.columnKey : null;
              const config = LIST_CONFIG[kind];
              const sort = (key ?? config.defaultSort) as EnterpriseListState["sort"];
              const direction =
                sorter.order === "ascend" ? "ASC" : sorter.order === "descend" ? "DESC" : defaultDirectionOf(sort);
              navigate({ ...state, sort, direction });
            }}
            data-testid="enterprise-table"
          />
          <CursorPager
            paging={paging}
            totalCount={list.totalCount}
            hasNextPage={list.hasNextPage}
            endCursor={list.endCursor}
            loading={list.loading}
            pageSizes={PAGE_SIZES}
          />
        </div>
      </Space>
      <EnterpriseEditDrawer
        enterpriseId={editing?.id ?? null}
        onClose={() => setEditing(null)}
        onSaved={() => {
          setEditing(null);
          list.refetch();
        }}
      />
      {canManageTags(viewer) ? (
        <TagManagerModal
          open={tagsOpen}
          onClose={() => {
            setTagsOpen(false);
            list.refetch();
          }}
        />
      ) : null}
    </Card>
  );
}

/** 试用过期企业: 转正 / 延期 of the trial; 企业待续费: 续费 (the order feature's dialog). */
function orderActionsOf(kind: EnterpriseListKind, lang: string, onCreated: () => void): ColumnOptions["rowActions"] {
  const types =
    kind === "trial-expired"
      ? (["TRIAL_CONVERT", "TRIAL_EXTEND"] as const)
      : kind === "renewal"
        ? (["RENEWAL"] as const)
        : null;
  if (!types) return undefined;
  return {
    width: (lang === "zh" ? 44 : 64) * types.length,
    render: (row) => (
      <EnterpriseRowOrderActions
        enterprise={{ id: row.id, name: row.name, services: row.services ?? [] }}
        types={types}
        onCreated={onCreated}
      />
    ),
  };
}
