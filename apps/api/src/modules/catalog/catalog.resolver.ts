import { Arg, Ctx, ID, Mutation, Query, Resolver } from "type-graphql";
import { viewerOf, type RequestContext } from "../../context";
import { AddonEntity } from "./addon.entity";
import { PermissionInfo, RolePreset, VendorRoleInfo } from "./catalog.types";
import { CreateAddonInput, UpdateAddonInput } from "./dto/addon.input";
import { CreateEditionInput, UpdateEditionInput } from "./dto/edition.input";
import { CreateProductLineInput, UpdateProductLineInput } from "./dto/product-line.input";
import { EditionEntity } from "./edition.entity";
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

  @Mutation(() => ProductLineEntity, {
    description: "新建产品线 (platform admins). Errors: CATALOG_CODE_TAKEN, VALIDATION_FAILED (details.field)",
  })
  createProductLine(
    @Arg("input", () => CreateProductLineInput) input: CreateProductLineInput,
    @Ctx() ctx: RequestContext,
  ): Promise<ProductLineEntity> {
    return ctx.services.catalog.createProductLine(viewerOf(ctx), input);
  }

  @Mutation(() => ProductLineEntity, { description: "Name, order and gift rule of a product line (platform admins)" })
  updateProductLine(
    @Arg("id", () => ID) id: string,
    @Arg("input", () => UpdateProductLineInput) input: UpdateProductLineInput,
    @Ctx() ctx: RequestContext,
  ): Promise<ProductLineEntity> {
    return ctx.services.catalog.updateProductLine(viewerOf(ctx), id, input);
  }

  @Mutation(() => EditionEntity, {
    description: "新建版本 with its list price in 分 (platform admins). Errors: CATALOG_CODE_TAKEN, VALIDATION_FAILED",
  })
  createEdition(
    @Arg("input", () => CreateEditionInput) input: CreateEditionInput,
    @Ctx() ctx: RequestContext,
  ): Promise<EditionEntity> {
    return ctx.services.catalog.createEdition(viewerOf(ctx), input);
  }

  @Mutation(() => EditionEntity, {
    description: "Edit an edition; deactivate instead of deleting (platform admins). New prices apply to new orders",
  })
  updateEdition(
    @Arg("id", () => ID) id: string,
    @Arg("input", () => UpdateEditionInput) input: UpdateEditionInput,
    @Ctx() ctx: RequestContext,
  ): Promise<EditionEntity> {
    return ctx.services.catalog.updateEdition(viewerOf(ctx), id, input);
  }

  @Mutation(() => AddonEntity, { description: "新建增值服务 of a product line (platform admins)" })
  createAddon(
    @Arg("input", () => CreateAddonInput) input: CreateAddonInput,
    @Ctx() ctx: RequestContext,
  ): Promise<AddonEntity> {
    return ctx.services.catalog.createAddon(viewerOf(ctx), input);
  }

  @Mutation(() => AddonEntity, { description: "Edit or switch off a value-added service (platform admins)" })
  updateAddon(
    @Arg("id", () => ID) id: string,
    @Arg("input", () => UpdateAddonInput) input: UpdateAddonInput,
    @Ctx() ctx: RequestContext,
  ): Promise<AddonEntity> {
    return ctx.services.catalog.updateAddon(viewerOf(ctx), id, input);
  }
}
