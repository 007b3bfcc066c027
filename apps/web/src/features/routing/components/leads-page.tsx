"use client";

import { Col, Row, Space } from "antd";
import { useState } from "react";
import { PoolSettingsCard } from "../../public-pool/components/pool-settings-card";
import { LeadIntakeCard } from "./lead-intake-card";
import { LeadListCard } from "./lead-list-card";

/** 运营 › 线索录入: the entry form with its routing result, the pool settings, and the lead list. */
export function LeadsPage() {
  const [refreshKey, setRefreshKey] = useState(0);
  return (
    <Space orientation="vertical" size="middle" style={{ width: "100%" }}>
      <Row gutter={16}>
        <Col xs={24} xl={17}>
          <LeadIntakeCard onEntered={() => setRefreshKey((k) => k + 1)} />
        </Col>
        <Col xs={24} xl={7}>
          <PoolSettingsCard />
        </Col>
      </Row>
      <LeadListCard refreshKey={refreshKey} />
    </Space>
  );
}
