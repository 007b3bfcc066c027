import {
  REQUEST_GROUPS,
  REQUEST_STATUSES,
  type RequestAction,
  type RequestGroup,
  type RequestStatus,
} from "@crm/domain";
import { registerEnumType } from "type-graphql";

export const RequestGroupEnum = Object.fromEntries(REQUEST_GROUPS.map((g) => [g.code, g.code])) as {
  [K in RequestGroup]: K;
};
export const RequestStatusEnum = Object.fromEntries(REQUEST_STATUSES.map((s) => [s.code, s.code])) as {
  [K in RequestStatus]: K;
};
export const RequestActionEnum: { [K in RequestAction]: K } = { NONE: "NONE", ORDER_REDUCTION: "ORDER_REDUCTION" };
export const StepDecisionEnum = { APPROVED: "APPROVED", REJECTED: "REJECTED" } as const;
export type StepDecision = keyof typeof StepDecisionEnum;

registerEnumType(RequestGroupEnum, {
  name: "RequestGroup",
  valuesConfig: Object.fromEntries(REQUEST_GROUPS.map((g) => [g.code, { description: g.zh }])),
});
registerEnumType(RequestStatusEnum, {
  name: "RequestStatus",
  valuesConfig: Object.fromEntries(REQUEST_STATUSES.map((s) => [s.code, { description: s.zh }])),
});
registerEnumType(RequestActionEnum, {
  name: "RequestAction",
  description: "What happens when the last step approves (ORDER_REDUCTION: the order's amount due drops)",
});
registerEnumType(StepDecisionEnum, { name: "StepDecision" });
