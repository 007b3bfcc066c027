"use client";

import { SearchOutlined } from "@ant-design/icons";
import { ENTERPRISE_SCALES, INDUSTRIES } from "@crm/domain";
import { Button, DatePicker, Form, Input, Select, Space } from "antd";
import type { Dayjs } from "dayjs";
import type { EnterpriseScale, Industry, PublicPoolFilter } from "@/gql/graphql";
import { shanghaiWallClockToIso } from "@/shared/format";
import { pickLabel } from "@/shared/i18n/lang";
import { useLang, useMessages } from "@/shared/i18n/lang-provider";
import { RegionSelect } from "../../routing/components/region-inputs";
import { publicPoolMessages } from "../public-pool.messages";

interface FilterValues {
  text?: string;
  regionCode?: string | null;
  scale?: EnterpriseScale;
  industry?: Industry;
  entered?: [Dayjs | null, Dayjs | null] | null;
}

function dayStart(day: Dayjs): string {
  return shanghaiWallClockToIso(`${day.format("YYYY-MM-DD")}T00:00:00`);
}

/** 查询表单 of the public pool; dates are Asia/Shanghai calendar days. */
export function PoolFilterForm({ onSearch }: { onSearch: (filter: PublicPoolFilter) => void }) {
  const lang = useLang();
  const t = useMessages(publicPoolMessages);
  const [form] = Form.useForm<FilterValues>();

  function submit(values: FilterValues) {
    const [from, to] = values.entered ?? [null, null];
    onSearch({
      text: values.text?.trim() || null,
      regionCode: values.regionCode ?? null,
      scale: values.scale ?? null,
      industry: values.industry ?? null,
      enteredFrom: from ? dayStart(from) : null,
      enteredTo: to ? dayStart(to.add(1, "day")) : null,
    });
  }

  return (
    <Form<FilterValues>
      form={form}
      name="poolFilter"
      layout="inline"
      onFinish={submit}
      style={{ rowGap: 12 }}
      data-testid="pool-filter"
    >
      <Form.Item label={t.filterText} name="text">
        <Input allowClear placeholder={t.filterTextPlaceholder} style={{ width: 180 }} />
      </Form.Item>
      <Form.Item label={t.filterRegion} name="regionCode">
        <RegionSelect placeholder={t.all} style={{ width: 200 }} />
      </Form.Item>
      <Form.Item label={t.filterScale} name="scale">
        <Select<EnterpriseScale>
          allowClear
          placeholder={t.all}
          style={{ width: 130 }}
          options={ENTERPRISE_SCALES.map((s) => ({ value: s.code, label: pickLabel(lang, s) }))}
        />
      </Form.Item>
      <Form.Item label={t.filterIndustry} name="industry">
        <Select<Industry>
          allowClear
          placeholder={t.all}
          style={{ width: 140 }}
          options={INDUSTRIES.map((s) => ({ value: s.code, label: pickLabel(lang, s) }))}
        />
      </Form.Item>
      <Form.Item label={t.filterEntered} name="entered">
        <DatePicker.RangePicker style={{ width: 240 }} />
      </Form.Item>
      <Form.Item>
        <Space>
          <Button type="primary" htmlType="submit" icon={<SearchOutlined />} data-testid="pool-search">
            {t.search}
          </Button>
          <Button
            onClick={() => {
              form.resetFields();
              submit({});
            }}
          >
            {t.reset}
          </Button>
        </Space>
      </Form.Item>
    </Form>
  );
}
