import { Column, Entity, PrimaryGeneratedColumn } from "typeorm";

/** `invalid`: the request held no operation that could be parsed (or none of the name asked for). */
export type ApiKeyCallOperationType = "query" | "mutation" | "invalid";

/** One GraphQL request made with an API key (调用记录): its shape and outcome, never its variables. */
@Entity("api_key_call")
export class ApiKeyCallEntity {
  @PrimaryGeneratedColumn("uuid")
  id!: string;

  @Column("uuid", { name: "api_key_id" })
  apiKeyId!: string;

  @Column("timestamptz")
  at!: Date;

  @Column("text", { name: "operation_type" })
  operationType!: ApiKeyCallOperationType;

  @Column("text", { name: "operation_name", nullable: true })
  operationName!: string | null;

  @Column("text", { name: "root_fields", array: true })
  rootFields!: string[];

  /** "OK", or the first error's `extensions.code`. */
  @Column("text")
  outcome!: string;

  @Column("text", { name: "client_ip", nullable: true })
  clientIp!: string | null;

  @Column("integer", { name: "duration_ms", nullable: true })
  durationMs!: number | null;
}
