import type { RequestAction, RequestField, RequestGroup } from "@crm/domain";
import { Field, ID, Int, ObjectType } from "type-graphql";
import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn, UpdateDateColumn } from "typeorm";
import { VendorRole } from "../../shared/enums";
import { RequestActionEnum, RequestGroupEnum } from "./request.enums";
import { RequestFieldType } from "./request-field.type";

/** 业务申请类型: a form and an approval chain, edited by platform admins (data, not code). */
@ObjectType("RequestType", { description: "业务申请类型" })
@Entity("request_type")
export class RequestTypeEntity {
  @Field(() => ID)
  @PrimaryGeneratedColumn("uuid")
  id!: string;

  @Field(() => String)
  @Column("text")
  code!: string;

  @Field(() => RequestGroupEnum)
  @Column("text", { name: "group_code" })
  groupCode!: RequestGroup;

  @Field(() => String)
  @Column("text")
  name!: string;

  @Field(() => String, { nullable: true })
  @Column("text", { nullable: true })
  description!: string | null;

  @Field(() => [RequestFieldType], { description: "The form: typed fields in order" })
  @Column("jsonb")
  fields!: RequestField[];

  @Field(() => [VendorRole], { description: "审批流程: vendor roles, one per step, in order" })
  @Column("text", { array: true })
  chain!: string[];

  @Field(() => RequestActionEnum)
  @Column("text")
  action!: RequestAction;

  @Field(() => Int)
  @Column("int", { name: "max_attachments" })
  maxAttachments!: number;

  @Field(() => Boolean)
  @Column("boolean")
  active!: boolean;

  @Field(() => Int)
  @Column("int", { name: "sort_order" })
  sortOrder!: number;

  @CreateDateColumn({ name: "created_at", type: "timestamptz" })
  createdAt!: Date;

  @UpdateDateColumn({ name: "updated_at", type: "timestamptz" })
  updatedAt!: Date;
}
