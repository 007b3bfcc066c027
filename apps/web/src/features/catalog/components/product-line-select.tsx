"use client";

import { useQuery } from "@apollo/client/react";
import { Select } from "antd";
import type { CSSProperties } from "react";
import { useLang } from "@/shared/i18n/lang-provider";
import { ProductLinesQuery } from "../graphql/catalog.operations";

function useProductLineOptions() {
  const { data, loading } = useQuery(ProductLinesQuery, { fetchPolicy: "cache-first" });
  return { loading, options: (data?.productLines ?? []).map((p) => ({ value: p.id, label: p.name })) };
}

/** One product line (e.g. 意向产品线, a routing condition). */
export function ProductLineSelect({
  value,
  onChange,
  id,
  placeholder,
  style,
}: {
  value?: string | null;
  onChange?: (value: string | null) => void;
  id?: string;
  placeholder?: string;
  style?: CSSProperties;
}) {
  const lang = useLang();
  const { loading, options } = useProductLineOptions();
  return (
    <Select<string>
      id={id}
      value={value ?? undefined}
      onChange={(v) => onChange?.(v ?? null)}
      allowClear
      loading={loading}
      options={options}
      placeholder={placeholder ?? (lang === "en" ? "Choose" : "请选择")}
      style={style}
    />
  );
}

/** Several product lines (filters, routing rules). */
export function ProductLineMultiSelect({
  value,
  onChange,
  id,
  placeholder,
}: {
  value?: string[];
  onChange?: (value: string[]) => void;
  id?: string;
  placeholder?: string;
}) {
  const { loading, options } = useProductLineOptions();
  return (
    <Select<string[]>
      id={id}
      mode="multiple"
      value={value ?? []}
      onChange={(v) => onChange?.(v)}
      allowClear
      loading={loading}
      options={options}
      placeholder={placeholder}
      maxTagCount="responsive"
    />
  );
}
