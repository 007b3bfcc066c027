import { Field, ID, ObjectType } from "type-graphql";
import { Column, CreateDateColumn, Entity, PrimaryColumn, UpdateDateColumn } from "typeorm";
import { CampaignFormField, CampaignReviewStatus } from "./campaign.enums";

/**
 * 活动: a dealer's campaign with its H5 page content. Rows belong to (dealer_id, created_by):
 * the access scope applies to them like to every dealer row. `bodyHtml` is stored sanitized.
 */
@ObjectType("Campaign")
@Entity("campaign")
export class CampaignEntity {
  @Field(() => ID)
  @PrimaryColumn("uuid")
  id!: string;

  @Field(() => String, { description: "The short URL's key: /c/<slug>" })
  @Column("text")
  slug!: string;

  @Field(() => ID)
  @Column("uuid", { name: "dealer_id" })
  dealerId!: string;

  @Column("uuid", { name: "created_by" })
  createdBy!: string;

  @Field(() => String, { description: "活动名称" })
  @Column("text")
  name!: string;

  @Field(() => String, { description: "H5 页面标题" })
  @Column("text")
  title!: string;

  @Field(() => String, { description: "H5 rich text, sanitized when saved" })
  @Column("text", { name: "body_html" })
  bodyHtml!: string;

  @Field(() => [CampaignFormField])
  @Column("text", { name: "form_fields", array: true })
  formFields!: CampaignFormField[];

  @Column("text", { name: "banner_key", nullable: true })
  bannerKey!: string | null;

  @Column("text", { name: "banner_content_type", nullable: true })
  bannerContentType!: string | null;

  @Column("int", { name: "banner_version" })
  bannerVersion!: number;

  @Field(() => Date)
  @Column("timestamptz", { name: "valid_from" })
  validFrom!: Date;

  @Field(() => Date)
  @Column("timestamptz", { name: "valid_to" })
  validTo!: Date;

  @Field(() => CampaignReviewStatus)
  @Column("text", { name: "review_status" })
  reviewStatus!: CampaignReviewStatus;

  @Field(() => String, { nullable: true, description: "审核意见" })
  @Column("text", { name: "review_reason", nullable: true })
  reviewReason!: string | null;

  @Column("uuid", { name: "reviewed_by", nullable: true })
  reviewedBy!: string | null;

  @Field(() => Date, { nullable: true })
  @Column("timestamptz", { name: "reviewed_at", nullable: true })
  reviewedAt!: Date | null;

  @Field(() => Boolean, { description: "启用 / 停用" })
  @Column("boolean")
  enabled!: boolean;

  @Field(() => Date)
  @CreateDateColumn({ name: "created_at", type: "timestamptz" })
  createdAt!: Date;

  @Field(() => Date)
  @UpdateDateColumn({ name: "updated_at", type: "timestamptz" })
  updatedAt!: Date;
}
