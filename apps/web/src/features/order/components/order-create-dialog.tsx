"use client";

import { skipToken, useMutation, useQuery } from "@apollo/client/react";
import { Alert, App, Button, Col, Form, Input, InputNumber, Modal, Row, Segmented, Select, Space, Tag } from "antd";
import Link from "next/link";
import { useEffect, useMemo, useState } from "react";
import type { CreateOrderInput, OrderDetailFragment, OrderType, ServiceKind } from "@/gql/graphql";
import { describeError } from "@/shared/apollo/error-message";
import { formatDate } from "@/shared/format";
import { useLang, useMessages } from "@/shared/i18n/lang-provider";
import {
  CreateOrderMutation,
  OrderCatalogQuery,
  OrderEnterpriseRegistrationsQuery,
  OrderQuoteQuery,
} from "../graphql/order.operations";
import { formatMoney, isTrialType, orderTypeLabel } from "../order-labels";
import { orderMessages } from "../order.messages";
import { useDebouncedValue } from "../use-debounced-value";
import { OrderQuotePanel } from "./order-quote-panel";

/**
 * A service an order acts on (扩容、续费、试用转正、试用延期): the fields of OrderServiceFields, so
 * any fragment of Service that has them (the 已开通服务 list's, an enterprise's) can be passed.
 */
export interface OrderDialogService {
  id: string;
  kind: ServiceKind;
  domain: string;
  domainUnicode: string;
  seats: number;
  startsAt: string;
  expiresAt: string;
  productLine?: { id: string; name: string } | null;
  /** The service's edition, when the fragment has it (null for services older than editions). */
  edition?: { id: string; name: string } | null;
}

/** The enterprise an order is for: its domains (新开通 / 试用) and services (the other types). */
export interface OrderDialogEnterprise {
  id: string;
  name: string;
  domains?: readonly { domain: string; unicode: string; isMain: boolean }[];
  services?: readonly OrderDialogService[];
}

export interface OrderCreateDialogProps {
  open: boolean;
  /** The order type (the first one shown when the type can be changed). */
  type: OrderType;
  enterprise?: OrderDialogEnterprise;
  /** The service the order acts on; without it the dialog offers the enterprise's matching services. */
  service?: OrderDialogService;
  /** 新建订单: let the user switch among the types the enterprise allows. */
  allowTypeChange?: boolean;
  onClose: () => void;
  onCreated?: (order: OrderDetailFragment) => void;
}

interface FormValues {
  domain?: string;
  productLineId?: string;
  editionId?: string;
  serviceId?: string;
  seats?: number | null;
  months?: number | null;
  giftMonths?: number | null;
  trialDays?: number | null;
  remark?: string;
}

const QUOTE_DEBOUNCE_MS = 400;
const SERVICE_TYPES: readonly OrderType[] = ["EXPANSION", "RENEWAL", "TRIAL_CONVERT", "TRIAL_EXTEND"];
const TYPE_ORDER: readonly OrderType[] = ["NEW", "TRIAL", "EXPANSION", "RENEWAL", "TRIAL_CONVERT", "TRIAL_EXTEND"];

function isServiceType(type: OrderType): boolean {
  return SERVICE_TYPES.includes(type);
}

/** The services an order of `type` can act on: paid ones for 扩容 (running) and 续费, trials for 转正 and 延期. */
export function servicesForType(type: OrderType, services: readonly OrderDialogService[]): OrderDialogService[] {
  const now = Date.now();
  switch (type) {
    case "EXPANSION":
      return services.filter((s) => s.kind === "PAID" && new Date(s.expiresAt).getTime() > now);
    case "RENEWAL":
      return services.filter((s) => s.kind === "PAID");
    case "TRIAL_CONVERT":
    case "TRIAL_EXTEND":
      return services.filter((s) => s.kind === "TRIAL");
    default:
      return [];
  }
}

/** The types 新建订单 offers for an enterprise: 新开通 and 试用 always, the others when it has a matching service. */
export function orderTypesFor(enterprise: OrderDialogEnterprise): OrderType[] {
  const services = enterprise.services ?? [];
  return TYPE_ORDER.filter((type) => !isServiceType(type) || servicesForType(type, services).length > 0);
}

function usesMonths(type: OrderType): boolean {
  return type === "NEW" || type === "RENEWAL" || type === "TRIAL_CONVERT";
}

/**
 * Whether the user picks the edition: always for 新开通, 试用 and 转正; for the other types only
 * when the service has none (services older than editions: the API then asks for one).
 */
function picksEdition(type: OrderType, service: OrderDialogService | undefined): boolean {
  if (type === "NEW" || type === "TRIAL" || type === "TRIAL_CONVERT") return true;
  return service?.edition === null;
}

/** The input `orderQuote` and `createOrder` take, or null while something required is missing. */
function toInput(
  type: OrderType,
  v: FormValues,
  enterpriseId: string | undefined,
  service: OrderDialogService | undefined,
): CreateOrderInput | null {
  const positive = (n: number | null | undefined) => (typeof n === "number" && n >= 1 ? n : null);
  const input: CreateOrderInput = { type };
  if (isServiceType(type)) {
    if (!v.serviceId) return null;
    input.serviceId = v.serviceId;
  } else {
    if (!enterpriseId || !v.domain) return null;
    input.enterpriseId = enterpriseId;
    input.domain = v.domain;
  }
  if (picksEdition(type, service)) {
    if (!v.editionId) return null;
    input.editionId = v.editionId;
  }
  if (type !== "TRIAL_EXTEND") {
    // 续费 is for all of the service's seats (the API refuses others): it sends none.
    if (type !== "RENEWAL") {
      const seats = positive(v.seats);
      if (!seats) return null;
      input.seats = seats;
    }
  }
  if (usesMonths(type)) {
    const months = positive(v.months);
    if (!months) return null;
    input.months = months;
    input.giftMonths = typeof v.giftMonths === "number" && v.giftMonths > 0 ? v.giftMonths : 0;
  }
  if (isTrialType(type)) {
    const days = positive(v.trialDays);
    if (!days) return null;
    input.trialDays = days;
  }
  return input;
}

/** The starting values of a type: the service's seats for 续费 / 转正, a year for paid terms, 7 trial days. */
function defaultsFor(type: OrderType, service: OrderDialogService | undefined): FormValues {
  return {
    serviceId: service?.id,
    // 转正 starts from the trial's edition (the user may pick another).
    editionId: type === "TRIAL_CONVERT" ? (service?.edition?.id ?? undefined) : undefined,
    seats: type === "RENEWAL" || type === "TRIAL_CONVERT" ? (service?.seats ?? null) : null,
    months: usesMonths(type) ? 12 : null,
    giftMonths: usesMonths(type) ? 0 : null,
    trialDays: isTrialType(type) ? 7 : null,
  };
}

/**
 * 提单 dialog for every order type (SPEC §6). While the user fills it in, `orderQuote` prices it
 * (debounced) and says whether the vendor must confirm it and why; a refusal the API would give
 * (REGISTRATION_REQUIRED, TRIAL_LIMIT_REACHED …) shows before submitting, in the current language.
 * Other features open it with a type, the enterprise and/or the service the order acts on.
 */
export function OrderCreateDialog(props: OrderCreateDialogProps) {
  // A fresh dialog (form, quote, errors) each time it opens.
  return props.open ? <OrderCreateForm {...props} /> : null;
}

function OrderCreateForm({
  type: initialType,
  enterprise,
  service: fixedService,
  allowTypeChange,
  onClose,
  onCreated,
}: OrderCreateDialogProps) {
  const lang = useLang();
  const t = useMessages(orderMessages);
  const { notification } = App.useApp();
  const [form] = Form.useForm<FormValues>();
  const [type, setType] = useState<OrderType>(initialType);
  const [error, setError] = useState<string | null>(null);
  const catalog = useQuery(OrderCatalogQuery, { fetchPolicy: "cache-first" });
  const registrations = useQuery(
    OrderEnterpriseRegistrationsQuery,
    enterprise && !fixedService
      ? { variables: { enterpriseId: enterprise.id }, fetchPolicy: "network-only" }
      : skipToken,
  );
  const [create, { loading: creating }] = useMutation(CreateOrderMutation);

  const values = Form.useWatch([], form) as FormValues | undefined;
  const candidates = useMemo(
    () => (fixedService ? [fixedService] : servicesForType(type, enterprise?.services ?? [])),
    [fixedService, type, enterprise],
  );
  const service = candidates.find((s) => s.id === values?.serviceId) ?? (fixedService ? fixedService : undefined);
  const types = allowTypeChange && enterprise ? orderTypesFor(enterprise) : [type];

  // The product line: chosen for 新开通 / 试用, the service's for the others.
  const productLineId = isServiceType(type) ? service?.productLine?.id : values?.productLineId;
  const productLine = catalog.data?.productLines.find((p) => p.id === productLineId) ?? null;
  const editions = productLine?.editions ?? [];

  // A new or trial order defaults to a domain and product line the dealer has registered.
  const registered = registrations.data?.registrations.edges.map((e) => e.node) ?? [];
  const firstRegistered = registered[0];
  useEffect(() => {
    if (!firstRegistered || form.isFieldTouched("domain") || form.isFieldTouched("productLineId")) return;
    form.setFieldsValue({ domain: firstRegistered.domain, productLineId: firstRegistered.productLine.id });
  }, [firstRegistered, form]);

  const input = values ? toInput(type, values, enterprise?.id, service) : null;
  const inputKey = input ? JSON.stringify(input) : null;
  const debouncedKey = useDebouncedValue(inputKey, QUOTE_DEBOUNCE_MS);
  const quote = useQuery(
    OrderQuoteQuery,
    debouncedKey
      ? { variables: { input: JSON.parse(debouncedKey) as CreateOrderInput }, fetchPolicy: "network-only" }
      : skipToken,
  );
  const settling = inputKey !== debouncedKey || quote.loading;

  function switchType(next: OrderType) {
    setType(next);
    setError(null);
    const nextCandidates = servicesForType(next, enterprise?.services ?? []);
    form.setFieldsValue({ ...defaultsFor(next, nextCandidates[0]), serviceId: nextCandidates[0]?.id });
  }

  async function submit(v: FormValues) {
    const full = toInput(type, v, enterprise?.id, candidates.find((c) => c.id === v.serviceId) ?? fixedService);
    if (!full) return;
    setError(null);
    try {
      const remark = v.remark?.trim();
      const { data } = await create({ variables: { input: { ...full, remark: remark || null } } });
      const order = data?.createOrder;
      if (!order) return;
      notification.success({
        title: order.status === "PAID" ? t.createdTrial(order.orderNo) : t.created(order.orderNo),
        description: (
          <Link href={`/orders/${order.id}`} data-testid="order-created-link">
            {t.viewOrder}
          </Link>
        ),
      });
      onCreated?.(order);
      onClose();
    } catch (e) {
      setError(describeError(e, lang).message);
    }
  }

  const typeLabel = orderTypeLabel(lang, type);
  const initialCandidates = fixedService ? [fixedService] : servicesForType(initialType, enterprise?.services ?? []);
  const mainDomain = enterprise?.domains?.find((d) => d.isMain)?.domain ?? enterprise?.domains?.[0]?.domain;

  return (
    <Modal
      open
      title={enterprise ? t.createTitle(typeLabel, enterprise.name) : t.createTitleNoEnterprise(typeLabel)}
      onCancel={onClose}
      width={760}
      destroyOnHidden
      footer={
        <Space>
          <Button onClick={onClose}>{t.cancel}</Button>
          <Button
            type="primary"
            loading={creating}
            disabled={!input}
            onClick={() => form.submit()}
            data-testid="order-submit"
          >
            {t.submit}
          </Button>
        </Space>
      }
    >
      {types.length > 1 ? (
        <Segmented<OrderType>
          block
          value={type}
          onChange={switchType}
          options={types.map((value) => ({ value, label: orderTypeLabel(lang, value) }))}
          style={{ margin: "8px 0 16px" }}
          data-testid="order-type-switch"
        />
      ) : null}
      <Form<FormValues>
        name="orderCreate"
        form={form}
        layout="vertical"
        onFinish={(v) => void submit(v)}
        onValuesChange={() => setError(null)}
        initialValues={{
          ...defaultsFor(initialType, initialCandidates[0]),
          serviceId: initialCandidates[0]?.id,
          domain: mainDomain,
        }}
        style={{ marginTop: types.length > 1 ? 0 : 16 }}
        data-testid="order-form"
      >
        <Row gutter={16}>
          {isServiceType(type) ? (
            <Col span={24}>
              <Form.Item
                label={t.service}
                name="serviceId"
                rules={[{ required: true, message: t.serviceRequired }]}
                extra={candidates.length === 0 ? t.serviceNone : undefined}
              >
                <Select<string>
                  disabled={!!fixedService}
                  placeholder={t.serviceRequired}
                  onChange={(id) => {
                    // Another service may be another product line: its own edition, or none picked.
                    const next = candidates.find((c) => c.id === id);
                    form.setFieldValue(
                      "editionId",
                      type === "TRIAL_CONVERT" ? (next?.edition?.id ?? undefined) : undefined,
                    );
                  }}
                  options={candidates.map((s) => ({
                    value: s.id,
                    label: t.serviceLabel(
                      s.productLine?.name ?? "—",
                      s.domainUnicode,
                      s.seats,
                      formatDate(s.expiresAt, lang),
                    ),
                  }))}
                />
              </Form.Item>
            </Col>
          ) : (
            <>
              <Col span={12}>
                <Form.Item label={t.domain} name="domain" rules={[{ required: true, message: t.domainRequired }]}>
                  <Select<string>
                    placeholder={t.domainRequired}
                    options={(enterprise?.domains ?? []).map((d) => ({
                      value: d.domain,
                      label: (
                        <Space size={8}>
                          <span>{d.unicode}</span>
                          {d.isMain ? <Tag color="blue">{t.mainDomain}</Tag> : null}
                        </Space>
                      ),
                    }))}
                  />
                </Form.Item>
              </Col>
              <Col span={12}>
                <Form.Item
                  label={t.productLine}
                  name="productLineId"
                  rules={[{ required: true, message: t.productLineRequired }]}
                >
                  <Select<string>
                    placeholder={t.productLineRequired}
                    loading={catalog.loading}
                    onChange={() => form.setFieldValue("editionId", undefined)}
                    options={(catalog.data?.productLines ?? []).map((p) => ({ value: p.id, label: p.name }))}
                  />
                </Form.Item>
              </Col>
            </>
          )}
          <Col span={12}>
            {picksEdition(type, service) ? (
              <Form.Item
                label={t.edition}
                name="editionId"
                rules={[{ required: true, message: t.editionRequired }]}
                extra={isServiceType(type) && type !== "TRIAL_CONVERT" ? t.editionMissing : undefined}
              >
                <Select<string>
                  placeholder={t.editionRequired}
                  loading={catalog.loading}
                  optionLabelProp="name"
                  options={editions.map((e) => ({
                    value: e.id,
                    name: e.name,
                    label: (
                      <Space size={8} style={{ width: "100%", justifyContent: "space-between" }}>
                        <span>
                          {e.name}
                          {e.isSpecial ? (
                            <Tag color="orange" style={{ marginInlineStart: 8 }}>
                              {t.specialEdition}
                            </Tag>
                          ) : null}
                        </span>
                        <span style={{ color: "rgba(0,0,0,0.45)", fontSize: 12 }}>
                          {editionPriceText(t, e.listPrice, e.settlementPrice)}
                        </span>
                      </Space>
                    ),
                  }))}
                  data-testid="order-edition"
                />
              </Form.Item>
            ) : (
              <Form.Item label={t.edition} extra={t.editionKept}>
                <Input disabled value={service?.edition?.name ?? t.editionKept} />
              </Form.Item>
            )}
          </Col>
          {type !== "TRIAL_EXTEND" ? (
            <Col span={12}>
              <Form.Item
                label={type === "EXPANSION" ? t.seatsAdd : t.seats}
                name="seats"
                rules={type === "RENEWAL" ? [] : [{ required: true, message: t.seatsRequired }]}
              >
                <InputNumber<number>
                  min={1}
                  max={100_000}
                  precision={0}
                  suffix={t.seatsUnit}
                  style={{ width: "100%" }}
                  disabled={type === "RENEWAL"}
                  data-testid="order-seats"
                />
              </Form.Item>
            </Col>
          ) : null}
          {usesMonths(type) ? (
            <>
              <Col span={12}>
                <Form.Item label={t.monthsLabel} name="months" rules={[{ required: true, message: t.monthsRequired }]}>
                  <InputNumber<number>
                    min={1}
                    max={120}
                    precision={0}
                    suffix={t.monthsUnit}
                    style={{ width: "100%" }}
                    data-testid="order-months"
                  />
                </Form.Item>
              </Col>
              <Col span={12}>
                <Form.Item
                  label={t.giftLabel}
                  name="giftMonths"
                  extra={
                    productLine
                      ? t.giftRule(lang === "zh" ? productLine.giftRule.labelZh : productLine.giftRule.labelEn)
                      : undefined
                  }
                >
                  <InputNumber<number>
                    min={0}
                    max={120}
                    precision={0}
                    suffix={t.giftUnit}
                    style={{ width: "100%" }}
                    data-testid="order-gift"
                  />
                </Form.Item>
              </Col>
            </>
          ) : null}
          {isTrialType(type) ? (
            <Col span={12}>
              <Form.Item
                label={t.trialDays}
                name="trialDays"
                rules={[{ required: true, message: t.trialDaysRequired }]}
                extra={type === "TRIAL" ? t.trialFirstHint : t.trialExtendHint}
              >
                <InputNumber<number>
                  min={1}
                  max={type === "TRIAL" ? 7 : 30}
                  precision={0}
                  suffix={t.trialDaysUnit}
                  style={{ width: "100%" }}
                  data-testid="order-trial-days"
                />
              </Form.Item>
            </Col>
          ) : null}
          <Col span={24}>
            <Form.Item label={t.remark} name="remark">
              <Input.TextArea rows={2} maxLength={500} showCount placeholder={t.remarkPlaceholder} />
            </Form.Item>
          </Col>
        </Row>
      </Form>
      <OrderQuotePanel
        type={type}
        complete={input !== null}
        settling={settling}
        quote={quote.data?.orderQuote ?? null}
        error={quote.error ? describeError(quote.error, lang).message : null}
      />
      {error ? (
        <Alert
          type="error"
          showIcon
          title={t.createFailed}
          description={error}
          style={{ marginTop: 12 }}
          data-testid="order-create-error"
        />
      ) : null}
    </Modal>
  );
}

/** "原价 ¥15.00/人/月 · 结算价 ¥12.75/人/月", with only the prices the viewer may see. */
function editionPriceText(
  t: (typeof orderMessages)["zh"],
  listPrice: number | null | undefined,
  settlementPrice: number | null | undefined,
): string {
  const parts: string[] = [];
  if (listPrice !== null && listPrice !== undefined) {
    parts.push(`${t.listPriceShort} ${t.perSeatMonth(formatMoney(listPrice))}`);
  }
  if (settlementPrice !== null && settlementPrice !== undefined) {
    parts.push(`${t.settlementPriceShort} ${t.perSeatMonth(formatMoney(settlementPrice))}`);
  }
  return parts.join(" · ");
}
