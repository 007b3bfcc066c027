import { serviceDaysLeft, serviceStatus, type ServiceStatus } from "@crm/domain";
import { Arg, Args, Ctx, FieldResolver, ID, Int, Mutation, Query, Resolver, Root } from "type-graphql";
import { canSeeDealer } from "../../access/access-scope";
import { viewerOf, type RequestContext } from "../../context";
import { PageArgs, connectionType, type Connection } from "../../shared/pagination";
import { catalogLoaders } from "../catalog/catalog.loaders";
import { EditionEntity } from "../catalog/edition.entity";
import { ProductLineEntity } from "../catalog/product-line.entity";
import { DealerEntity } from "../dealer/dealer.entity";
import { EnterpriseEntity } from "../enterprise/enterprise.entity";
import { ServiceFilter } from "./dto/service-filter.input";
import { ServiceAddon } from "./service-addon.type";
import { ServiceEntity } from "./service.entity";
import { ServiceStatusEnum } from "./service.enums";
import { serviceLoaders } from "./service.loaders";
import { serviceAddonsOf } from "./service.service";

export const ServiceConnection = connectionType("Service", ServiceEntity);

/** 已开通服务: the scoped list, the addon switch, and a service's parts (each re-scoped). */
@Resolver(() => ServiceEntity)
export class ServiceResolver {
  @Query(() => ServiceConnection, {
    description:
      "已开通服务: services of enterprises the viewer sees (a dealer: only those it holds; vendor staff: all). " +
      "Soonest expiry first; with status EXPIRED, the latest expired first",
  })
  services(
    @Arg("filter", () => ServiceFilter, { nullable: true }) filter: ServiceFilter | null,
    @Args(() => PageArgs) page: PageArgs,
    @Ctx() ctx: RequestContext,
  ): Promise<Connection<ServiceEntity>> {
    return ctx.services.service.list(ctx.scope, filter, page.first, page.after);
  }

  @Mutation(() => ServiceEntity, {
    description:
      "Switches a 增值服务 of a service on or off (the holding dealer's users, not assistants). Idempotent. " +
      "Errors: NOT_FOUND, ADDON_NOT_AVAILABLE (another product line's addon, or switching on a discontinued one)",
  })
  setServiceAddon(
    @Arg("serviceId", () => ID) serviceId: string,
    @Arg("addonId", () => ID) addonId: string,
    @Arg("enabled", () => Boolean) enabled: boolean,
    @Ctx() ctx: RequestContext,
  ): Promise<ServiceEntity> {
    return ctx.services.service.setAddon(viewerOf(ctx), ctx.scope, serviceId, addonId, enabled);
  }

  @FieldResolver(() => ProductLineEntity, { nullable: true })
  productLine(@Root() service: ServiceEntity, @Ctx() ctx: RequestContext): Promise<ProductLineEntity | null> {
    return ctx.loaders.productLine.load(service.productLineId);
  }

  @FieldResolver(() => EditionEntity, { nullable: true, description: "版本 (null for services older than editions)" })
  edition(@Root() service: ServiceEntity, @Ctx() ctx: RequestContext): Promise<EditionEntity | null> | null {
    return service.editionId ? catalogLoaders(ctx).edition.load(service.editionId) : null;
  }

  @FieldResolver(() => EnterpriseEntity, { nullable: true, description: "The enterprise, when visible to the viewer" })
  enterprise(@Root() service: ServiceEntity, @Ctx() ctx: RequestContext): Promise<EnterpriseEntity | null> {
    return serviceLoaders(ctx).enterprise.load(service.enterpriseId);
  }

  @FieldResolver(() => DealerEntity, { nullable: true, description: "The holding dealer, when visible" })
  dealer(@Root() service: ServiceEntity, @Ctx() ctx: RequestContext): Promise<DealerEntity | null> | null {
    return canSeeDealer(ctx.scope, service.dealerId) ? ctx.loaders.dealer.load(service.dealerId) : null;
  }

  @FieldResolver(() => ServiceStatusEnum)
  status(@Root() service: ServiceEntity, @Ctx() ctx: RequestContext): ServiceStatus {
    return serviceStatus(service.expiresAt, ctx.services.service.now());
  }

  @FieldResolver(() => Int, { description: "Whole days until expiry, rounded up; 0 once expired" })
  daysLeft(@Root() service: ServiceEntity, @Ctx() ctx: RequestContext): number {
    return serviceDaysLeft(service.expiresAt, ctx.services.service.now());
  }

  @FieldResolver(() => [ServiceAddon], {
    description:
      "增值服务 of the product line, each on or off for this service (discontinued ones only while on); " +
      "empty for viewers outside the holding dealer",
  })
  async addons(@Root() service: ServiceEntity, @Ctx() ctx: RequestContext): Promise<ServiceAddon[]> {
    if (!canSeeDealer(ctx.scope, service.dealerId)) return [];
    const [addons, states] = await Promise.all([
      catalogLoaders(ctx).addons.load({ productLineId: service.productLineId, includeInactive: true }),
      serviceLoaders(ctx).addonStates.load(service.id),
    ]);
    return serviceAddonsOf(addons, states);
  }
}
