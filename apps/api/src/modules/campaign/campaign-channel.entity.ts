import { Field, Int, ObjectType } from "type-graphql";
import { Column, Entity, PrimaryColumn } from "typeorm";

/** 传播途径: a named share channel of a campaign; its code goes into the share link (`?ch=`). */
@ObjectType("CampaignChannel")
@Entity("campaign_channel")
export class CampaignChannelEntity {
  @PrimaryColumn("uuid", { name: "campaign_id" })
  campaignId!: string;

  @Field(() => String)
  @PrimaryColumn("text")
  code!: string;

  @Field(() => String)
  @Column("text")
  name!: string;

  @Field(() => Int)
  @Column("int", { name: "sort_order" })
  sortOrder!: number;
}
