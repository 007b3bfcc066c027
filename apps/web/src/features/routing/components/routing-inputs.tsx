"use client";

import { useQuery } from "@apollo/client/react";
import { LEAD_SOURCES } from "@crm/domain";
import { Select } from "antd";
import { useEffect, useState, type CSSProperties } from "react";
import type { LeadSource } from "@/gql/graphql";
import { enterpriseSourceLabel } from "@/shared/domain-labels";
import { useLang } from "@/shared/i18n/lang-provider";
import { RoutingDealerOptionsQuery } from "../graphql/routing.operations";

/** Sources a vendor can enter by hand (campaign leads come from sign-ups). */
export const INTAKE_SOURCES: readonly LeadSource[] = ["HOTLINE", "OFFICIAL_SITE"];
export const ALL_LEAD_SOURCES: readonly LeadSource[] = LEAD_SOURCES;

export function LeadSourcePicker({
  value,
  onChange,
  id,
  placeholder,
  sources = ALL_LEAD_SOURCES,
  style,
}: {
  value?: LeadSource | null;
  onChange?: (value: LeadSource | null) => void;
  id?: string;
  placeholder?: string;
  sources?: readonly LeadSource[];
  style?: CSSProperties;
}) {
  const lang = useLang();
  return (
    <Select<LeadSource>
      id={id}
      value={value ?? undefined}
      onChange={(v) => onChange?.(v ?? null)}
      allowClear
      placeholder={placeholder}
      style={style}
      options={sources.map((s) => ({ value: s, label: enterpriseSourceLabel(lang, s) }))}
    />
  );
}

export function LeadSourceMultiPicker({
  value,
  onChange,
  id,
  placeholder,
}: {
  value?: LeadSource[];
  onChange?: (value: LeadSource[]) => void;
  id?: string;
  placeholder?: string;
}) {
  const lang = useLang();
  return (
    <Select<LeadSource[]>
      id={id}
      mode="multiple"
      value={value ?? []}
      onChange={(v) => onChange?.(v)}
      allowClear
      placeholder={placeholder}
      options={ALL_LEAD_SOURCES.map((s) => ({ value: s, label: enterpriseSourceLabel(lang, s) }))}
    />
  );
}

/**
 * One dealer, searched by name on the server. `known` names dealers already chosen (so an edited
 * rule shows names before any search).
 */
export function RoutingDealerPicker({
  value,
  onChange,
  id,
  placeholder,
  known = [],
  style,
}: {
  value?: string | null;
  onChange?: (value: string | null) => void;
  id?: string;
  placeholder?: string;
  known?: readonly { id: string; name: string }[];
  style?: CSSProperties;
}) {
  const [search, setSearch] = useState("");
  const [text, setText] = useState("");
  useEffect(() => {
    const timer = setTimeout(() => setText(search.trim()), 250);
    return () => clearTimeout(timer);
  }, [search]);
  const { data, loading } = useQuery(RoutingDealerOptionsQuery, { variables: { text: text || null } });
  const found = (data?.dealers.edges ?? []).map((e) => e.node);
  const options = [...found];
  for (const k of known) if (!options.some((o) => o.id === k.id)) options.push({ ...k, status: "ACTIVE" as const });
  return (
    <Select<string>
      id={id}
      value={value ?? undefined}
      onChange={(v) => onChange?.(v ?? null)}
      allowClear
      loading={loading}
      placeholder={placeholder}
      style={style}
      options={options.map((d) => ({ value: d.id, label: d.name, disabled: d.status === "DISABLED" }))}
      showSearch={{ onSearch: setSearch, filterOption: false }}
    />
  );
}
