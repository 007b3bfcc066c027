import { Ctx, FieldResolver, Resolver, Root } from "type-graphql";
import { canSeeAccount } from "../../access/access-scope";
import type { RequestContext } from "../../context";
import { AccountEntity } from "../account/account.entity";
import { FollowUpEntity } from "./follow-up.entity";

@Resolver(() => FollowUpEntity)
export class FollowUpResolver {
  @FieldResolver(() => AccountEntity, {
    nullable: true,
    description: "Whose follow-up it is; null when that account is not visible to the viewer",
  })
  async author(@Root() followUp: FollowUpEntity, @Ctx() ctx: RequestContext): Promise<AccountEntity | null> {
    const account = await ctx.loaders.account.load(followUp.accountId);
    return account && canSeeAccount(ctx.scope, account) ? account : null;
  }
}
