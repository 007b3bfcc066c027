import { Ctx, FieldResolver, Int, Resolver, Root } from "type-graphql";
import type { RequestContext } from "../../context";
import { QuotaEntry } from "../catalog/catalog.types";
import { quotaUsageLoader } from "./registration.loaders";

/** Live usage of a 报备名额 entry: active registrations count against both maxima. */
@Resolver(() => QuotaEntry)
export class QuotaUsageResolver {
  @FieldResolver(() => Int, {
    description: "Active registrations counted against this maximum (the dealer's, or the employee's own)",
  })
  async used(@Root() entry: QuotaEntry, @Ctx() ctx: RequestContext): Promise<number> {
    const usage = await quotaUsageLoader(ctx).load(keyOf(entry));
    return entry.accountId ? usage.accountUsed : usage.dealerUsed;
  }

  @FieldResolver(() => Int, {
    description:
      "How many more can be registered now: for an employee, limited by both the employee's and the dealer's maximum",
  })
  async available(@Root() entry: QuotaEntry, @Ctx() ctx: RequestContext): Promise<number> {
    return (await quotaUsageLoader(ctx).load(keyOf(entry))).available;
  }
}

function keyOf(entry: QuotaEntry) {
  return { dealerId: entry.dealerId, productLineId: entry.productLine.id, accountId: entry.accountId };
}
