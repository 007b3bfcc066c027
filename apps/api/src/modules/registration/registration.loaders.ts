import DataLoader from "dataloader";
import type { QuotaUsage } from "@crm/domain";
import type { RequestContext } from "../../context";
import type { QuotaUsageKey } from "./registration.service";

export type QuotaUsageWithAvailable = QuotaUsage & { available: number };

const perRequest = new WeakMap<RequestContext, DataLoader<QuotaUsageKey, QuotaUsageWithAvailable, string>>();

/** Per-request usage of quota entries, so `used` and `available` of one entry cost one lookup. */
export function quotaUsageLoader(ctx: RequestContext): DataLoader<QuotaUsageKey, QuotaUsageWithAvailable, string> {
  let loader = perRequest.get(ctx);
  if (!loader) {
    loader = new DataLoader((keys) => ctx.services.registration.quotaUsage(keys), {
      cacheKeyFn: (key) => `${key.dealerId}:${key.productLineId}:${key.accountId ?? ""}`,
    });
    perRequest.set(ctx, loader);
  }
  return loader;
}
