import { Field, ID, ObjectType } from "type-graphql";
import { Column, Entity, PrimaryGeneratedColumn } from "typeorm";

/** 申请转入: one successful claim of a public-pool enterprise; counted for the daily cap. */
@ObjectType("PoolClaim")
@Entity("pool_claim")
export class PoolClaimEntity {
  @Field(() => ID)
  @PrimaryGeneratedColumn({ type: "bigint" })
  id!: string;

  @Field(() => ID)
  @Column("uuid", { name: "enterprise_id" })
  enterpriseId!: string;

  @Column("uuid", { name: "from_dealer_id" })
  fromDealerId!: string;

  @Column("uuid", { name: "dealer_id" })
  dealerId!: string;

  @Column("uuid", { name: "account_id" })
  accountId!: string;

  @Field(() => String, { description: "The Asia/Shanghai calendar day the claim counts against (YYYY-MM-DD)" })
  @Column("date", { name: "claim_day" })
  claimDay!: string;

  @Field(() => Date)
  @Column("timestamptz", { name: "claimed_at" })
  claimedAt!: Date;
}
