import DataLoader from "dataloader";
import type { RequestContext } from "../../context";
import type { DealerDiscountEntity } from "./dealer-discount.entity";

const perRequest = new WeakMap<RequestContext, DataLoader<string, DealerDiscountEntity[]>>();

/** Per-request discount rows of a dealer (one query for every Edition.settlementPrice of a page). */
export function dealerDiscountsLoader(ctx: RequestContext): DataLoader<string, DealerDiscountEntity[]> {
  let loader = perRequest.get(ctx);
  if (!loader) {
    loader = new DataLoader((dealerIds) => ctx.services.pricing.discountsByDealer(dealerIds));
    perRequest.set(ctx, loader);
  }
  return loader;
}
