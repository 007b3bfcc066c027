"use client";

import { LeftOutlined, RightOutlined } from "@ant-design/icons";
import { Button, Flex, Select, Space, Typography } from "antd";
import { useLang } from "../i18n/lang-provider";
import type { CursorPaging } from "./use-cursor-paging";

const PAGE_SIZES = [10, 20, 50, 100];

const TEXT = {
  zh: {
    total: (n: number) => `共 ${n} 条`,
    page: (p: number, pages: number) => `第 ${p} / ${pages} 页`,
    prev: "上一页",
    next: "下一页",
    perPage: (n: number) => `${n} 条/页`,
    pageSize: "每页条数",
  },
  en: {
    total: (n: number) => `${n} in total`,
    page: (p: number, pages: number) => `Page ${p} of ${pages}`,
    prev: "Previous",
    next: "Next",
    perPage: (n: number) => `${n} / page`,
    pageSize: "Page size",
  },
} as const;

/** Previous / next paging over a cursor connection, with the total the API reports. */
export function CursorPager({
  paging,
  totalCount,
  hasNextPage,
  endCursor,
  loading,
  pageSizes = PAGE_SIZES,
}: {
  paging: CursorPaging;
  totalCount: number;
  hasNextPage: boolean;
  endCursor: string | null | undefined;
  loading?: boolean;
  /** The page sizes offered (default 10/20/50/100). */
  pageSizes?: readonly number[];
}) {
  const t = TEXT[useLang()];
  const pages = Math.max(1, Math.ceil(totalCount / paging.pageSize));
  return (
    <Flex justify="space-between" align="center" style={{ marginTop: 16 }} wrap gap={8}>
      {/* While a page loads the total is not known yet: say nothing rather than "0". */}
      <Typography.Text
        type="secondary"
        data-testid="pager-total"
        style={{ visibility: loading ? "hidden" : undefined }}
      >
        {t.total(totalCount)} · {t.page(paging.page, pages)}
      </Typography.Text>
      <Space>
        <Button icon={<LeftOutlined />} disabled={paging.page <= 1 || loading} onClick={paging.prev}>
          {t.prev}
        </Button>
        <Button
          icon={<RightOutlined />}
          iconPlacement="end"
          disabled={!hasNextPage || loading}
          onClick={() => paging.next(endCursor)}
          data-testid="pager-next"
        >
          {t.next}
        </Button>
        <Select<number>
          aria-label={t.pageSize}
          value={paging.pageSize}
          onChange={paging.setPageSize}
          options={pageSizes.map((n) => ({ value: n, label: t.perPage(n) }))}
          style={{ width: 112 }}
        />
      </Space>
    </Flex>
  );
}
