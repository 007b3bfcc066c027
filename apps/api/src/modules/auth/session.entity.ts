import { Column, Entity, PrimaryGeneratedColumn } from "typeorm";

/** A server-side session; the cookie carries a random token, the table only its SHA-256. */
@Entity("session")
export class SessionEntity {
  @PrimaryGeneratedColumn("uuid")
  id!: string;

  @Column("text", { name: "token_hash" })
  tokenHash!: string;

  @Column("uuid", { name: "account_id" })
  accountId!: string;

  @Column("uuid", { name: "acting_as_id", nullable: true })
  actingAsId!: string | null;

  @Column("text", { nullable: true })
  ip!: string | null;

  @Column("text", { name: "user_agent", nullable: true })
  userAgent!: string | null;

  @Column("timestamptz", { name: "created_at" })
  createdAt!: Date;

  @Column("timestamptz", { name: "last_seen_at" })
  lastSeenAt!: Date;

  @Column("timestamptz", { name: "expires_at" })
  expiresAt!: Date;
}
