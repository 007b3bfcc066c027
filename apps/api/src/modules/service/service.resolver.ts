import { Ctx, FieldResolver, Resolver, Root } from "type-graphql";
import type { RequestContext } from "../../context";
import { ProductLineEntity } from "../catalog/product-line.entity";
import { ServiceEntity } from "./service.entity";

/** Services are reached only through Enterprise.services, which scopes them. */
@Resolver(() => ServiceEntity)
export class ServiceResolver {
  @FieldResolver(() => ProductLineEntity, { nullable: true })
  productLine(@Root() service: ServiceEntity, @Ctx() ctx: RequestContext): Promise<ProductLineEntity | null> {
    return ctx.loaders.productLine.load(service.productLineId);
  }
}
