import { Arg, Args, Ctx, FieldResolver, ID, Int, Mutation, Query, Resolver, Root } from "type-graphql";
import { viewerOf, type RequestContext } from "../../context";
import { PageArgs, connectionType, type Connection } from "../../shared/pagination";
import { AccountOption, toAccountOption } from "../account/account-option.type";
import { DealerEntity } from "../dealer/dealer.entity";
import { financeScopeOf } from "../ledger/finance-access";
import { financeLoaders } from "../ledger/ledger.loaders";
import { InvoiceRequestFilter, IssueInvoiceInput, RequestInvoiceInput } from "./dto/invoice.input";
import { InvoiceRequestEntity } from "./invoice-request.entity";
import { InvoiceableOrder } from "./invoiceable-order.type";

export const InvoiceRequestConnection = connectionType("InvoiceRequest", InvoiceRequestEntity);

@Resolver(() => InvoiceRequestEntity)
export class InvoiceResolver {
  @Query(() => InvoiceRequestConnection, {
    description:
      "发票申请, newest first: a dealer account with 查看经销商财务信息 its dealer's; vendor finance and platform " +
      "admins all; channel managers their dealers'",
  })
  invoiceRequests(
    @Arg("filter", () => InvoiceRequestFilter, { nullable: true }) filter: InvoiceRequestFilter | null,
    @Args(() => PageArgs) page: PageArgs,
    @Ctx() ctx: RequestContext,
  ): Promise<Connection<InvoiceRequestEntity>> {
    return ctx.services.invoice.list(financeScopeOf(ctx.viewer), filter, page.first, page.after);
  }

  @Query(() => [InvoiceableOrder], {
    description: "The viewer's dealer's paid orders that can still be invoiced (no open or issued request)",
  })
  invoiceableOrders(
    @Arg("first", () => Int, { defaultValue: 50, description: "At most 200" }) first: number,
    @Ctx() ctx: RequestContext,
  ): Promise<InvoiceableOrder[]> {
    return ctx.services.invoice.invoiceableOrders(viewerOf(ctx), first);
  }

  @Mutation(() => InvoiceRequestEntity, {
    description:
      "开具发票 for a paid order of the viewer's dealer (amount: its amount due). Errors: ORDER_NOT_INVOICEABLE, " +
      "INVOICE_ALREADY_REQUESTED, NOT_FOUND",
  })
  requestInvoice(
    @Arg("input", () => RequestInvoiceInput) input: RequestInvoiceInput,
    @Ctx() ctx: RequestContext,
  ): Promise<InvoiceRequestEntity> {
    return ctx.services.invoice.request(viewerOf(ctx), input);
  }

  @Mutation(() => InvoiceRequestEntity, {
    description: "Vendor finance: the invoice was issued (发票号码). Errors: INVOICE_ALREADY_HANDLED",
  })
  issueInvoice(
    @Arg("id", () => ID) id: string,
    @Arg("input", () => IssueInvoiceInput) input: IssueInvoiceInput,
    @Ctx() ctx: RequestContext,
  ): Promise<InvoiceRequestEntity> {
    return ctx.services.invoice.issue(viewerOf(ctx), id, input);
  }

  @Mutation(() => InvoiceRequestEntity, {
    description: "Vendor finance: refuses the request with a reason. Errors: INVOICE_ALREADY_HANDLED",
  })
  rejectInvoice(
    @Arg("id", () => ID) id: string,
    @Arg("note", () => String) note: string,
    @Ctx() ctx: RequestContext,
  ): Promise<InvoiceRequestEntity> {
    return ctx.services.invoice.reject(viewerOf(ctx), id, note);
  }

  @FieldResolver(() => String, { nullable: true, description: "订单号" })
  orderNo(@Root() request: InvoiceRequestEntity, @Ctx() ctx: RequestContext): Promise<string | null> {
    return financeLoaders(ctx).orderNo.load(request.orderId);
  }

  @FieldResolver(() => DealerEntity)
  async dealer(@Root() request: InvoiceRequestEntity, @Ctx() ctx: RequestContext): Promise<DealerEntity> {
    const dealer = await ctx.loaders.dealer.load(request.dealerId);
    if (!dealer) throw new Error(`invoice request ${request.id} has no dealer`);
    return dealer;
  }

  @FieldResolver(() => AccountOption, { nullable: true, description: "The dealer account that asked" })
  async requestedBy(@Root() request: InvoiceRequestEntity, @Ctx() ctx: RequestContext): Promise<AccountOption | null> {
    const account = await ctx.loaders.account.load(request.requestedBy);
    return account ? toAccountOption(account) : null;
  }

  @FieldResolver(() => AccountOption, { nullable: true, description: "The finance staff who handled it" })
  async handledBy(@Root() request: InvoiceRequestEntity, @Ctx() ctx: RequestContext): Promise<AccountOption | null> {
    if (!request.handledBy) return null;
    const account = await ctx.loaders.account.load(request.handledBy);
    return account ? toAccountOption(account) : null;
  }
}
