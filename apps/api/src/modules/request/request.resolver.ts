import { Arg, Args, Ctx, FieldResolver, ID, Int, Mutation, Query, Resolver, Root } from "type-graphql";
import { canSeeAccount, canSeeDealer } from "../../access/access-scope";
import { viewerOf, type RequestContext } from "../../context";
import { PageArgs, connectionType, type Connection } from "../../shared/pagination";
import { AccountEntity } from "../account/account.entity";
import { AccountOption, toAccountOption } from "../account/account-option.type";
import { DealerEntity } from "../dealer/dealer.entity";
import { OrderEntity } from "../order/order.entity";
import { BusinessRequestEntity } from "./business-request.entity";
import { RequestFilter, RequestTypeInput, SubmitRequestInput } from "./dto/request.inputs";
import { RequestStepEntity } from "./request-step.entity";
import { RequestTypeEntity } from "./request-type.entity";
import { StepDecisionEnum, type StepDecision } from "./request.enums";
import { RequestAttachmentEntity } from "./request-attachment.entity";
import { attachmentsByRequest } from "./request.loaders";

export const BusinessRequestConnection = connectionType("BusinessRequest", BusinessRequestEntity);

@Resolver(() => BusinessRequestEntity)
export class RequestResolver {
  @Query(() => [RequestTypeEntity], { description: "业务申请类型 offered (platform admins may include inactive ones)" })
  requestTypes(
    @Arg("includeInactive", () => Boolean, { defaultValue: false }) includeInactive: boolean,
    @Ctx() ctx: RequestContext,
  ): Promise<RequestTypeEntity[]> {
    return ctx.services.request.types(includeInactive && ctx.viewer?.vendorRoles.has("PLATFORM_ADMIN") === true);
  }

  @Query(() => BusinessRequestConnection, { description: "所有业务 / 待办业务 (filter.todo)" })
  businessRequests(
    @Arg("filter", () => RequestFilter, { nullable: true }) filter: RequestFilter | null,
    @Args(() => PageArgs) page: PageArgs,
    @Ctx() ctx: RequestContext,
  ): Promise<Connection<BusinessRequestEntity>> {
    return ctx.services.request.list(viewerOf(ctx), ctx.scope, filter, page.first, page.after);
  }

  @Query(() => BusinessRequestEntity)
  businessRequest(@Arg("id", () => ID) id: string, @Ctx() ctx: RequestContext): Promise<BusinessRequestEntity> {
    return ctx.services.request.get(ctx.scope, id);
  }

  @Mutation(() => BusinessRequestEntity, {
    description:
      "提交业务申请 (业务申请 permission). A reduction: REDUCTION_NOT_ALLOWED unless 待扣款 and ≤ amount due",
  })
  submitBusinessRequest(
    @Arg("input", () => SubmitRequestInput) input: SubmitRequestInput,
    @Ctx() ctx: RequestContext,
  ): Promise<BusinessRequestEntity> {
    return ctx.services.request.submit(viewerOf(ctx), ctx.scope, input);
  }

  @Mutation(() => BusinessRequestEntity, { description: "撤回 a pending request (its submitter)" })
  withdrawBusinessRequest(@Arg("id", () => ID) id: string, @Ctx() ctx: RequestContext): Promise<BusinessRequestEntity> {
    return ctx.services.request.withdraw(viewerOf(ctx), ctx.scope, id);
  }

  @Mutation(() => BusinessRequestEntity, {
    description:
      "Approve or reject the current step (its vendor role; a channel manager only for its dealers). NOT_YOUR_STEP, REQUEST_NOT_PENDING",
  })
  decideBusinessRequest(
    @Arg("id", () => ID) id: string,
    @Arg("step", () => Int, {
      description: "The step being decided (currentStep), so a stale screen can't decide the next one",
    })
    step: number,
    @Arg("decision", () => StepDecisionEnum) decision: StepDecision,
    @Arg("comment", () => String, { nullable: true }) comment: string | null,
    @Ctx() ctx: RequestContext,
  ): Promise<BusinessRequestEntity> {
    return ctx.services.request.decide(viewerOf(ctx), id, step, decision, comment);
  }

  @Mutation(() => RequestTypeEntity, { description: "Create (id null) or change a request type (platform admins)" })
  saveRequestType(
    @Arg("id", () => ID, { nullable: true }) id: string | null,
    @Arg("input", () => RequestTypeInput) input: RequestTypeInput,
    @Ctx() ctx: RequestContext,
  ): Promise<RequestTypeEntity> {
    return ctx.services.request.saveType(viewerOf(ctx), id, input);
  }

  @FieldResolver(() => RequestTypeEntity)
  type(@Root() request: BusinessRequestEntity, @Ctx() ctx: RequestContext): Promise<RequestTypeEntity> {
    return ctx.services.request.type(request.typeId);
  }

  @FieldResolver(() => [RequestStepEntity], { description: "审批记录: every decided step" })
  steps(@Root() request: BusinessRequestEntity, @Ctx() ctx: RequestContext): Promise<RequestStepEntity[]> {
    return ctx.services.request.steps(request.id);
  }

  @FieldResolver(() => AccountEntity, { nullable: true, description: "提交人, when visible" })
  async submitter(@Root() request: BusinessRequestEntity, @Ctx() ctx: RequestContext): Promise<AccountEntity | null> {
    const account = await ctx.loaders.account.load(request.submittedBy);
    return account && canSeeAccount(ctx.scope, account) ? account : null;
  }

  @FieldResolver(() => DealerEntity, { nullable: true })
  dealer(@Root() request: BusinessRequestEntity, @Ctx() ctx: RequestContext): Promise<DealerEntity | null> {
    return canSeeDealer(ctx.scope, request.dealerId)
      ? ctx.loaders.dealer.load(request.dealerId)
      : Promise.resolve(null);
  }

  @FieldResolver(() => [RequestAttachmentEntity], {
    description: "附件, oldest first. Upload: POST /requests/:id/attachments (multipart field `file`)",
  })
  attachments(@Root() request: BusinessRequestEntity, @Ctx() ctx: RequestContext): Promise<RequestAttachmentEntity[]> {
    return attachmentsByRequest(ctx).load(request.id);
  }

  @FieldResolver(() => Boolean, { description: "Whether the viewer may approve or reject the current step now" })
  viewerMayDecide(@Root() request: BusinessRequestEntity, @Ctx() ctx: RequestContext): Promise<boolean> {
    return ctx.viewer ? ctx.services.request.mayDecide(ctx.viewer, request) : Promise.resolve(false);
  }

  @FieldResolver(() => Boolean, {
    description: "Whether the viewer submitted it (and so may withdraw it while pending)",
  })
  viewerIsSubmitter(@Root() request: BusinessRequestEntity, @Ctx() ctx: RequestContext): boolean {
    return ctx.viewer?.account.id === request.submittedBy;
  }

  @FieldResolver(() => OrderEntity, { nullable: true, description: "The order a reduction is for, when visible" })
  order(@Root() request: BusinessRequestEntity, @Ctx() ctx: RequestContext): Promise<OrderEntity | null> {
    if (!request.orderId) return Promise.resolve(null);
    return ctx.services.order.get(ctx.scope, request.orderId).catch(() => null);
  }
}

@Resolver(() => RequestStepEntity)
export class RequestStepResolver {
  @FieldResolver(() => AccountOption, { nullable: true, description: "审批人 (name only)" })
  async decider(@Root() step: RequestStepEntity, @Ctx() ctx: RequestContext): Promise<AccountOption | null> {
    const account = await ctx.loaders.account.load(step.decidedBy);
    return account ? toAccountOption(account) : null;
  }
}
