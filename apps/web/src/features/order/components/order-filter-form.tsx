"use client";

import { SearchOutlined } from "@ant-design/icons";
import { Button, DatePicker, Form, Input, Select, Space } from "antd";
import dayjs, { type Dayjs } from "dayjs";
import { useEffect } from "react";
import type { OrderStatus, OrderType } from "@/gql/graphql";
import { useLang, useMessages } from "@/shared/i18n/lang-provider";
import { ProductLineSelect } from "../../catalog/components/product-line-select";
import type { DayRange, OrderFilterValues } from "../order-filter";
import { ORDER_STATUS_CODES, ORDER_TYPE_CODES, orderStatusLabel, orderTypeLabel } from "../order-labels";
import { orderMessages } from "../order.messages";

type PickedRange = [Dayjs | null, Dayjs | null] | null;

interface FormValues {
  productLineId: string | null;
  statuses: OrderStatus[];
  types: OrderType[];
  created: PickedRange;
  text: string;
}

function toFormValues(value: OrderFilterValues): FormValues {
  return {
    productLineId: value.productLineId ?? null,
    statuses: value.statuses ?? [],
    types: value.types ?? [],
    created: value.created ? [dayjs(value.created[0]), dayjs(value.created[1])] : null,
    text: value.text ?? "",
  };
}

function toDayRange(range: PickedRange | undefined): DayRange | undefined {
  const [from, to] = range ?? [null, null];
  return from && to ? [from.format("YYYY-MM-DD"), to.format("YYYY-MM-DD")] : undefined;
}

/**
 * 查询表单 of the order lists: order no./domain text, product line, status (全部订单 only), type
 * and the created dates (北京时间 calendar days). The list page keeps it in the URL.
 */
export function OrderFilterForm({
  value,
  withStatus,
  onSearch,
}: {
  value: OrderFilterValues;
  /** 全部订单 filters by status; the 待确认 / 待扣款 lists are one status each. */
  withStatus: boolean;
  onSearch: (filter: OrderFilterValues) => void;
}) {
  const lang = useLang();
  const t = useMessages(orderMessages);
  const [form] = Form.useForm<FormValues>();
  const valueKey = JSON.stringify(value);

  // The URL is the truth: back/forward or a shared link set the form again.
  useEffect(() => {
    form.setFieldsValue(toFormValues(JSON.parse(valueKey) as OrderFilterValues));
  }, [form, valueKey]);

  return (
    <Form<FormValues>
      form={form}
      name="orderFilter"
      layout="inline"
      initialValues={toFormValues(value)}
      onFinish={(v) =>
        onSearch({
          productLineId: v.productLineId ?? undefined,
          statuses: withStatus && v.statuses?.length ? v.statuses : undefined,
          types: v.types?.length ? v.types : undefined,
          created: toDayRange(v.created),
          text: v.text?.trim() || undefined,
        })
      }
      style={{ rowGap: 12 }}
      data-testid="order-filter"
    >
      <Form.Item label={t.filterText} name="text">
        <Input
          allowClear
          placeholder={t.filterTextPlaceholder}
          style={{ width: lang === "zh" ? 200 : 230 }}
          maxLength={100}
        />
      </Form.Item>
      <Form.Item label={t.filterProductLine} name="productLineId">
        <ProductLineSelect placeholder={t.all} style={{ width: 130 }} />
      </Form.Item>
      {withStatus ? (
        <Form.Item label={t.filterStatus} name="statuses">
          <Select<OrderStatus[]>
            mode="multiple"
            allowClear
            placeholder={t.all}
            style={{ minWidth: 150 }}
            maxTagCount="responsive"
            options={ORDER_STATUS_CODES.map((s) => ({ value: s, label: orderStatusLabel(lang, s) }))}
          />
        </Form.Item>
      ) : null}
      <Form.Item label={t.filterType} name="types">
        <Select<OrderType[]>
          mode="multiple"
          allowClear
          placeholder={t.all}
          style={{ minWidth: 150 }}
          maxTagCount="responsive"
          options={ORDER_TYPE_CODES.map((s) => ({ value: s, label: orderTypeLabel(lang, s) }))}
        />
      </Form.Item>
      <Form.Item label={t.filterCreated} name="created">
        <DatePicker.RangePicker allowEmpty={[false, false]} style={{ width: 240 }} />
      </Form.Item>
      <Form.Item>
        <Space>
          <Button type="primary" htmlType="submit" icon={<SearchOutlined />} data-testid="order-search">
            {t.search}
          </Button>
          <Button onClick={() => onSearch({})} data-testid="order-reset">
            {t.reset}
          </Button>
        </Space>
      </Form.Item>
    </Form>
  );
}
