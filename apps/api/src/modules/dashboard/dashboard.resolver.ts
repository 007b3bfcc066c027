import { Ctx, Query, Resolver } from "type-graphql";
import { viewerOf, type RequestContext } from "../../context";
import { DealerHome, VendorHome } from "./dashboard.types";

/** 首页 for dealer users and for vendor staff. */
@Resolver()
export class DashboardResolver {
  @Query(() => DealerHome, {
    description:
      "经销商首页: to-do counts, quotas, balance (null without 查看经销商财务信息) and the 90-day funnel, all within " +
      "the viewer's visibility (peers their own, superiors their subordinates', admins/assistants the dealer)",
  })
  dealerHome(@Ctx() ctx: RequestContext): Promise<DealerHome> {
    return ctx.services.dashboard.dealerHome(viewerOf(ctx), ctx.scope);
  }

  @Query(() => VendorHome, {
    description: "厂商首页: one panel per vendor role held (channel managers: only their own dealers)",
  })
  vendorHome(@Ctx() ctx: RequestContext): Promise<VendorHome> {
    return ctx.services.dashboard.vendorHome(viewerOf(ctx));
  }
}
