import { GraphQLJSON } from "graphql-scalars";
import { Field, ID, Int, ObjectType } from "type-graphql";
import { NoticeType } from "./notice.enums";

/** A notice as one viewer sees it in its inbox, with that viewer's read state. */
@ObjectType("Notice", { description: "消息中心: one notice in the viewer's inbox" })
export class Notice {
  @Field(() => ID)
  id!: string;

  @Field(() => NoticeType)
  type!: NoticeType;

  @Field(() => String, { description: "zh-CN title as stored; the console renders English from type + params" })
  title!: string;

  @Field(() => String)
  body!: string;

  @Field(() => String, { nullable: true, description: "A console path (/registrations) or an http(s) URL" })
  link!: string | null;

  @Field(() => GraphQLJSON, {
    nullable: true,
    description: "Structured facts: domain, productLineId, productLineName, count, day, lockedUntil, daysLeft …",
  })
  params!: Record<string, unknown> | null;

  @Field(() => Int, { description: "Events aggregated into this notice (e.g. attempts on one day)" })
  eventCount!: number;

  @Field(() => Boolean, { description: "Whether the viewer has read it since its last event" })
  read!: boolean;

  @Field(() => Date)
  createdAt!: Date;

  @Field(() => Date, { description: "When the latest aggregated event happened" })
  lastEventAt!: Date;
}
