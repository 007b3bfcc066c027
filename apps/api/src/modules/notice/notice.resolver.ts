import { Arg, Args, Ctx, FieldResolver, ID, Int, Mutation, Query, Resolver, Root } from "type-graphql";
import { viewerOf, type RequestContext } from "../../context";
import { PageArgs, connectionType, type Connection } from "../../shared/pagination";
import { DealerEntity } from "../dealer/dealer.entity";
import { Announcement } from "./announcement.type";
import { DomainEventResult } from "./domain-event-result.type";
import { NoticeFilter } from "./dto/notice-filter.input";
import { PublishAnnouncementInput } from "./dto/publish-announcement.input";
import { ReportDomainEventInput } from "./dto/report-domain-event.input";
import { Notice } from "./notice.type";

export const NoticeConnection = connectionType("Notice", Notice);
export const AnnouncementConnection = connectionType("Announcement", Announcement);

@Resolver(() => Notice)
export class NoticeResolver {
  @Query(() => NoticeConnection, {
    description: "消息中心: the viewer's notices, newest event first (vendor staff have no inbox: empty)",
  })
  notices(
    @Arg("filter", () => NoticeFilter, { nullable: true }) filter: NoticeFilter | null,
    @Args(() => PageArgs) page: PageArgs,
    @Ctx() ctx: RequestContext,
  ): Promise<Connection<Notice>> {
    return ctx.services.notice.list(ctx.viewer, filter ?? {}, page.first, page.after);
  }

  @Query(() => Int, { description: "Unread notices of the viewer (the header's bell)" })
  unreadNoticeCount(@Ctx() ctx: RequestContext): Promise<number> {
    return ctx.services.notice.unreadCount(ctx.viewer);
  }

  @Mutation(() => Notice, { description: "Marks one of the viewer's notices read (NOT_FOUND for any other)" })
  markNoticeRead(@Arg("id", () => ID) id: string, @Ctx() ctx: RequestContext): Promise<Notice> {
    return ctx.services.notice.markRead(viewerOf(ctx), id);
  }

  @Mutation(() => Int, { description: "全部标为已读: returns how many notices were unread" })
  markAllNoticesRead(@Ctx() ctx: RequestContext): Promise<number> {
    return ctx.services.notice.markAllRead(viewerOf(ctx));
  }

  @Mutation(() => Notice, {
    description: "发布公告 to chosen dealers, or every dealer when dealerIds is null or empty (vendor operations)",
  })
  publishAnnouncement(
    @Arg("input", () => PublishAnnouncementInput) input: PublishAnnouncementInput,
    @Ctx() ctx: RequestContext,
  ): Promise<Notice> {
    return ctx.services.notice.publishAnnouncement(viewerOf(ctx), input);
  }

  @Mutation(() => DomainEventResult, {
    description:
      "域名认证通知 / 域名生效通知 from the vendor's mail platform: records the domain's verification and notifies " +
      "the admins of every dealer holding the domain (INVALID_DOMAIN, VALIDATION_FAILED)",
  })
  reportDomainEvent(
    @Arg("input", () => ReportDomainEventInput) input: ReportDomainEventInput,
    @Ctx() ctx: RequestContext,
  ): Promise<DomainEventResult> {
    return ctx.services.notice.raiseDomainEvent(viewerOf(ctx), input);
  }
}

@Resolver(() => Announcement)
export class AnnouncementResolver {
  @Query(() => AnnouncementConnection, { description: "公告 published by the vendor, newest first (operations)" })
  announcements(@Args(() => PageArgs) page: PageArgs, @Ctx() ctx: RequestContext): Promise<Connection<Announcement>> {
    return ctx.services.notice.listAnnouncements(page.first, page.after);
  }

  @FieldResolver(() => [DealerEntity], { description: "The chosen dealers (empty when sent to all dealers)" })
  async dealers(@Root() announcement: Announcement, @Ctx() ctx: RequestContext): Promise<DealerEntity[]> {
    const dealers = await ctx.loaders.dealer.loadMany(announcement.dealerIds);
    return dealers.filter((d): d is DealerEntity => d instanceof DealerEntity);
  }
}
