import { Field, ID, ObjectType } from "type-graphql";
import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn, UpdateDateColumn } from "typeorm";
import { ActiveStatus } from "../../shared/enums";

@ObjectType("Dealer", { description: "经销商: a company that resells the vendor's products" })
@Entity("dealer")
export class DealerEntity {
  @Field(() => ID)
  @PrimaryGeneratedColumn("uuid")
  id!: string;

  @Field(() => String)
  @Column("text")
  name!: string;

  @Field(() => String, { nullable: true })
  @Column("text", { name: "region_name", nullable: true })
  regionName!: string | null;

  @Field(() => ActiveStatus)
  @Column("text")
  status!: ActiveStatus;

  @Column("uuid", { name: "channel_manager_id", nullable: true })
  channelManagerId!: string | null;

  @Field(() => Date)
  @CreateDateColumn({ name: "created_at", type: "timestamptz" })
  createdAt!: Date;

  @UpdateDateColumn({ name: "updated_at", type: "timestamptz" })
  updatedAt!: Date;
}
