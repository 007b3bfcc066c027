import { SERVICE_STATUSES, type ServiceStatus } from "@crm/domain";
import { registerEnumType } from "type-graphql";

export const ServiceStatusEnum = Object.fromEntries(SERVICE_STATUSES.map((s) => [s.code, s.code])) as {
  [K in ServiceStatus]: K;
};

registerEnumType(ServiceStatusEnum, {
  name: "ServiceStatus",
  description: "By time alone: ACTIVE until the expiry, EXPIRED from then on",
  valuesConfig: Object.fromEntries(SERVICE_STATUSES.map((s) => [s.code, { description: s.zh }])),
});
