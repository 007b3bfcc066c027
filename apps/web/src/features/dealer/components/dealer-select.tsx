"use client";

import { useQuery } from "@apollo/client/react";
import { Select } from "antd";
import { useEffect, useState, type CSSProperties } from "react";
import { useMessages } from "@/shared/i18n/lang-provider";
import { dealerMessages } from "../dealer.messages";
import { DealerListQuery } from "../graphql/dealer.operations";

/** Vendor staff pick one dealer (server-side search by name). */
export function DealerSelect({
  value,
  onChange,
  id,
  style,
}: {
  value?: string | null;
  onChange?: (value: string | null) => void;
  id?: string;
  style?: CSSProperties;
}) {
  const t = useMessages(dealerMessages);
  const [search, setSearch] = useState("");
  const [text, setText] = useState("");
  useEffect(() => {
    const timer = setTimeout(() => setText(search.trim()), 250);
    return () => clearTimeout(timer);
  }, [search]);
  const { data, loading } = useQuery(DealerListQuery, { variables: { text: text || null, first: 20 } });
  return (
    <Select<string>
      id={id}
      style={style}
      value={value ?? undefined}
      onChange={(v) => onChange?.(v ?? null)}
      allowClear
      placeholder={t.searchPlaceholder}
      loading={loading}
      options={(data?.dealers.edges ?? []).map((e) => ({ value: e.node.id, label: e.node.name }))}
      showSearch={{ onSearch: setSearch, filterOption: false }}
    />
  );
}
