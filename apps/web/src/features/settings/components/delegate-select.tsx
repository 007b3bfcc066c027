"use client";

import { useQuery } from "@apollo/client/react";
import { Select } from "antd";
import { useEffect, useState } from "react";
import { useMessages } from "@/shared/i18n/lang-provider";
import { DelegateCandidatesQuery } from "../graphql/settings.operations";
import { settingsMessages } from "../settings.messages";

/** Any active colleague of the dealer may be named 代办人; the API lists names only. */
export function DelegateSelect({
  value,
  onChange,
  id,
  current,
}: {
  value?: string | null;
  onChange?: (value: string | null) => void;
  /** Set by Form.Item so the field's label points at the select. */
  id?: string;
  /** The current delegate, kept labelled when the first page of candidates doesn't hold it. */
  current?: { id: string; loginName: string; realName: string } | null;
}) {
  const t = useMessages(settingsMessages);
  const [search, setSearch] = useState("");
  const [text, setText] = useState("");
  useEffect(() => {
    const timer = setTimeout(() => setText(search.trim()), 250);
    return () => clearTimeout(timer);
  }, [search]);
  const { data, loading } = useQuery(DelegateCandidatesQuery, {
    variables: { text: text || null },
    fetchPolicy: "cache-and-network",
  });
  const candidates = data?.delegateCandidates ?? [];
  const listed = current && !candidates.some((a) => a.id === current.id) ? [current, ...candidates] : candidates;
  const options = listed.map((a) => ({
    value: a.id,
    label: `${a.realName}（${a.loginName}）`,
  }));
  return (
    <Select<string>
      id={id}
      value={value ?? undefined}
      onChange={(v) => onChange?.(v ?? null)}
      placeholder={t.delegateSearch}
      loading={loading}
      options={options}
      showSearch={{ onSearch: setSearch, filterOption: false }}
      notFoundContent={loading ? null : t.noDelegateCandidates}
    />
  );
}
