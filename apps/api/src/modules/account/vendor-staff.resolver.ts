import { Arg, Ctx, ID, Mutation, Resolver } from "type-graphql";
import { viewerOf, type RequestContext } from "../../context";
import { AccountEntity } from "./account.entity";
import { CreateVendorStaffInput, UpdateVendorStaffInput } from "./dto/vendor-staff.input";

@Resolver()
export class VendorStaffResolver {
  @Mutation(() => AccountEntity, { description: "Platform admins add vendor staff" })
  createVendorStaff(
    @Arg("input", () => CreateVendorStaffInput) input: CreateVendorStaffInput,
    @Ctx() ctx: RequestContext,
  ): Promise<AccountEntity> {
    return ctx.services.vendorStaff.create(viewerOf(ctx), input);
  }

  @Mutation(() => AccountEntity)
  updateVendorStaff(
    @Arg("id", () => ID) id: string,
    @Arg("input", () => UpdateVendorStaffInput) input: UpdateVendorStaffInput,
    @Ctx() ctx: RequestContext,
  ): Promise<AccountEntity> {
    return ctx.services.vendorStaff.update(viewerOf(ctx), id, input);
  }
}
