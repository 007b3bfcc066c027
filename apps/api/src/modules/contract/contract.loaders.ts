import DataLoader from "dataloader";
import type { AccessScope } from "../../access/access-scope";
import type { RequestContext } from "../../context";
import type { ContractFileEntity } from "./contract-file.entity";

const perRequest = new WeakMap<
  RequestContext,
  { scope: AccessScope; loader: DataLoader<string, ContractFileEntity[]> }
>();

/** Contract files per order id, scoped by the order's visibility; one query per batch. */
export function contractsByOrder(ctx: RequestContext): DataLoader<string, ContractFileEntity[]> {
  const cached = perRequest.get(ctx);
  if (cached && cached.scope === ctx.scope) return cached.loader;
  const scope = ctx.scope;
  const loader = new DataLoader<string, ContractFileEntity[]>(async (orderIds) => {
    const rows = await ctx.services.contract.listForOrders(scope, orderIds);
    return orderIds.map((id) => rows.filter((row) => row.orderId === id));
  });
  perRequest.set(ctx, { scope, loader });
  return loader;
}
