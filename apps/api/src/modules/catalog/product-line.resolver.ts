import { describeGiftRule } from "@crm/domain";
import { Arg, Ctx, FieldResolver, Resolver, Root } from "type-graphql";
import type { RequestContext } from "../../context";
import { DomainError } from "../../shared/domain-error";
import { AddonEntity } from "./addon.entity";
import { catalogLoaders } from "./catalog.loaders";
import { GiftRule } from "./catalog.types";
import { EditionEntity } from "./edition.entity";
import { ProductLineEntity } from "./product-line.entity";

/** A product line's gift rule, editions and value-added services (prices: see the pricing module). */
@Resolver(() => ProductLineEntity)
export class ProductLineResolver {
  @FieldResolver(() => GiftRule)
  giftRule(@Root() line: ProductLineEntity): GiftRule {
    const rule = { perPaidMonths: line.giftPerPaidMonths, maxGiftMonths: line.giftMaxMonths };
    const label = describeGiftRule(rule);
    return { ...rule, labelZh: label.zh, labelEn: label.en };
  }

  @FieldResolver(() => [EditionEntity], {
    description: "版本 in display order; inactive ones only for vendor staff who ask",
  })
  editions(
    @Root() line: ProductLineEntity,
    @Arg("includeInactive", () => Boolean, { defaultValue: false }) includeInactive: boolean,
    @Ctx() ctx: RequestContext,
  ): Promise<EditionEntity[]> {
    return catalogLoaders(ctx).editions.load({
      productLineId: line.id,
      includeInactive: ctx.services.catalog.includesInactive(ctx.viewer, includeInactive),
    });
  }

  @FieldResolver(() => [AddonEntity], {
    description: "增值服务 in display order; inactive ones only for vendor staff who ask",
  })
  addons(
    @Root() line: ProductLineEntity,
    @Arg("includeInactive", () => Boolean, { defaultValue: false }) includeInactive: boolean,
    @Ctx() ctx: RequestContext,
  ): Promise<AddonEntity[]> {
    return catalogLoaders(ctx).addons.load({
      productLineId: line.id,
      includeInactive: ctx.services.catalog.includesInactive(ctx.viewer, includeInactive),
    });
  }
}

@Resolver(() => EditionEntity)
export class EditionResolver {
  @FieldResolver(() => ProductLineEntity)
  async productLine(@Root() edition: EditionEntity, @Ctx() ctx: RequestContext): Promise<ProductLineEntity> {
    const line = await ctx.loaders.productLine.load(edition.productLineId);
    if (!line) throw new DomainError("INTERNAL");
    return line;
  }
}
