import { Arg, Ctx, FieldResolver, ID, Mutation, Resolver, Root } from "type-graphql";
import { canSeeAccount } from "../../access/access-scope";
import { viewerOf, type RequestContext } from "../../context";
import { AccountEntity } from "../account/account.entity";
import { OrderEntity } from "../order/order.entity";
import { ContractFileEntity } from "./contract-file.entity";
import { contractsByOrder } from "./contract.loaders";

/** Order.contracts: the order's contract files (uploads go through POST /orders/:id/contracts). */
@Resolver(() => OrderEntity)
export class OrderContractsResolver {
  @FieldResolver(() => [ContractFileEntity], {
    description: "合同文件, oldest first. Upload: POST /orders/:id/contracts (multipart field `file`)",
  })
  contracts(@Root() order: OrderEntity, @Ctx() ctx: RequestContext): Promise<ContractFileEntity[]> {
    return contractsByOrder(ctx).load(order.id);
  }
}

@Resolver(() => ContractFileEntity)
export class ContractFileResolver {
  @Mutation(() => OrderEntity, {
    description:
      "Deletes a contract file (合同上传; the uploader's dealer) and returns its order. " +
      "Errors: NOT_FOUND, CONTRACT_LOCKED (the order is paid)",
  })
  deleteContractFile(@Arg("id", () => ID) id: string, @Ctx() ctx: RequestContext): Promise<OrderEntity> {
    return ctx.services.contract.delete(viewerOf(ctx), ctx.scope, id);
  }

  @FieldResolver(() => AccountEntity, { nullable: true, description: "上传人, when visible" })
  async uploadedBy(@Root() file: ContractFileEntity, @Ctx() ctx: RequestContext): Promise<AccountEntity | null> {
    const account = await ctx.loaders.account.load(file.uploaderId);
    return account && canSeeAccount(ctx.scope, account) ? account : null;
  }
}
