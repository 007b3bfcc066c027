import { regionName, toUnicodeDomain } from "@crm/domain";
import { GraphQLJSON } from "graphql-scalars";
import { Field, ID, ObjectType } from "type-graphql";
import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn, UpdateDateColumn } from "typeorm";
import { EnterpriseScale, EnterpriseSource, EnterpriseStatus, Industry } from "./enterprise.enums";

export type { EnterpriseScale, EnterpriseSource, EnterpriseStatus } from "./enterprise.enums";

/**
 * 企业: a customer company owned by one dealer (and one account of it). Its main domain
 * (registrable, ASCII/punycode) is its identity within the dealer; every domain, main and
 * secondary, is also a row of enterprise_domain, unique per dealer.
 *
 * Only the fields marked @Field reach the API; relations (owner, domains, contacts, tags,
 * follow-ups, services) are field resolvers that apply the viewer's access scope.
 */
@ObjectType("Enterprise", { description: "企业" })
@Entity("enterprise")
export class EnterpriseEntity {
  @Field(() => ID)
  @PrimaryGeneratedColumn("uuid")
  id!: string;

  @Column("uuid", { name: "dealer_id" })
  dealerId!: string;

  @Column("uuid", { name: "owner_account_id", nullable: true })
  ownerAccountId!: string | null;

  @Field(() => String, { description: "企业名称" })
  @Column("text")
  name!: string;

  @Field(() => String, { description: "主域名: the registrable domain in ASCII (punycode for IDNs)" })
  @Column("text", { name: "main_domain" })
  mainDomain!: string;

  @Field(() => String, { nullable: true, description: "地区: GB/T 2260 code of a province or city" })
  @Column("text", { name: "region_code", nullable: true })
  regionCode!: string | null;

  @Field(() => Industry, { nullable: true, description: "行业" })
  @Column("text", { nullable: true })
  industry!: Industry | null;

  @Field(() => EnterpriseScale, { nullable: true, description: "规模" })
  @Column("text", { nullable: true })
  scale!: EnterpriseScale | null;

  @Field(() => EnterpriseSource, { description: "登记来源" })
  @Column("text")
  source!: EnterpriseSource;

  @Column("uuid", { name: "product_line_id", nullable: true })
  productLineId!: string | null;

  @Field(() => EnterpriseStatus)
  @Column("text")
  status!: EnterpriseStatus;

  @Field(() => String, { nullable: true, description: "备注" })
  @Column("text", { nullable: true })
  notes!: string | null;

  /** Name and every domain (ASCII and Unicode), for trigram substring search. */
  @Column("text", { name: "search_text" })
  searchText!: string;

  @Field(() => Date, { nullable: true, description: "甩单时间: when lead routing assigned it to the dealer" })
  @Column("timestamptz", { name: "routed_at", nullable: true })
  routedAt!: Date | null;

  @Column("uuid", { name: "routing_rule_id", nullable: true })
  routingRuleId!: string | null;

  @Field(() => GraphQLJSON, { nullable: true, description: "Why routing picked this dealer (甩单说明)" })
  @Column("jsonb", { name: "routing_trace", nullable: true })
  routingTrace!: Record<string, unknown> | null;

  /** Set while the enterprise sits in the public pool (公海库). */
  @Field(() => Date, { nullable: true, description: "Set while the enterprise sits in the public pool (公海库)" })
  @Column("timestamptz", { name: "pool_entered_at", nullable: true })
  poolEnteredAt!: Date | null;

  @Field(() => Date, { nullable: true, description: "最近跟进: the latest follow-up's time" })
  @Column("timestamptz", { name: "last_follow_up_at", nullable: true })
  lastFollowUpAt!: Date | null;

  @Column("uuid", { name: "created_by_id", nullable: true })
  createdById!: string | null;

  @Field(() => Date)
  @CreateDateColumn({ name: "created_at", type: "timestamptz" })
  createdAt!: Date;

  @Field(() => Date)
  @UpdateDateColumn({ name: "updated_at", type: "timestamptz" })
  updatedAt!: Date;

  @Field(() => String, { description: "主域名 for display, IDN labels in Unicode (例子.中国)" })
  get mainDomainUnicode(): string {
    return toUnicodeDomain(this.mainDomain);
  }

  @Field(() => String, { nullable: true, description: "地区 for display: 广东省 深圳市" })
  get regionName(): string | null {
    return this.regionCode ? (regionName(this.regionCode) ?? null) : null;
  }
}
