import type { ApiKeyOwnerKind, ApiKeyScope } from "@crm/domain";
import { Column, Entity, PrimaryGeneratedColumn } from "typeorm";

/** A partner integration's key. Only the SHA-256 of its secret is kept; the secret is shown once. */
@Entity("api_key")
export class ApiKeyEntity {
  @PrimaryGeneratedColumn("uuid")
  id!: string;

  @Column("text", { name: "lookup_id" })
  lookupId!: string;

  @Column("text", { name: "secret_hash", select: false })
  secretHash!: string;

  @Column("text", { name: "owner_kind" })
  ownerKind!: ApiKeyOwnerKind;

  @Column("uuid", { name: "dealer_id", nullable: true })
  dealerId!: string | null;

  @Column("text")
  name!: string;

  @Column("text", { array: true })
  scopes!: ApiKeyScope[];

  @Column("uuid", { name: "created_by" })
  createdBy!: string;

  @Column("timestamptz", { name: "created_at" })
  createdAt!: Date;

  @Column("timestamptz", { name: "expires_at", nullable: true })
  expiresAt!: Date | null;

  @Column("timestamptz", { name: "last_used_at", nullable: true })
  lastUsedAt!: Date | null;

  @Column("text", { name: "last_used_ip", nullable: true })
  lastUsedIp!: string | null;

  @Column("timestamptz", { name: "revoked_at", nullable: true })
  revokedAt!: Date | null;

  @Column("uuid", { name: "revoked_by", nullable: true })
  revokedBy!: string | null;
}
