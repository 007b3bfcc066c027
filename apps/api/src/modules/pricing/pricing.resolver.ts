import { NO_DISCOUNT_BP, settlementPrice } from "@crm/domain";
import { Arg, Ctx, FieldResolver, ID, Mutation, Resolver, Root } from "type-graphql";
import { viewerOf, type RequestContext } from "../../context";
import { FenScalar } from "../../shared/money";
import { DomainError } from "../../shared/domain-error";
import { EditionEntity } from "../catalog/edition.entity";
import { ProductLineEntity } from "../catalog/product-line.entity";
import { DealerEntity } from "../dealer/dealer.entity";
import { DealerDiscountEntity } from "./dealer-discount.entity";
import { SetDealerDiscountsInput } from "./dto/dealer-discount.input";
import { dealerDiscountsLoader } from "./pricing.loaders";
import { canSeeSettlementOf, settlementDealerFor, visibleListPrice } from "./price-visibility";

/** Prices on editions, each field guarded by the visibility rule: null when the viewer may not see it. */
@Resolver(() => EditionEntity)
export class EditionPriceResolver {
  @FieldResolver(() => FenScalar, {
    nullable: true,
    description:
      "公开价格 in 分 per seat per month; null unless vendor staff or a dealer account with 查询公开价格、提单",
  })
  listPrice(@Root() edition: EditionEntity, @Ctx() ctx: RequestContext): number | null {
    return visibleListPrice(ctx.viewer, edition.listPrice);
  }

  @FieldResolver(() => FenScalar, {
    nullable: true,
    description:
      "结算价 in 分 per seat per month after the dealer's discount: a dealer account's own dealer (needs " +
      "查看结算价、查看折扣、提单); vendor staff name the dealer. Null when not visible",
  })
  async settlementPrice(
    @Root() edition: EditionEntity,
    @Arg("dealerId", () => ID, { nullable: true, description: "Vendor staff: whose price" }) dealerId: string | null,
    @Ctx() ctx: RequestContext,
  ): Promise<number | null> {
    const target = settlementDealerFor(ctx.viewer, dealerId ?? null);
    if (!target) return null;
    const discounts = await dealerDiscountsLoader(ctx).load(target);
    const rateBp = discounts.find((d) => d.productLineId === edition.productLineId)?.rateBp ?? NO_DISCOUNT_BP;
    return settlementPrice(edition.listPrice, rateBp);
  }
}

@Resolver(() => DealerEntity)
export class DealerDiscountResolver {
  @Mutation(() => DealerEntity, {
    description:
      "A dealer's 折扣 per product line (its channel manager; platform admins). Null rateBp removes it. " +
      "Errors: FORBIDDEN (another manager's dealer), VALIDATION_FAILED",
  })
  setDealerDiscounts(
    @Arg("dealerId", () => ID) dealerId: string,
    @Arg("input", () => SetDealerDiscountsInput) input: SetDealerDiscountsInput,
    @Ctx() ctx: RequestContext,
  ): Promise<DealerEntity> {
    return ctx.services.pricing.setDealerDiscounts(viewerOf(ctx), ctx.scope, dealerId, input);
  }

  @FieldResolver(() => [DealerDiscountEntity], {
    nullable: true,
    description:
      "The dealer's 折扣 per product line (lines without one: no discount). Null unless vendor staff or the " +
      "dealer's own account with 查看结算价、查看折扣、提单",
  })
  async discounts(@Root() dealer: DealerEntity, @Ctx() ctx: RequestContext): Promise<DealerDiscountEntity[] | null> {
    if (!canSeeSettlementOf(ctx.viewer, dealer.id)) return null;
    return dealerDiscountsLoader(ctx).load(dealer.id);
  }
}

@Resolver(() => DealerDiscountEntity)
export class DealerDiscountFieldsResolver {
  @FieldResolver(() => ProductLineEntity)
  async productLine(@Root() discount: DealerDiscountEntity, @Ctx() ctx: RequestContext): Promise<ProductLineEntity> {
    const line = await ctx.loaders.productLine.load(discount.productLineId);
    if (!line) throw new DomainError("INTERNAL");
    return line;
  }
}
