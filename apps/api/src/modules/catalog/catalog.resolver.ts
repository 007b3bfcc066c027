import { Query, Resolver } from "type-graphql";
import { Ctx } from "type-graphql";
import type { RequestContext } from "../../context";
import { PermissionInfo, RolePreset, VendorRoleInfo } from "./catalog.types";
import { ProductLineEntity } from "./product-line.entity";

@Resolver()
export class CatalogResolver {
  @Query(() => [PermissionInfo], { description: "The eleven dealer permissions with their labels" })
  permissionCatalog(@Ctx() ctx: RequestContext): PermissionInfo[] {
    return ctx.services.catalog.permissions();
  }

  @Query(() => [RolePreset], { description: "Role presets offered when creating a dealer account" })
  rolePresets(@Ctx() ctx: RequestContext): RolePreset[] {
    return ctx.services.catalog.rolePresets();
  }

  @Query(() => [VendorRoleInfo])
  vendorRoleCatalog(@Ctx() ctx: RequestContext): VendorRoleInfo[] {
    return ctx.services.catalog.vendorRoles();
  }

  @Query(() => [ProductLineEntity])
  productLines(@Ctx() ctx: RequestContext): Promise<ProductLineEntity[]> {
    return ctx.services.catalog.productLines();
  }
}
