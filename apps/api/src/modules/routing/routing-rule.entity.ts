import { Field, ID, Int, ObjectType } from "type-graphql";
import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn, UpdateDateColumn } from "typeorm";
import { LeadSource } from "../lead/lead.enums";

/**
 * 甩单规则: matches a lead on region, product line and source (each list empty = any) and names
 * the dealers that may get it, with weights. Rules are tried by ascending priority.
 * Vendor staff only: the shield map keeps dealers away from this type.
 */
@ObjectType("RoutingRule")
@Entity("routing_rule")
export class RoutingRuleEntity {
  @Field(() => ID)
  @PrimaryGeneratedColumn("uuid")
  id!: string;

  @Field(() => String)
  @Column("text")
  name!: string;

  @Field(() => Int, { description: "1 is tried first" })
  @Column("int")
  priority!: number;

  @Field(() => Boolean)
  @Column("boolean")
  enabled!: boolean;

  @Field(() => [String], { description: "GB/T 2260 codes; a province covers its cities; empty = any region" })
  @Column("text", { name: "region_codes", array: true })
  regionCodes!: string[];

  @Field(() => [ID], { description: "Empty = any product line" })
  @Column("uuid", { name: "product_line_ids", array: true })
  productLineIds!: string[];

  @Field(() => [LeadSource], { description: "Empty = any source" })
  @Column("text", { array: true })
  sources!: LeadSource[];

  @Field(() => Date)
  @CreateDateColumn({ name: "created_at", type: "timestamptz" })
  createdAt!: Date;

  @Field(() => Date)
  @UpdateDateColumn({ name: "updated_at", type: "timestamptz" })
  updatedAt!: Date;
}
