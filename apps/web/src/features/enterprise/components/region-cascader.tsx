"use client";

import { regionCascaderOptions, regionCascaderValue } from "@crm/domain";
import { Cascader } from "antd";
import { useMemo } from "react";

function searchConfig() {
  return {
    filter: (input: string, path: { label?: unknown }[]) =>
      path.some((option) => typeof option.label === "string" && option.label.includes(input.trim())),
  };
}

/**
 * One region (地区): a province, or a city under it (GB/T 2260 codes from @crm/domain).
 * `value` is the code itself; the Cascader's path is derived from it.
 */
export function RegionCascader({
  value,
  onChange,
  id,
  placeholder,
}: {
  value?: string | null;
  onChange?: (code: string | null) => void;
  id?: string;
  placeholder?: string;
}) {
  const options = useMemo(() => regionCascaderOptions(), []);
  return (
    <Cascader
      id={id}
      options={options}
      value={value ? regionCascaderValue(value) : undefined}
      onChange={(path) => onChange?.(path && path.length > 0 ? String(path[path.length - 1]) : null)}
      changeOnSelect
      // A municipality's one city has its own name (上海市 › 上海市): show it once.
      displayRender={(labels: string[]) => labels.filter((l, i) => l !== labels[i - 1]).join(" / ")}
      allowClear
      showSearch={searchConfig()}
      placeholder={placeholder}
      style={{ width: "100%" }}
    />
  );
}

/**
 * Several regions (the list filter): a ticked province stands for all its cities, so the API
 * gets the province code (it covers the cities), not every city.
 */
export function RegionMultiCascader({
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
      onChange={(next) =>
        onChange?.(next.map((path) => String(path[path.length - 1])).filter((code) => code !== "undefined"))
      }
      allowClear
      showSearch={searchConfig()}
      maxTagCount="responsive"
      placeholder={placeholder}
      style={{ width: "100%" }}
    />
  );
}
