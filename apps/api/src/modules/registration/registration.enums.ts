import type { QuotaLimit, RegistrationEndReason, RegistrationStatus } from "@crm/domain";
import { registerEnumType } from "type-graphql";

export const RegistrationStatusEnum: { [K in RegistrationStatus]: K } = {
  ACTIVE: "ACTIVE",
  EXPIRED: "EXPIRED",
  UNLOCKED: "UNLOCKED",
  CONVERTED: "CONVERTED",
};

export const RegistrationEndReasonEnum: { [K in RegistrationEndReason]: K } = {
  UNLOCKED: "UNLOCKED",
  CONVERTED: "CONVERTED",
};

export const QuotaLimitEnum: { [K in QuotaLimit]: K } = { ACCOUNT: "ACCOUNT", DEALER: "DEALER" };

registerEnumType(RegistrationStatusEnum, {
  name: "RegistrationStatus",
  valuesConfig: {
    ACTIVE: { description: "报备锁定中" },
    EXPIRED: { description: "已过期 (90 days passed)" },
    UNLOCKED: { description: "已解锁" },
    CONVERTED: { description: "已转化成单 (its order was paid)" },
  },
});
registerEnumType(RegistrationEndReasonEnum, { name: "RegistrationEndReason" });
registerEnumType(QuotaLimitEnum, {
  name: "QuotaLimit",
  description: "Which maximum a QUOTA_EXCEEDED refusal hit (extensions.details.limit)",
});
