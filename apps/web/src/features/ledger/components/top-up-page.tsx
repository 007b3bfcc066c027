"use client";

import { WalletOutlined } from "@ant-design/icons";
import { skipToken, useMutation, useQuery } from "@apollo/client/react";
import { TOP_UP_MAX_FEN, formatFen, normalizeBankReference, parseYuanToFen } from "@crm/domain";
import { Alert, App, Button, Card, Col, Form, Input, Row, Space, Statistic, Typography } from "antd";
import { useState } from "react";
import { DealerSelect } from "@/features/dealer/components/dealer-select";
import { describeError } from "@/shared/apollo/error-message";
import { useLang, useMessages } from "@/shared/i18n/lang-provider";
import { DealerBalanceQuery, TopUpMutation } from "../graphql/ledger.operations";
import { ledgerMessages } from "../ledger.messages";
import { LedgerTable } from "./ledger-table";

interface TopUpValues {
  dealerId: string;
  amount: string;
  reference: string;
  note?: string;
}

/** The amount typed in yuan as exact 分, or the message saying what is wrong with it. */
function amountCheck(text: string | undefined, t: (typeof ledgerMessages)["zh"]): { fen: number } | { error: string } {
  const parsed = parseYuanToFen(text ?? "");
  if (!parsed.ok) {
    if (parsed.reason === "EMPTY") return { error: t.fieldAmountRequired };
    if (parsed.reason === "PRECISION") return { error: t.amountPrecision };
    if (parsed.reason === "RANGE") return { error: t.amountTooLarge(formatFen(TOP_UP_MAX_FEN)) };
    return { error: t.amountInvalid };
  }
  if (parsed.fen <= 0) return { error: t.amountZero };
  if (parsed.fen > TOP_UP_MAX_FEN) return { error: t.amountTooLarge(formatFen(TOP_UP_MAX_FEN)) };
  return { fen: parsed.fen };
}

/**
 * 财务 › 充值 (vendor finance): record a dealer's bank transfer — amount in yuan, converted to 分
 * from the decimal string, the bank reference (once ever) and a note — after a confirmation;
 * and the latest top-ups of every dealer.
 */
export function TopUpPage() {
  const lang = useLang();
  const t = useMessages(ledgerMessages);
  const { message, modal } = App.useApp();
  const [form] = Form.useForm<TopUpValues>();
  const dealerId = Form.useWatch("dealerId", form);
  const amountText = Form.useWatch("amount", form);
  const [error, setError] = useState<string | null>(null);
  const [listDealerId, setListDealerId] = useState<string | null>(null);
  const { data: chosen } = useQuery(
    DealerBalanceQuery,
    dealerId ? { variables: { id: dealerId }, fetchPolicy: "network-only" } : skipToken,
  );
  const [topUp, { loading }] = useMutation(TopUpMutation, { refetchQueries: ["LedgerEntries", "DealerBalance"] });
  const preview = amountText ? amountCheck(amountText, t) : null;

  async function send(values: TopUpValues, fen: number, dealerName: string): Promise<void> {
    setError(null);
    try {
      await topUp({
        variables: {
          input: {
            dealerId: values.dealerId,
            amount: fen,
            reference: values.reference,
            note: values.note?.trim() || null,
          },
        },
      });
      message.success(t.toppedUp(dealerName, formatFen(fen)));
      form.resetFields(["amount", "reference", "note"]);
    } catch (e) {
      setError(describeError(e, lang).message);
    }
  }

  function confirm(values: TopUpValues): void {
    const checked = amountCheck(values.amount, t);
    if ("error" in checked) return;
    const dealerName = chosen?.dealer.name ?? "";
    const reference = normalizeBankReference(values.reference) ?? values.reference;
    modal.confirm({
      title: t.confirmTitle,
      content: t.confirmContent(dealerName, formatFen(checked.fen), reference),
      okText: t.confirm,
      cancelText: t.cancel,
      okButtonProps: { "data-testid": "top-up-confirm" },
      onOk: () => send(values, checked.fen, dealerName),
    });
  }

  return (
    <Space orientation="vertical" size="middle" style={{ width: "100%" }}>
      <Card title={t.topUpTitle} data-testid="top-up-card">
        <Typography.Paragraph type="secondary" style={{ marginTop: 0 }}>
          {t.topUpIntro}
        </Typography.Paragraph>
        <Row gutter={32}>
          <Col xs={24} lg={14}>
            <Form<TopUpValues> form={form} name="topUp" layout="vertical" onFinish={confirm} data-testid="top-up-form">
              <Form.Item
                label={t.fieldDealer}
                name="dealerId"
                rules={[{ required: true, message: t.fieldDealerRequired }]}
              >
                <DealerSelect />
              </Form.Item>
              <Row gutter={16}>
                <Col xs={24} md={12}>
                  <Form.Item
                    label={t.fieldAmount}
                    name="amount"
                    validateFirst
                    rules={[
                      { required: true, whitespace: true, message: t.fieldAmountRequired },
                      {
                        validator: (_, value: string | undefined) => {
                          const checked = amountCheck(value, t);
                          return "error" in checked ? Promise.reject(new Error(checked.error)) : Promise.resolve();
                        },
                      },
                    ]}
                    extra={preview && "fen" in preview ? t.amountPreview(formatFen(preview.fen)) : undefined}
                  >
                    <Input prefix="¥" inputMode="decimal" placeholder="20000.00" autoComplete="off" />
                  </Form.Item>
                </Col>
                <Col xs={24} md={12}>
                  <Form.Item
                    label={t.fieldReference}
                    name="reference"
                    extra={t.referenceHelp}
                    validateFirst
                    rules={[
                      { required: true, whitespace: true, message: t.fieldReferenceRequired },
                      {
                        validator: (_, value: string | undefined) =>
                          normalizeBankReference(value ?? "")
                            ? Promise.resolve()
                            : Promise.reject(new Error(t.referenceInvalid)),
                      },
                    ]}
                  >
                    <Input maxLength={80} autoComplete="off" />
                  </Form.Item>
                </Col>
              </Row>
              <Form.Item label={t.fieldNote} name="note" rules={[{ max: 200 }]}>
                <Input maxLength={200} />
              </Form.Item>
              {error ? (
                <Alert
                  type="error"
                  showIcon
                  title={t.topUpFailed}
                  description={error}
                  style={{ marginBottom: 16 }}
                  data-testid="top-up-error"
                />
              ) : null}
              <Button
                type="primary"
                htmlType="submit"
                icon={<WalletOutlined />}
                loading={loading}
                data-testid="top-up-submit"
              >
                {t.submitTopUp}
              </Button>
            </Form>
          </Col>
          <Col xs={24} lg={10}>
            {dealerId && chosen ? (
              <Card size="small" style={{ background: "#fafafa" }}>
                <Statistic
                  title={`${chosen.dealer.name} · ${t.currentBalance}`}
                  value={
                    chosen.dealer.balance === null || chosen.dealer.balance === undefined
                      ? "—"
                      : formatFen(chosen.dealer.balance)
                  }
                  prefix="¥"
                  styles={{ content: { fontVariantNumeric: "tabular-nums" } }}
                  data-testid="top-up-current-balance"
                />
              </Card>
            ) : null}
          </Col>
        </Row>
      </Card>
      <Card
        title={t.recentTitle}
        extra={<DealerSelect value={listDealerId} onChange={setListDealerId} style={{ width: 240 }} />}
      >
        <LedgerTable
          key={listDealerId ?? "all"}
          kind="TOP_UP"
          dealerId={listDealerId}
          showDealer
          pageSize={20}
          testId="top-up-table"
        />
      </Card>
    </Space>
  );
}
