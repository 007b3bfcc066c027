import { Field, ID, ObjectType } from "type-graphql";
import { Column, CreateDateColumn, Entity, PrimaryColumn } from "typeorm";
import { LeadSource, LeadStatus } from "./lead.enums";

/**
 * 线索: one lead as entered (hotline, official site, campaign sign-up) with the outcome of its
 * routing: the dealer and enterprise it went to, or UNROUTED, and the full routing trace.
 * The trace is not a plain field: the resolver shows vendor staff the full trace and the
 * dealer only its own view of it.
 */
@ObjectType("Lead")
@Entity("lead")
export class LeadEntity {
  @Field(() => ID)
  @PrimaryColumn("uuid")
  id!: string;

  @Column("uuid", { name: "dealer_id", nullable: true })
  dealerId!: string | null;

  @Field(() => ID, { nullable: true, description: "The enterprise the lead created or joined" })
  @Column("uuid", { name: "enterprise_id", nullable: true })
  enterpriseId!: string | null;

  @Field(() => LeadSource)
  @Column("text")
  source!: LeadSource;

  @Field(() => LeadStatus)
  @Column("text")
  status!: LeadStatus;

  @Field(() => String)
  @Column("text", { name: "company_name" })
  companyName!: string;

  @Field(() => String, { description: "Registrable domain, ASCII (punycode)" })
  @Column("text")
  domain!: string;

  @Field(() => String, { nullable: true })
  @Column("text", { name: "contact_name", nullable: true })
  contactName!: string | null;

  @Field(() => String, { nullable: true })
  @Column("text", { name: "contact_mobile", nullable: true })
  contactMobile!: string | null;

  @Field(() => String, { nullable: true })
  @Column("text", { name: "contact_email", nullable: true })
  contactEmail!: string | null;

  @Field(() => String, { nullable: true })
  @Column("text", { name: "region_code", nullable: true })
  regionCode!: string | null;

  @Column("uuid", { name: "product_line_id", nullable: true })
  productLineId!: string | null;

  @Field(() => String, { nullable: true, description: "Scale band code (ENTERPRISE_SCALES)" })
  @Column("text", { nullable: true })
  scale!: string | null;

  @Field(() => String, { nullable: true, description: "Industry code (INDUSTRIES)" })
  @Column("text", { nullable: true })
  industry!: string | null;

  @Field(() => String, { nullable: true })
  @Column("text", { nullable: true })
  remark!: string | null;

  @Field(() => ID, { nullable: true })
  @Column("uuid", { name: "campaign_id", nullable: true })
  campaignId!: string | null;

  @Field(() => String, { nullable: true })
  @Column("text", { name: "channel_code", nullable: true })
  channelCode!: string | null;

  @Column("uuid", { name: "rule_id", nullable: true })
  ruleId!: string | null;

  @Column("jsonb")
  trace!: Record<string, unknown>;

  @Column("uuid", { name: "created_by_id", nullable: true })
  createdById!: string | null;

  @Field(() => Date)
  @CreateDateColumn({ name: "created_at", type: "timestamptz" })
  createdAt!: Date;
}
