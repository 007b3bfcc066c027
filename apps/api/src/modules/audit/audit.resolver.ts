import { GraphQLJSON } from "graphql-scalars";
import { Arg, Args, Ctx, FieldResolver, Query, Resolver, Root } from "type-graphql";
import { canSeeAccount } from "../../access/access-scope";
import type { RequestContext } from "../../context";
import { PageArgs, connectionType, type Connection } from "../../shared/pagination";
import { AccountEntity } from "../account/account.entity";
import { visibleSnapshot } from "../pricing/price-visibility";
import { AuditLogEntity } from "./audit-log.entity";
import { AuditLogFilter } from "./dto/audit-log-filter.input";

export const AuditLogConnection = connectionType("AuditLog", AuditLogEntity);

@Resolver(() => AuditLogEntity)
export class AuditResolver {
  @Query(() => AuditLogConnection, { description: "操作日志: dealer admins see their dealer's, vendor staff all" })
  auditLogs(
    @Arg("filter", () => AuditLogFilter, { nullable: true }) filter: AuditLogFilter | null,
    @Args(() => PageArgs) page: PageArgs,
    @Ctx() ctx: RequestContext,
  ): Promise<Connection<AuditLogEntity>> {
    return ctx.services.audit.list(ctx.scope, filter ?? {}, page.first, page.after);
  }

  @FieldResolver(() => AccountEntity, {
    nullable: true,
    description: "The actor's account, when visible to the viewer",
  })
  async actor(@Root() entry: AuditLogEntity, @Ctx() ctx: RequestContext): Promise<AccountEntity | null> {
    if (!entry.actorId) return null;
    const account = await ctx.loaders.account.load(entry.actorId);
    return account && canSeeAccount(ctx.scope, account) ? account : null;
  }

  @FieldResolver(() => AccountEntity, { nullable: true })
  async principal(@Root() entry: AuditLogEntity, @Ctx() ctx: RequestContext): Promise<AccountEntity | null> {
    if (!entry.principalId) return null;
    const account = await ctx.loaders.account.load(entry.principalId);
    return account && canSeeAccount(ctx.scope, account) ? account : null;
  }

  @FieldResolver(() => GraphQLJSON, {
    nullable: true,
    description: "The state before; prices the viewer may not see (公开价格, 结算价) are left out",
  })
  before(@Root() entry: AuditLogEntity, @Ctx() ctx: RequestContext): Record<string, unknown> | null {
    return visibleSnapshot(ctx.viewer, entry.dealerId, entry.before);
  }

  @FieldResolver(() => GraphQLJSON, {
    nullable: true,
    description: "The state after; prices the viewer may not see (公开价格, 结算价) are left out",
  })
  after(@Root() entry: AuditLogEntity, @Ctx() ctx: RequestContext): Record<string, unknown> | null {
    return visibleSnapshot(ctx.viewer, entry.dealerId, entry.after);
  }
}
