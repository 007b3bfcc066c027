"use client";

import { DownOutlined, SearchOutlined, UpOutlined } from "@ant-design/icons";
import { skipToken, useQuery } from "@apollo/client/react";
import { ENTERPRISE_SCALES, ENTERPRISE_SOURCES, ENTERPRISE_STATUSES } from "@crm/domain";
import { Button, Checkbox, Col, DatePicker, Form, Input, Row, Select, Space, Tooltip } from "antd";
import dayjs, { type Dayjs } from "dayjs";
import { useEffect, useState } from "react";
import type { EnterpriseScale, EnterpriseSource, EnterpriseStatus, TagMatch } from "@/gql/graphql";
import { pickLabel } from "@/shared/i18n/lang";
import { useLang, useMessages } from "@/shared/i18n/lang-provider";
import { AccountSelect } from "../../account/components/account-select";
import { enterpriseMessages } from "../enterprise.messages";
import { activeFilterCount, type DayRange, type EnterpriseFilterValues } from "../enterprise-list-state";
import { OwnerLabelQuery } from "../graphql/enterprise.operations";
import { ProductLineMultiSelect } from "@/features/catalog/components/product-line-select";
import { RegionMultiCascader } from "./region-cascader";
import { TagSelect } from "./tag-select";

/** The filter form's label column (the renewal window above it lines up with it). */
export function filterLabelWidth(lang: "zh" | "en"): number {
  return lang === "zh" ? 84 : 116;
}

type PickedRange = [Dayjs | null, Dayjs | null] | null;

interface FormValues {
  text?: string;
  regionCodes?: string[];
  statuses?: EnterpriseStatus[];
  sources?: EnterpriseSource[];
  scales?: EnterpriseScale[];
  tagIds?: string[];
  tagMatch?: TagMatch;
  ownerAccountId?: string | null;
  productLineIds?: string[];
  created?: PickedRange;
  lastFollowUp?: PickedRange;
  awaitingFollowUp?: boolean;
}

function toPicked(range: DayRange | undefined): PickedRange {
  return range ? [dayjs(range[0]), dayjs(range[1])] : null;
}

function toDayRange(range: PickedRange | undefined): DayRange | undefined {
  const [from, to] = range ?? [null, null];
  return from && to ? [from.format("YYYY-MM-DD"), to.format("YYYY-MM-DD")] : undefined;
}

/** Every field named, so setting the form from the URL also clears what the URL lacks. */
function toFormValues(filter: EnterpriseFilterValues): Required<FormValues> {
  return {
    text: filter.text ?? "",
    regionCodes: filter.regionCodes ?? [],
    statuses: filter.statuses ?? [],
    sources: filter.sources ?? [],
    scales: filter.scales ?? [],
    tagIds: filter.tagIds ?? [],
    tagMatch: filter.tagMatch ?? "ANY",
    ownerAccountId: filter.ownerAccountId ?? null,
    productLineIds: filter.productLineIds ?? [],
    created: toPicked(filter.created),
    lastFollowUp: toPicked(filter.lastFollowUp),
    awaitingFollowUp: filter.awaitingFollowUp ?? false,
  };
}

function toFilterValues(values: FormValues): EnterpriseFilterValues {
  const some = <T,>(list: T[] | undefined): T[] | undefined => (list && list.length > 0 ? list : undefined);
  return {
    text: values.text?.trim() || undefined,
    regionCodes: some(values.regionCodes),
    statuses: some(values.statuses),
    sources: some(values.sources),
    scales: some(values.scales),
    tagIds: some(values.tagIds),
    tagMatch: values.tagIds?.length && values.tagMatch === "ALL" ? "ALL" : undefined,
    ownerAccountId: values.ownerAccountId ?? undefined,
    productLineIds: some(values.productLineIds),
    created: toDayRange(values.created),
    lastFollowUp: toDayRange(values.lastFollowUp),
    awaitingFollowUp: values.awaitingFollowUp ? true : undefined,
  };
}

/**
 * 查询表单 of the enterprise lists: name/domain text and region first; 展开 shows status,
 * source, scale, tags (any/all), owner, product line and the two date ranges. Shown from and
 * written to the URL by the list page. 甩单企业 adds 仅看待跟进 to the first row.
 */
export function EnterpriseFilterForm({
  value,
  showAwaitingFollowUp = false,
  onSearch,
}: {
  value: EnterpriseFilterValues;
  /** 甩单企业: offer 仅看待跟进 (routed leads not followed up since routing). */
  showAwaitingFollowUp?: boolean;
  onSearch: (filter: EnterpriseFilterValues) => void;
}) {
  const lang = useLang();
  const t = useMessages(enterpriseMessages);
  const [form] = Form.useForm<FormValues>();
  const hiddenCount = activeFilterCount({
    ...value,
    text: undefined,
    regionCodes: undefined,
    awaitingFollowUp: undefined,
  });
  // A shared link with filters beyond the first row opens expanded, so they are seen.
  const [expanded, setExpanded] = useState(hiddenCount > 0);
  const valueKey = JSON.stringify(value);

  // The URL is the truth: back/forward or a shared link set the form again.
  useEffect(() => {
    form.setFieldsValue(toFormValues(JSON.parse(valueKey) as EnterpriseFilterValues));
  }, [form, valueKey]);

  // A shared link names an owner by id: fetch the name for the picker's label.
  const owner = useQuery(
    OwnerLabelQuery,
    value.ownerAccountId ? { variables: { id: value.ownerAccountId }, fetchPolicy: "cache-first" } : skipToken,
  );

  const more = { style: expanded ? undefined : { display: "none" } };
  const col = { xs: 24, md: 12, xl: 8 };
  const labelWidth = filterLabelWidth(lang);

  return (
    <Form<FormValues>
      name="enterpriseFilter"
      form={form}
      initialValues={toFormValues(value)}
      onFinish={(values) => onSearch(toFilterValues(values))}
      labelCol={{ flex: `0 0 ${labelWidth}px` }}
      wrapperCol={{ flex: "1 1 0", style: { minWidth: 0 } }}
      labelWrap
      colon={false}
      aria-label={t.search}
      data-testid="enterprise-filter"
    >
      <Row gutter={[24, 0]}>
        <Col {...col}>
          <Form.Item label={t.filterText} name="text">
            <Input allowClear placeholder={t.filterTextPlaceholder} maxLength={100} />
          </Form.Item>
        </Col>
        <Col {...col}>
          <Form.Item label={t.filterRegion} name="regionCodes">
            <RegionMultiCascader placeholder={t.filterRegionPlaceholder} />
          </Form.Item>
        </Col>
        {showAwaitingFollowUp ? (
          <Col {...col}>
            <Form.Item label={t.filterFollowUp} name="awaitingFollowUp" valuePropName="checked">
              <Checkbox data-testid="filter-awaiting-follow-up">
                <Tooltip title={t.filterAwaitingFollowUpHint}>{t.filterAwaitingFollowUp}</Tooltip>
              </Checkbox>
            </Form.Item>
          </Col>
        ) : null}
        <Col {...col} {...more}>
          <Form.Item label={t.filterStatus} name="statuses">
            <Select<EnterpriseStatus[]>
              mode="multiple"
              allowClear
              placeholder={t.all}
              maxTagCount="responsive"
              options={ENTERPRISE_STATUSES.map((s) => ({ value: s.code, label: pickLabel(lang, s) }))}
            />
          </Form.Item>
        </Col>
        <Col {...col} {...more}>
          <Form.Item label={t.filterSource} name="sources">
            <Select<EnterpriseSource[]>
              mode="multiple"
              allowClear
              placeholder={t.all}
              maxTagCount="responsive"
              options={ENTERPRISE_SOURCES.map((s) => ({ value: s.code, label: pickLabel(lang, s) }))}
            />
          </Form.Item>
        </Col>
        <Col {...col} {...more}>
          <Form.Item label={t.filterScale} name="scales">
            <Select<EnterpriseScale[]>
              mode="multiple"
              allowClear
              placeholder={t.all}
              maxTagCount="responsive"
              options={ENTERPRISE_SCALES.map((s) => ({ value: s.code, label: pickLabel(lang, s) }))}
            />
          </Form.Item>
        </Col>
        <Col {...col} {...more}>
          <Form.Item label={t.filterTags}>
            <Space.Compact style={{ width: "100%" }}>
              <Form.Item name="tagIds" noStyle>
                <TagSelect placeholder={t.all} style={{ flex: 1, minWidth: 0 }} />
              </Form.Item>
              <Form.Item name="tagMatch" noStyle>
                <Select<TagMatch>
                  aria-label={t.filterTags}
                  style={{ width: lang === "zh" ? 86 : 72, flex: "none" }}
                  options={[
                    { value: "ANY", label: t.tagMatchAny },
                    { value: "ALL", label: t.tagMatchAll },
                  ]}
                />
              </Form.Item>
            </Space.Compact>
          </Form.Item>
        </Col>
        <Col {...col} {...more}>
          <Form.Item label={t.filterOwner} name="ownerAccountId">
            <AccountSelect placeholder={t.all} kind="DEALER" current={owner.data?.account ?? null} />
          </Form.Item>
        </Col>
        <Col {...col} {...more}>
          <Form.Item label={t.filterProductLine} name="productLineIds">
            <ProductLineMultiSelect placeholder={t.all} />
          </Form.Item>
        </Col>
        <Col {...col} {...more}>
          <Form.Item label={t.filterCreated} name="created">
            <DatePicker.RangePicker style={{ width: "100%" }} allowEmpty={[false, false]} />
          </Form.Item>
        </Col>
        <Col {...col} {...more}>
          <Form.Item label={t.filterLastFollowUp} name="lastFollowUp">
            <DatePicker.RangePicker style={{ width: "100%" }} allowEmpty={[false, false]} />
          </Form.Item>
        </Col>
        <Col flex="auto">
          <Form.Item style={{ textAlign: "right" }}>
            <Space>
              <Button type="primary" htmlType="submit" icon={<SearchOutlined />} data-testid="enterprise-search">
                {t.search}
              </Button>
              <Button onClick={() => onSearch({})} data-testid="enterprise-reset">
                {t.reset}
              </Button>
              <Button
                type="link"
                onClick={() => setExpanded(!expanded)}
                icon={expanded ? <UpOutlined /> : <DownOutlined />}
                iconPlacement="end"
                style={{ paddingInline: 4 }}
                data-testid="enterprise-filter-toggle"
              >
                {expanded ? t.collapse : t.moreFilters(hiddenCount)}
              </Button>
            </Space>
          </Form.Item>
        </Col>
      </Row>
    </Form>
  );
}
