import { Field, ID, ObjectType } from "type-graphql";

/** 公告 as vendor operations see what they published: with its target dealers. */
@ObjectType("Announcement", { description: "公告 (vendor view)" })
export class Announcement {
  @Field(() => ID)
  id!: string;

  @Field(() => String)
  title!: string;

  @Field(() => String)
  body!: string;

  @Field(() => String, { nullable: true })
  link!: string | null;

  @Field(() => Boolean, { description: "Sent to every dealer, including dealers added later" })
  allDealers!: boolean;

  @Field(() => String, { nullable: true, description: "Who published it (name as it is now)" })
  publishedByName!: string | null;

  @Field(() => Date)
  createdAt!: Date;

  /** The chosen dealers (empty when allDealers); resolved to Dealer by the resolver. */
  dealerIds!: string[];
}
