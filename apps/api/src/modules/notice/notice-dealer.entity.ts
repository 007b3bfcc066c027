import { Entity, PrimaryColumn } from "typeorm";

/** An announcement's chosen dealer (announcements to all dealers have none). */
@Entity("notice_dealer")
export class NoticeDealerEntity {
  @PrimaryColumn("uuid", { name: "notice_id" })
  noticeId!: string;

  @PrimaryColumn("uuid", { name: "dealer_id" })
  dealerId!: string;
}
