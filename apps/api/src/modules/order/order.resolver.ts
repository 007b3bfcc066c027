import { toUnicodeDomain, type ConfirmationReason, type OrderType } from "@crm/domain";
import {
  Arg,
  Args,
  Ctx,
  Field,
  FieldResolver,
  ID,
  Int,
  Mutation,
  ObjectType,
  Query,
  Resolver,
  Root,
} from "type-graphql";
import { canSeeAccount } from "../../access/access-scope";
import type { Viewer } from "../../access/viewer";
import { viewerOf, type RequestContext } from "../../context";
import { DomainError } from "../../shared/domain-error";
import { FenScalar } from "../../shared/money";
import { PageArgs, connectionType, type Connection } from "../../shared/pagination";
import { AccountEntity } from "../account/account.entity";
import { ProductLineEntity } from "../catalog/product-line.entity";
import { DealerEntity } from "../dealer/dealer.entity";
import { EnterpriseEntity } from "../enterprise/enterprise.entity";
import { canSeeSettlementOf, visibleListPrice, visibleSettlement } from "../pricing/price-visibility";
import { ServiceEntity } from "../service/service.entity";
import { CreateOrderInput } from "./dto/create-order.input";
import { OrderFilter } from "./dto/order-filter.input";
import { OrderEntity } from "./order.entity";
import { ConfirmationReasonEnum, OrderTypeEnum } from "./order.enums";
import type { OrderPlan } from "./order.service";

export const OrderConnection = connectionType("Order", OrderEntity);

/** 应付金额 and reductions: the settlement rule, and the dealer's own payers (they must see what they pay). */
function maySeeAmountDue(viewer: Viewer | null, dealerId: string): boolean {
  return (
    canSeeSettlementOf(viewer, dealerId) ||
    (viewer?.account.dealerId === dealerId && viewer.permissions.has("PAY_CLOSE_ORDER"))
  );
}

@ObjectType("OrderQuote", { description: "What an order would cost and whether it would wait for confirmation" })
export class OrderQuote {
  @Field(() => OrderTypeEnum)
  type!: OrderType;

  @Field(() => String)
  domain!: string;

  @Field(() => Int)
  seats!: number;

  @Field(() => Int)
  months!: number;

  @Field(() => Int)
  giftMonths!: number;

  @Field(() => Int, { description: "赠送上限 under the product line's gift rule" })
  allowedGiftMonths!: number;

  @Field(() => Int)
  trialDays!: number;

  @Field(() => Int, { nullable: true, description: "扩容: days of the current term paid for" })
  remainingDays!: number | null;

  @Field(() => FenScalar, { nullable: true, description: "原价 (null without 查询公开价格)" })
  listAmount!: number | null;

  @Field(() => FenScalar, { nullable: true, description: "结算价 (null without 查看结算价)" })
  settlementAmount!: number | null;

  @Field(() => [ConfirmationReasonEnum])
  confirmationReasons!: ConfirmationReason[];
}

@Resolver(() => OrderEntity)
export class OrderResolver {
  @Query(() => OrderConnection, { description: "全部订单 (filters for 待确认 / 待扣款); dealers see their scope" })
  orders(
    @Arg("filter", () => OrderFilter, { nullable: true }) filter: OrderFilter | null,
    @Args(() => PageArgs) page: PageArgs,
    @Ctx() ctx: RequestContext,
  ): Promise<Connection<OrderEntity>> {
    return ctx.services.order.list(ctx.scope, filter, page.first, page.after);
  }

  @Query(() => OrderEntity)
  order(@Arg("id", () => ID) id: string, @Ctx() ctx: RequestContext): Promise<OrderEntity> {
    return ctx.services.order.get(ctx.scope, id);
  }

  @Query(() => OrderQuote, { description: "Prices an order and lists its confirmation reasons without creating it" })
  async orderQuote(
    @Arg("input", () => CreateOrderInput) input: CreateOrderInput,
    @Ctx() ctx: RequestContext,
  ): Promise<OrderQuote> {
    const viewer = viewerOf(ctx);
    const plan: OrderPlan = await ctx.services.order.quote(viewer, ctx.scope, input);
    return {
      ...plan,
      listAmount: visibleListPrice(viewer, plan.listAmount),
      settlementAmount: visibleSettlement(viewer, plan.dealerId, plan.settlementAmount),
    };
  }

  @Mutation(() => OrderEntity, {
    description:
      "提单. Errors: REGISTRATION_REQUIRED, SERVICE_REQUIRED, TRIAL_TOO_LONG, TRIAL_LIMIT_REACHED, DOMAIN_NOT_VERIFIED",
  })
  createOrder(@Arg("input", () => CreateOrderInput) input: CreateOrderInput, @Ctx() ctx: RequestContext) {
    return ctx.services.order.create(viewerOf(ctx), ctx.scope, input);
  }

  @Mutation(() => OrderEntity, {
    description:
      "扣款: idempotent per idempotencyKey (a retry returns the same order, never debits twice). INSUFFICIENT_BALANCE changes nothing",
  })
  payOrder(
    @Arg("id", () => ID) id: string,
    @Arg("idempotencyKey", () => String) idempotencyKey: string,
    @Ctx() ctx: RequestContext,
  ): Promise<OrderEntity> {
    return ctx.services.order.pay(viewerOf(ctx), ctx.scope, id, idempotencyKey);
  }

  @Mutation(() => OrderEntity, { description: "关闭 an unpaid order (扣款、关闭订单)" })
  closeOrder(@Arg("id", () => ID) id: string, @Ctx() ctx: RequestContext): Promise<OrderEntity> {
    return ctx.services.order.close(viewerOf(ctx), ctx.scope, id);
  }

  @Mutation(() => OrderEntity, { description: "Vendor operations confirm a 待确认 order" })
  confirmOrder(@Arg("id", () => ID) id: string, @Ctx() ctx: RequestContext): Promise<OrderEntity> {
    return ctx.services.order.confirm(viewerOf(ctx), id);
  }

  @Mutation(() => OrderEntity, { description: "Vendor operations reject a 待确认 order with a reason" })
  rejectOrder(
    @Arg("id", () => ID) id: string,
    @Arg("reason", () => String) reason: string,
    @Ctx() ctx: RequestContext,
  ): Promise<OrderEntity> {
    return ctx.services.order.reject(viewerOf(ctx), id, reason.slice(0, 500));
  }

  @FieldResolver(() => FenScalar, { nullable: true, description: "原价 (null without 查询公开价格)" })
  listAmount(@Root() order: OrderEntity, @Ctx() ctx: RequestContext): number | null {
    return visibleListPrice(ctx.viewer, order.listAmount);
  }

  @FieldResolver(() => FenScalar, { nullable: true, description: "结算价 (null without 查看结算价)" })
  settlementAmount(@Root() order: OrderEntity, @Ctx() ctx: RequestContext): number | null {
    return visibleSettlement(ctx.viewer, order.dealerId, order.settlementAmount);
  }

  @FieldResolver(() => FenScalar, { nullable: true, description: "减免金额 (with the amount due)" })
  reductionAmount(@Root() order: OrderEntity, @Ctx() ctx: RequestContext): number | null {
    return maySeeAmountDue(ctx.viewer, order.dealerId) ? order.reductionAmount : null;
  }

  @FieldResolver(() => FenScalar, {
    nullable: true,
    description: "应付金额 = settlement − reductions (查看结算价, or the dealer's payers)",
  })
  amountDue(@Root() order: OrderEntity, @Ctx() ctx: RequestContext): number | null {
    return maySeeAmountDue(ctx.viewer, order.dealerId) ? order.amountDue : null;
  }

  @FieldResolver(() => ProductLineEntity)
  async productLine(@Root() order: OrderEntity, @Ctx() ctx: RequestContext): Promise<ProductLineEntity> {
    const line = await ctx.loaders.productLine.load(order.productLineId);
    if (!line) throw new DomainError("INTERNAL");
    return line;
  }

  @FieldResolver(() => String, { description: "The domain for display, IDN labels in Unicode" })
  domainUnicode(@Root() order: OrderEntity): string {
    return toUnicodeDomain(order.domain);
  }

  @FieldResolver(() => String, { description: "版本 name" })
  editionName(@Root() order: OrderEntity, @Ctx() ctx: RequestContext): Promise<string> {
    return ctx.services.order.editionName(order.editionId);
  }

  @FieldResolver(() => EnterpriseEntity, { nullable: true, description: "The enterprise, when visible" })
  enterprise(@Root() order: OrderEntity, @Ctx() ctx: RequestContext): Promise<EnterpriseEntity | null> {
    return ctx.services.enterprise.get(ctx.scope, order.enterpriseId).catch(() => null);
  }

  @FieldResolver(() => ServiceEntity, { nullable: true, description: "The service it created or acts on" })
  async service(@Root() order: OrderEntity, @Ctx() ctx: RequestContext): Promise<ServiceEntity | null> {
    return ctx.services.order.serviceOf(ctx.scope, order);
  }

  @FieldResolver(() => AccountEntity, { nullable: true, description: "提单人, when visible" })
  async creator(@Root() order: OrderEntity, @Ctx() ctx: RequestContext): Promise<AccountEntity | null> {
    const account = await ctx.loaders.account.load(order.createdBy);
    return account && canSeeAccount(ctx.scope, account) ? account : null;
  }

  @FieldResolver(() => DealerEntity, { nullable: true })
  dealer(@Root() order: OrderEntity, @Ctx() ctx: RequestContext): Promise<DealerEntity | null> {
    return ctx.loaders.dealer.load(order.dealerId);
  }
}
