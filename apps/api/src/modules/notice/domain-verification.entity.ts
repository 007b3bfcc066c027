import { Column, Entity, PrimaryColumn } from "typeorm";

/** 域名认证: what the vendor's mail platform reported about a registrable domain. */
@Entity("domain_verification")
export class DomainVerificationEntity {
  /** The registrable domain in ASCII (punycode for IDNs). */
  @PrimaryColumn("text")
  domain!: string;

  @Column("timestamptz", { name: "verification_requested_at", nullable: true })
  verificationRequestedAt!: Date | null;

  @Column("timestamptz", { name: "verified_at", nullable: true })
  verifiedAt!: Date | null;

  @Column("timestamptz", { name: "updated_at" })
  updatedAt!: Date;
}
