import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn, UpdateDateColumn } from "typeorm";

export type EnterpriseSource = "HOTLINE" | "OFFICIAL_SITE" | "CAMPAIGN" | "DEALER_ENTRY" | "PUBLIC_POOL";
export type EnterpriseScale = "S1_9" | "S10_49" | "S50_99" | "S100_499" | "S500_999" | "S1000_PLUS";
export type EnterpriseStatus = "POTENTIAL" | "TRIAL" | "PAID" | "EXPIRED";

/**
 * 企业: a customer company owned by one dealer (and one account of it). Its main domain
 * (registrable, ASCII/punycode) is its identity within the dealer; every domain, main and
 * secondary, is also a row of enterprise_domain, unique per dealer.
 */
@Entity("enterprise")
export class EnterpriseEntity {
  @PrimaryGeneratedColumn("uuid")
  id!: string;

  @Column("uuid", { name: "dealer_id" })
  dealerId!: string;

  @Column("uuid", { name: "owner_account_id", nullable: true })
  ownerAccountId!: string | null;

  @Column("text")
  name!: string;

  @Column("text", { name: "main_domain" })
  mainDomain!: string;

  @Column("text", { name: "region_code", nullable: true })
  regionCode!: string | null;

  @Column("text", { nullable: true })
  industry!: string | null;

  @Column("text", { nullable: true })
  scale!: EnterpriseScale | null;

  @Column("text")
  source!: EnterpriseSource;

  @Column("uuid", { name: "product_line_id", nullable: true })
  productLineId!: string | null;

  @Column("text")
  status!: EnterpriseStatus;

  @Column("text", { nullable: true })
  notes!: string | null;

  /** Name and every domain (ASCII and Unicode), for trigram substring search. */
  @Column("text", { name: "search_text" })
  searchText!: string;

  @Column("timestamptz", { name: "routed_at", nullable: true })
  routedAt!: Date | null;

  @Column("uuid", { name: "routing_rule_id", nullable: true })
  routingRuleId!: string | null;

  @Column("jsonb", { name: "routing_trace", nullable: true })
  routingTrace!: Record<string, unknown> | null;

  /** Set while the enterprise sits in the public pool (公海库). */
  @Column("timestamptz", { name: "pool_entered_at", nullable: true })
  poolEnteredAt!: Date | null;

  @Column("timestamptz", { name: "last_follow_up_at", nullable: true })
  lastFollowUpAt!: Date | null;

  @Column("uuid", { name: "created_by_id", nullable: true })
  createdById!: string | null;

  @CreateDateColumn({ name: "created_at", type: "timestamptz" })
  createdAt!: Date;

  @UpdateDateColumn({ name: "updated_at", type: "timestamptz" })
  updatedAt!: Date;
}
