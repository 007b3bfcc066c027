import type { NoticeType } from "@crm/domain";
import { Column, Entity, PrimaryGeneratedColumn } from "typeorm";
import type { NoticeAudience } from "./notice.enums";

/**
 * One notice of the message center (消息中心). Who it is for: `audience` with `dealer_id`,
 * `account_id`, `all_dealers` and the notice_dealer rows (see the migration). Exposed to the
 * API only as the Notice type, per viewer (with its read state), never as this row.
 */
@Entity("notice")
export class NoticeEntity {
  @PrimaryGeneratedColumn("uuid")
  id!: string;

  @Column("text")
  type!: NoticeType;

  @Column("text")
  audience!: NoticeAudience;

  @Column("uuid", { name: "dealer_id", nullable: true })
  dealerId!: string | null;

  @Column("uuid", { name: "account_id", nullable: true })
  accountId!: string | null;

  @Column("boolean", { name: "all_dealers" })
  allDealers!: boolean;

  @Column("text")
  title!: string;

  @Column("text")
  body!: string;

  @Column("text", { nullable: true })
  link!: string | null;

  @Column("jsonb")
  params!: Record<string, unknown>;

  @Column("int", { name: "event_count" })
  eventCount!: number;

  @Column("text", { name: "dedupe_key", nullable: true })
  dedupeKey!: string | null;

  @Column("timestamptz", { name: "created_at" })
  createdAt!: Date;

  @Column("timestamptz", { name: "last_event_at" })
  lastEventAt!: Date;

  @Column("uuid", { name: "created_by", nullable: true })
  createdBy!: string | null;
}
