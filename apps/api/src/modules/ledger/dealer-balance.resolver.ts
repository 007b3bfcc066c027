import { Ctx, FieldResolver, Resolver, Root } from "type-graphql";
import type { RequestContext } from "../../context";
import { FenScalar } from "../../shared/money";
import { DealerEntity } from "../dealer/dealer.entity";
import { financeScopeOf, mayReadFinanceOf } from "./finance-access";
import { financeLoaders } from "./ledger.loaders";

/** The virtual account's fields on Dealer: shown only to viewers who may read that dealer's finance. */
@Resolver(() => DealerEntity)
export class DealerBalanceResolver {
  @FieldResolver(() => FenScalar, {
    nullable: true,
    description:
      "虚拟账户余额 in 分; null unless the viewer may read this dealer's finance (查看经销商财务信息; vendor " +
      "finance, platform admins; its channel manager)",
  })
  async balance(@Root() dealer: DealerEntity, @Ctx() ctx: RequestContext): Promise<number | null> {
    if (!mayReadFinanceOf(financeScopeOf(ctx.viewer), dealer)) return null;
    return financeLoaders(ctx).balance.load(dealer.id);
  }
}
