import { registrationDaysLeft, registrationStatus, toUnicodeDomain, type RegistrationStatus } from "@crm/domain";
import { Arg, Args, Ctx, FieldResolver, ID, Int, Mutation, Query, Resolver, Root } from "type-graphql";
import { canSeeAccount, canSeeDealer } from "../../access/access-scope";
import { viewerOf, type RequestContext } from "../../context";
import { DomainError } from "../../shared/domain-error";
import { PageArgs, connectionType, type Connection } from "../../shared/pagination";
import { AccountEntity } from "../account/account.entity";
import { ProductLineEntity } from "../catalog/product-line.entity";
import { DealerEntity } from "../dealer/dealer.entity";
import { EnterpriseEntity } from "../enterprise/enterprise.entity";
import { RegisterDomainInput } from "./dto/register-domain.input";
import { RegistrationFilter } from "./dto/registration-filter.input";
import { SetQuotasInput } from "./dto/quota.input";
import { RegistrationEntity } from "./registration.entity";
import { RegistrationStatusEnum } from "./registration.enums";

export const RegistrationConnection = connectionType("Registration", RegistrationEntity);

@Resolver(() => RegistrationEntity)
export class RegistrationResolver {
  @Query(() => RegistrationConnection, {
    description: "报备列表: the viewer's visible registrations, newest first (vendor staff: all dealers')",
  })
  registrations(
    @Arg("filter", () => RegistrationFilter, { nullable: true }) filter: RegistrationFilter | null,
    @Args(() => PageArgs) page: PageArgs,
    @Ctx() ctx: RequestContext,
  ): Promise<Connection<RegistrationEntity>> {
    return ctx.services.registration.list(ctx.scope, filter, page.first, page.after);
  }

  @Query(() => RegistrationEntity)
  registration(@Arg("id", () => ID) id: string, @Ctx() ctx: RequestContext): Promise<RegistrationEntity> {
    return ctx.services.registration.get(ctx.scope, id);
  }

  @Mutation(() => RegistrationEntity, {
    description:
      "报备锁定 for 90 days by the viewer's account. Errors: DOMAIN_LOCKED (another dealer; never named), " +
      "ALREADY_REGISTERED, QUOTA_EXCEEDED (extensions.details.limit: ACCOUNT or DEALER), INVALID_DOMAIN",
  })
  registerDomain(
    @Arg("input", () => RegisterDomainInput) input: RegisterDomainInput,
    @Ctx() ctx: RequestContext,
  ): Promise<RegistrationEntity> {
    return ctx.services.registration.register(viewerOf(ctx), ctx.scope, input);
  }

  @Mutation(() => RegistrationEntity, { description: "解锁: ends the lock now and frees its quota slot" })
  unlockRegistration(@Arg("id", () => ID) id: string, @Ctx() ctx: RequestContext): Promise<RegistrationEntity> {
    return ctx.services.registration.unlock(viewerOf(ctx), ctx.scope, id);
  }

  @Mutation(() => DealerEntity, {
    description: "A dealer's 报备名额 per product line (its channel manager; platform admins). Null max removes it",
  })
  setDealerQuotas(
    @Arg("dealerId", () => ID) dealerId: string,
    @Arg("input", () => SetQuotasInput) input: SetQuotasInput,
    @Ctx() ctx: RequestContext,
  ): Promise<DealerEntity> {
    return ctx.services.registration.setDealerQuotas(viewerOf(ctx), ctx.scope, dealerId, input);
  }

  @Mutation(() => AccountEntity, {
    description: "分配报备名额: enable product lines for an employee with a maximum ≤ the dealer's (dealer admins)",
  })
  setAccountQuotas(
    @Arg("accountId", () => ID) accountId: string,
    @Arg("input", () => SetQuotasInput) input: SetQuotasInput,
    @Ctx() ctx: RequestContext,
  ): Promise<AccountEntity> {
    return ctx.services.registration.setAccountQuotas(viewerOf(ctx), ctx.scope, accountId, input);
  }

  @Mutation(() => Int, { description: "Sends due 7-day and 1-day expiry reminders now (idempotent; runs hourly)" })
  runRegistrationReminderJob(@Ctx() ctx: RequestContext): Promise<number> {
    return ctx.services.registration.remindExpiring();
  }

  @FieldResolver(() => String, { description: "The domain for display, IDN labels in Unicode" })
  domainUnicode(@Root() registration: RegistrationEntity): string {
    return toUnicodeDomain(registration.domain);
  }

  @FieldResolver(() => RegistrationStatusEnum)
  status(@Root() registration: RegistrationEntity, @Ctx() ctx: RequestContext): RegistrationStatus {
    return registrationStatus(registration, ctx.services.registration.now());
  }

  @FieldResolver(() => Int, { description: "Whole days until the lock ends by itself; 0 once it has ended" })
  daysLeft(@Root() registration: RegistrationEntity, @Ctx() ctx: RequestContext): number {
    const now = ctx.services.registration.now();
    return registrationStatus(registration, now) === "ACTIVE" ? registrationDaysLeft(registration.expiresAt, now) : 0;
  }

  @FieldResolver(() => ProductLineEntity)
  async productLine(@Root() registration: RegistrationEntity, @Ctx() ctx: RequestContext): Promise<ProductLineEntity> {
    const line = await ctx.loaders.productLine.load(registration.productLineId);
    if (!line) throw new DomainError("INTERNAL");
    return line;
  }

  @FieldResolver(() => AccountEntity, { nullable: true, description: "The holding account, when visible" })
  async account(@Root() registration: RegistrationEntity, @Ctx() ctx: RequestContext): Promise<AccountEntity | null> {
    const account = await ctx.loaders.account.load(registration.accountId);
    return account && canSeeAccount(ctx.scope, account) ? account : null;
  }

  @FieldResolver(() => DealerEntity, { nullable: true, description: "The holding dealer, when visible" })
  async dealer(@Root() registration: RegistrationEntity, @Ctx() ctx: RequestContext): Promise<DealerEntity | null> {
    if (!canSeeDealer(ctx.scope, registration.dealerId)) return null;
    return ctx.loaders.dealer.load(registration.dealerId);
  }

  @FieldResolver(() => EnterpriseEntity, { nullable: true, description: "The enterprise, when visible to the viewer" })
  async enterprise(
    @Root() registration: RegistrationEntity,
    @Ctx() ctx: RequestContext,
  ): Promise<EnterpriseEntity | null> {
    if (!registration.enterpriseId) return null;
    return ctx.services.enterprise.get(ctx.scope, registration.enterpriseId).catch(() => null);
  }
}
