"use client";

import { Alert, Card, Col, Row, Spin, Statistic, Typography } from "antd";
import type { OrderQuoteQuery, OrderType } from "@/gql/graphql";
import { useLang, useMessages } from "@/shared/i18n/lang-provider";
import { confirmationReasonsText, formatMoney, isTrialType } from "../order-labels";
import { orderMessages } from "../order.messages";

type Quote = OrderQuoteQuery["orderQuote"];

/**
 * The live quote under the order form: 原价, 结算价 (each only when the viewer may see it),
 * 赠送上限, and whether the vendor must confirm the order (with the reasons) — or the refusal
 * the API would give for the order as it stands.
 */
export function OrderQuotePanel({
  type,
  complete,
  settling,
  quote,
  error,
}: {
  type: OrderType;
  /** Every required field is filled in. */
  complete: boolean;
  /** A newer quote is on its way (typing, or the request runs). */
  settling: boolean;
  quote: Quote | null;
  error: string | null;
}) {
  const lang = useLang();
  const t = useMessages(orderMessages);
  const trial = isTrialType(type);
  const shown = complete ? quote : null;

  let verdict = null;
  if (complete && error && !settling) {
    verdict = <Alert type="error" showIcon title={t.quoteFailed} description={error} data-testid="order-quote-error" />;
  } else if (shown && shown.confirmationReasons.length > 0) {
    verdict = (
      <Alert
        type="warning"
        showIcon
        title={t.needsConfirmation(confirmationReasonsText(lang, shown.confirmationReasons))}
        data-testid="order-quote-reasons"
      />
    );
  } else if (shown) {
    verdict = (
      <Alert
        type="success"
        showIcon
        title={type === "TRIAL" ? t.trialStartsNow : type === "TRIAL_EXTEND" ? t.trialExtendsNow : t.noConfirmation}
        data-testid="order-quote-ok"
      />
    );
  }

  const money = (value: number | null | undefined) => (shown ? formatMoney(value) : "—");
  return (
    <Card
      size="small"
      title={t.quoteTitle}
      extra={settling && complete ? <Spin size="small" /> : null}
      styles={{ body: { paddingBottom: verdict ? 12 : undefined } }}
      data-testid="order-quote"
    >
      {!complete ? (
        <Typography.Text type="secondary">{t.quoteIncomplete}</Typography.Text>
      ) : (
        <>
          <Row gutter={16} style={{ opacity: settling ? 0.55 : 1, transition: "opacity .2s" }}>
            {trial ? (
              <Col span={12}>
                <Statistic title={t.quotePrice} value={t.quoteTrialFree} styles={{ content: { fontSize: 20 } }} />
              </Col>
            ) : (
              <>
                <Col span={type === "EXPANSION" ? 6 : 8}>
                  <Statistic
                    title={t.quoteList}
                    value={money(shown?.listAmount)}
                    styles={{ content: { fontSize: 20 } }}
                    data-testid="order-quote-list"
                  />
                </Col>
                <Col span={type === "EXPANSION" ? 6 : 8}>
                  <Statistic
                    title={t.quoteSettlement}
                    value={money(shown?.settlementAmount)}
                    styles={{ content: { fontSize: 20, color: "#1677ff" } }}
                    data-testid="order-quote-settlement"
                  />
                </Col>
                <Col span={type === "EXPANSION" ? 6 : 8}>
                  <Statistic
                    title={t.quoteAllowedGift}
                    value={shown ? t.months(shown.allowedGiftMonths) : "—"}
                    styles={{ content: { fontSize: 20 } }}
                    data-testid="order-quote-gift"
                  />
                </Col>
                {type === "EXPANSION" ? (
                  <Col span={6}>
                    <Statistic
                      title={t.quoteRemainingDays}
                      value={shown?.remainingDays != null ? t.days(shown.remainingDays) : "—"}
                      styles={{ content: { fontSize: 20 } }}
                    />
                  </Col>
                ) : null}
              </>
            )}
          </Row>
          {verdict ? <div style={{ marginTop: 12 }}>{verdict}</div> : null}
        </>
      )}
    </Card>
  );
}
