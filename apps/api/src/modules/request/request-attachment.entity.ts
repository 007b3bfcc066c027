import { Field, ID, Int, ObjectType } from "type-graphql";
import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn } from "typeorm";

/**
 * 附件 of a business request (screenshots, documents). The bytes live in the file store under
 * `storageKey` (never exposed); GET /request-attachments/:id serves them to viewers who may see
 * the request, always as a download.
 */
@ObjectType("RequestAttachment", { description: "业务申请附件" })
@Entity("request_attachment")
export class RequestAttachmentEntity {
  @Field(() => ID)
  @PrimaryGeneratedColumn("uuid")
  id!: string;

  @Column("uuid", { name: "request_id" })
  requestId!: string;

  @Column("uuid", { name: "dealer_id" })
  dealerId!: string;

  @Field(() => String, { description: "The file's name as uploaded (made safe)" })
  @Column("text", { name: "file_name" })
  fileName!: string;

  @Field(() => String, { description: "Content type judged from the file's bytes" })
  @Column("text", { name: "content_type" })
  contentType!: string;

  @Field(() => Int, { description: "Size in bytes" })
  @Column("int", { name: "size_bytes" })
  sizeBytes!: number;

  @Column("text", { name: "storage_key" })
  storageKey!: string;

  @Column("uuid", { name: "uploaded_by" })
  uploaderId!: string;

  @Field(() => Date)
  @CreateDateColumn({ name: "created_at", type: "timestamptz" })
  createdAt!: Date;

  @Field(() => String, { description: "Where the console downloads it (same origin, session cookie)" })
  get downloadUrl(): string {
    return `/request-attachments/${this.id}`;
  }
}
