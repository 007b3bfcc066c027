import DataLoader from "dataloader";
import type { RequestContext } from "../../context";

interface FinanceLoaders {
  balance: DataLoader<string, number>;
  orderNo: DataLoader<string, string | null>;
}

const perRequest = new WeakMap<RequestContext, FinanceLoaders>();

/**
 * Per-request batches for the virtual account's nested fields: dealers' balances (a dealer list
 * with balances costs one query) and order numbers of ledger entries and invoices. They load
 * without visibility: callers check the finance scope first.
 */
export function financeLoaders(ctx: RequestContext): FinanceLoaders {
  let loaders = perRequest.get(ctx);
  if (!loaders) {
    loaders = {
      balance: new DataLoader((ids) => ctx.services.ledger.balances(ids)),
      orderNo: new DataLoader(async (ids) => {
        const rows = await ctx.services.dataSource.query<{ id: string; order_no: string }[]>(
          `SELECT id, order_no FROM sales_order WHERE id = ANY($1::uuid[])`,
          [[...ids]],
        );
        const byId = new Map(rows.map((r) => [r.id, r.order_no]));
        return ids.map((id) => byId.get(id) ?? null);
      }),
    };
    perRequest.set(ctx, loaders);
  }
  return loaders;
}
