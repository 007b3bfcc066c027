import { Column, Entity, PrimaryColumn } from "typeorm";

/** An account has read a notice through `readAt` (the notice's last_event_at when it was read). */
@Entity("notice_read")
export class NoticeReadEntity {
  @PrimaryColumn("uuid", { name: "notice_id" })
  noticeId!: string;

  @PrimaryColumn("uuid", { name: "account_id" })
  accountId!: string;

  @Column("timestamptz", { name: "read_at" })
  readAt!: Date;
}
