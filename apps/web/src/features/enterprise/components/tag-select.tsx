"use client";

import { useQuery } from "@apollo/client/react";
import { Select, Tag } from "antd";
import { useMemo, type CSSProperties } from "react";
import { useMessages } from "@/shared/i18n/lang-provider";
import { enterpriseMessages } from "../enterprise.messages";
import { TagsQuery } from "../graphql/tag.operations";

/** Pick several of the dealer's tags, shown in their colours. */
export function TagSelect({
  value,
  onChange,
  id,
  placeholder,
  autoFocus,
  style,
}: {
  value?: string[];
  onChange?: (value: string[]) => void;
  id?: string;
  placeholder?: string;
  autoFocus?: boolean;
  style?: CSSProperties;
}) {
  const t = useMessages(enterpriseMessages);
  const { data, loading } = useQuery(TagsQuery, { fetchPolicy: "cache-and-network" });
  const tags = useMemo(() => data?.tags ?? [], [data]);
  const colorOf = useMemo(() => new Map(tags.map((tag) => [tag.id, tag.color])), [tags]);
  return (
    <Select<string[]>
      id={id}
      mode="multiple"
      value={value ?? []}
      onChange={(v) => onChange?.(v)}
      allowClear
      autoFocus={autoFocus}
      style={{ width: "100%", ...style }}
      loading={loading}
      placeholder={placeholder ?? t.tagPickerPlaceholder}
      notFoundContent={loading ? null : t.tagPickerNoTags}
      maxTagCount="responsive"
      options={tags.map((tag) => ({ value: tag.id, label: tag.name }))}
      showSearch={{ optionFilterProp: "label" }}
      optionRender={(option) => (
        <Tag color={colorOf.get(String(option.value))} style={{ marginInlineEnd: 0 }}>
          {option.label}
        </Tag>
      )}
      tagRender={({ label, value: tagId, closable, onClose }) => (
        <Tag
          color={colorOf.get(String(tagId))}
          closable={closable}
          onClose={onClose}
          style={{ marginInlineEnd: 4 }}
          onMouseDown={(e) => e.preventDefault()}
        >
          {label}
        </Tag>
      )}
    />
  );
}
