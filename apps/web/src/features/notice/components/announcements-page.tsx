"use client";

import { Space } from "antd";
import { useState } from "react";
import { AnnouncementFormCard } from "./announcement-form-card";
import { AnnouncementListCard } from "./announcement-list-card";

/** 运营 › 公告: publish an announcement, and what was published. */
export function AnnouncementsPage() {
  const [refreshKey, setRefreshKey] = useState(0);
  return (
    <Space orientation="vertical" size="middle" style={{ width: "100%" }}>
      <AnnouncementFormCard onPublished={() => setRefreshKey((k) => k + 1)} />
      <AnnouncementListCard refreshKey={refreshKey} />
    </Space>
  );
}
