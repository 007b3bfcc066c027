import { GraphQLJSON } from "graphql-scalars";
import { Field, ID, ObjectType } from "type-graphql";
import { Column, Entity, PrimaryGeneratedColumn } from "typeorm";

/** One recorded change: who (and as whom), what, when, before/after. Append-only. */
@ObjectType("AuditLogEntry")
@Entity("audit_log")
export class AuditLogEntity {
  @Field(() => ID)
  @PrimaryGeneratedColumn({ type: "bigint" })
  id!: string;

  @Column("uuid", { name: "dealer_id", nullable: true })
  dealerId!: string | null;

  @Column("uuid", { name: "actor_id", nullable: true })
  actorId!: string | null;

  @Field(() => String, { description: "Who did it (name kept as it was then)" })
  @Column("text", { name: "actor_name" })
  actorName!: string;

  @Column("uuid", { name: "principal_id", nullable: true })
  principalId!: string | null;

  @Field(() => String, { nullable: true, description: "On whose behalf, when acting as delegate" })
  @Column("text", { name: "principal_name", nullable: true })
  principalName!: string | null;

  @Field(() => ID, { nullable: true, description: "The API key that made the change, when a partner system did" })
  @Column("uuid", { name: "api_key_id", nullable: true })
  apiKeyId!: string | null;

  @Field(() => String, { description: "e.g. account.create" })
  @Column("text")
  action!: string;

  @Field(() => String)
  @Column("text", { name: "entity_type" })
  entityType!: string;

  @Field(() => String, { nullable: true })
  @Column("text", { name: "entity_id", nullable: true })
  entityId!: string | null;

  @Field(() => GraphQLJSON, { nullable: true })
  @Column("jsonb", { nullable: true })
  before!: Record<string, unknown> | null;

  @Field(() => GraphQLJSON, { nullable: true })
  @Column("jsonb", { nullable: true })
  after!: Record<string, unknown> | null;

  @Field(() => Date)
  @Column("timestamptz")
  at!: Date;
}
