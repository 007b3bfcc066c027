"use client";

import { Flex, Skeleton, Typography } from "antd";
import type { CSSProperties } from "react";
import { useMessages } from "@/shared/i18n/lang-provider";
import { registrationMessages } from "../registration.messages";
import { usedOfMax, type MyQuotas } from "./use-my-quotas";

const CHIP: CSSProperties = {
  border: "1px solid #f0f0f0",
  background: "#fafafa",
  borderRadius: 6,
  padding: "4px 12px",
  lineHeight: "22px",
  whiteSpace: "nowrap",
};

/**
 * Above 报备列表: per product line what the viewer can still register, with the two limits
 * behind it (e.g. 企业邮箱：可报备 4 个（个人已用 2/6，经销商已用 6/10）). Accounts that can't
 * register (assistants) see the dealer's usage instead.
 */
export function MyQuotaSummary({ quotas, canRegister }: { quotas: MyQuotas; canRegister: boolean }) {
  const t = useMessages(registrationMessages);
  if (!quotas.loaded) return <Skeleton.Input active size="small" style={{ width: 360 }} />;

  const lines = canRegister ? quotas.lines : quotas.lines.filter((l) => l.dealer);
  const assigned = lines.some((l) => l.own);
  let notice: string | null = null;
  if (lines.length === 0) notice = t.dealerQuotaNone;
  else if (canRegister && !assigned) notice = t.quotaNone;

  return (
    <Flex wrap gap={8} align="center" data-testid="my-quotas">
      <Typography.Text type="secondary">{t.labelled(canRegister ? t.myQuotas : t.dealerQuotas)}</Typography.Text>
      {notice ? <Typography.Text type="warning">{notice}</Typography.Text> : null}
      {lines.map(({ productLine, own, dealer }) => {
        const key = productLine.id;
        const testId = `quota-${productLine.code}`;
        if (!canRegister) {
          return (
            <span key={key} style={CHIP} data-testid={testId}>
              <Typography.Text strong>{t.labelled(productLine.name)}</Typography.Text>
              <Typography.Text type="secondary">
                {t.quotaDealerOnly(dealer?.used ?? 0, dealer?.max ?? 0)}
              </Typography.Text>
            </span>
          );
        }
        if (!own) {
          // Lines the dealer has but the viewer was not given: said once they matter (some are given).
          if (!assigned) return null;
          return (
            <span key={key} style={CHIP} data-testid={testId}>
              <Typography.Text type="secondary">
                {t.labelled(productLine.name)}
                {t.quotaNotAssigned}
              </Typography.Text>
            </span>
          );
        }
        return (
          <span key={key} style={CHIP} data-testid={testId}>
            <Typography.Text strong>{t.labelled(productLine.name)}</Typography.Text>
            {t.quotaAvailableBefore}
            <Typography.Text
              strong
              type={own.available > 0 ? "success" : "danger"}
              data-testid={`quota-available-${productLine.code}`}
            >
              {own.available}
            </Typography.Text>
            {t.quotaAvailableAfter}
            <Typography.Text type="secondary">{t.quotaDetail(usedOfMax(own), usedOfMax(dealer))}</Typography.Text>
          </span>
        );
      })}
    </Flex>
  );
}
