"use client";

import { Flex, Tag, Typography } from "antd";

export interface TagLike {
  id: string;
  name: string;
  color: string;
}

/** The dealer's tags as coloured chips (a preset colour name or #rrggbb). */
export function EnterpriseTags({ tags, empty }: { tags: readonly TagLike[]; empty?: string }) {
  if (tags.length === 0) return <Typography.Text type="secondary">{empty ?? "—"}</Typography.Text>;
  return (
    <Flex wrap gap={4}>
      {tags.map((tag) => (
        <Tag key={tag.id} color={tag.color} style={{ marginInlineEnd: 0 }}>
          {tag.name}
        </Tag>
      ))}
    </Flex>
  );
}
