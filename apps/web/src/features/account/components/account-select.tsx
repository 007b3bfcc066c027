"use client";

import { useQuery } from "@apollo/client/react";
import { Select } from "antd";
import { useEffect, useMemo, useState, type CSSProperties } from "react";
import type { AccountKind, ActiveStatus, VendorRole } from "@/gql/graphql";
import { useMessages } from "@/shared/i18n/lang-provider";
import { accountMessages } from "../account.messages";
import { AccountOptionsQuery } from "../graphql/account.operations";

export interface AccountOption {
  id: string;
  loginName: string;
  realName: string;
}

function useDebounced<T>(value: T, ms: number): T {
  const [debounced, setDebounced] = useState(value);
  useEffect(() => {
    const timer = setTimeout(() => setDebounced(value), ms);
    return () => clearTimeout(timer);
  }, [value, ms]);
  return debounced;
}

/**
 * Pick one of the accounts the viewer can see (server-side search by login name / name).
 * `current` keeps the selected account labelled even when it is not in the first page of results.
 */
export function AccountSelect({
  value,
  onChange,
  current,
  excludeIds = [],
  status,
  kind,
  vendorRole,
  placeholder,
  allowClear = true,
  id,
  style,
}: {
  value?: string | null;
  onChange?: (value: string | null) => void;
  current?: AccountOption | null;
  excludeIds?: readonly string[];
  status?: ActiveStatus;
  kind?: AccountKind;
  /** Vendor staff only: offer only staff holding this role (e.g. CHANNEL_MANAGER). */
  vendorRole?: VendorRole;
  placeholder?: string;
  allowClear?: boolean;
  id?: string;
  style?: CSSProperties;
}) {
  const t = useMessages(accountMessages);
  const [search, setSearch] = useState("");
  // The option last picked: the search resets after a pick and the next page of results may not
  // hold it, so it is kept here to stay labelled (not shown as a bare id).
  const [picked, setPicked] = useState<AccountOption | null>(null);
  const text = useDebounced(search.trim(), 250);
  const { data, loading } = useQuery(AccountOptionsQuery, {
    variables: {
      filter: { text: text || null, status: status ?? null, kind: kind ?? null, vendorRole: vendorRole ?? null },
      first: 20,
    },
    fetchPolicy: "cache-and-network",
  });

  const options = useMemo(() => {
    const seen = new Set<string>();
    const list: AccountOption[] = [];
    for (const known of [current, picked]) {
      if (known && !seen.has(known.id)) {
        list.push(known);
        seen.add(known.id);
      }
    }
    for (const edge of data?.accounts.edges ?? []) {
      if (!seen.has(edge.node.id)) {
        seen.add(edge.node.id);
        list.push(edge.node);
      }
    }
    return list.filter((a) => !excludeIds.includes(a.id));
  }, [data, current, picked, excludeIds]);

  return (
    <Select<string>
      id={id}
      style={style}
      value={value ?? undefined}
      onChange={(v) => {
        setPicked(options.find((a) => a.id === v) ?? null);
        onChange?.(v ?? null);
      }}
      allowClear={allowClear}
      placeholder={placeholder ?? t.searchAccounts}
      loading={loading}
      options={options.map((a) => ({ value: a.id, label: `${a.realName}（${a.loginName}）` }))}
      showSearch={{ onSearch: setSearch, filterOption: false }}
      notFoundContent={loading ? null : t.noVisibleAccounts}
    />
  );
}
