"use client";

import { useQuery } from "@apollo/client/react";
import { Select } from "antd";
import { useEffect, useState } from "react";
import { AnnouncementDealerOptionsQuery } from "../graphql/notice.operations";

/**
 * Several dealers, searched by name on the server. Names of dealers already chosen are kept,
 * so a chosen dealer keeps its label when a later search does not return it.
 */
export function DealerMultiSelect({
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
  const [search, setSearch] = useState("");
  const [text, setText] = useState("");
  const [known, setKnown] = useState<Map<string, string>>(() => new Map());
  useEffect(() => {
    const timer = setTimeout(() => setText(search.trim()), 250);
    return () => clearTimeout(timer);
  }, [search]);
  const { data, loading } = useQuery(AnnouncementDealerOptionsQuery, { variables: { text: text || null } });
  const found = (data?.dealers.edges ?? []).map((e) => e.node);
  const options = found.map((d) => ({ value: d.id, label: d.name }));
  for (const chosen of value ?? []) {
    const name = known.get(chosen);
    if (name && !options.some((o) => o.value === chosen)) options.push({ value: chosen, label: name });
  }
  return (
    <Select<string[]>
      id={id}
      mode="multiple"
      value={value ?? []}
      onChange={(ids) => {
        setKnown((map) => {
          const next = new Map(map);
          for (const d of found) if (ids.includes(d.id)) next.set(d.id, d.name);
          return next;
        });
        onChange?.(ids);
      }}
      loading={loading}
      placeholder={placeholder}
      options={options}
      showSearch={{ onSearch: setSearch, filterOption: false }}
      data-testid="announcement-dealers"
    />
  );
}
