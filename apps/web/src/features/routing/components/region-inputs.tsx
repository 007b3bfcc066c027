"use client";

import { regionCascaderOptions, regionCascaderValue } from "@crm/domain";
import { Cascader } from "antd";
import type { CSSProperties } from "react";
import { useMemo } from "react";

const search = {
  filter: (input: string, path: { label?: unknown }[]) =>
    path.some((option) => typeof option.label === "string" && option.label.includes(input.trim())),
};

/** A municipality's one city has the province's name (上海市 › 上海市): show it once. */
function displayRegion(labels: string[]): string {
  return labels.filter((l, i) => l !== labels[i - 1]).join(" / ");
}

/** One region: a province, or a city under it; `value` is the GB/T 2260 code. */
export function RegionSelect({
  value,
  onChange,
  id,
  placeholder,
  style,
}: {
  value?: string | null;
  onChange?: (code: string | null) => void;
  id?: string;
  placeholder?: string;
  style?: CSSProperties;
}) {
  const options = useMemo(() => regionCascaderOptions(), []);
  return (
    <Cascader
      id={id}
      options={options}
      value={value ? regionCascaderValue(value) : undefined}
      onChange={(path) => onChange?.(path && path.length > 0 ? String(path[path.length - 1]) : null)}
      changeOnSelect
      displayRender={displayRegion}
      allowClear
      showSearch={search}
      placeholder={placeholder}
      style={{ width: "100%", ...style }}
    />
  );
}

/**
 * Several regions: a ticked province stands for all of its cities, so the API gets the
 * province code (which covers them), not each city.
 */
export function RegionMultiSelect({
  value,
  onChange,
  id,
  placeholder,
}: {
  value?: string[];
  onChange?: (codes: string[]) => void;
  id?: string;
  placeholder?: string;
}) {
  const options = useMemo(() => regionCascaderOptions(), []);
  const paths = useMemo(() => (value ?? []).map((code) => regionCascaderValue(code)), [value]);
  return (
    <Cascader
      id={id}
      multiple
      options={options}
      value={paths}
      showCheckedStrategy={Cascader.SHOW_PARENT}
      onChange={(next) => onChange?.(next.map((path) => String(path[path.length - 1])).filter(Boolean))}
      allowClear
      showSearch={search}
      maxTagCount="responsive"
      placeholder={placeholder}
      style={{ width: "100%" }}
    />
  );
}
