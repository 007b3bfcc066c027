import { ORDER_STATUSES, ORDER_TYPES, type ConfirmationReason, type OrderStatus, type OrderType } from "@crm/domain";
import { registerEnumType } from "type-graphql";

export const OrderTypeEnum = Object.fromEntries(ORDER_TYPES.map((t) => [t.code, t.code])) as {
  [K in OrderType]: K;
};
export const OrderStatusEnum = Object.fromEntries(ORDER_STATUSES.map((s) => [s.code, s.code])) as {
  [K in OrderStatus]: K;
};
export const ConfirmationReasonEnum: { [K in ConfirmationReason]: K } = {
  SPECIAL_EDITION: "SPECIAL_EDITION",
  DUPLICATE_EDITION: "DUPLICATE_EDITION",
  GIFT_EXCEEDS_RULE: "GIFT_EXCEEDS_RULE",
};

registerEnumType(OrderTypeEnum, {
  name: "OrderType",
  valuesConfig: Object.fromEntries(ORDER_TYPES.map((t) => [t.code, { description: t.zh }])),
});
registerEnumType(OrderStatusEnum, {
  name: "OrderStatus",
  valuesConfig: Object.fromEntries(ORDER_STATUSES.map((s) => [s.code, { description: s.zh }])),
});
registerEnumType(ConfirmationReasonEnum, {
  name: "ConfirmationReason",
  description: "Why an order waits for vendor confirmation (SPEC §6)",
});
