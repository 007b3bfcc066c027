import { IsOptional, IsUUID, MaxLength } from "class-validator";
import { Field, ID, InputType } from "type-graphql";

@InputType("AuditLogFilter")
export class AuditLogFilter {
  @Field(() => String, { nullable: true, description: "e.g. account, dealer, session" })
  @IsOptional()
  @MaxLength(50)
  entityType?: string;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @MaxLength(100)
  entityId?: string;

  @Field(() => String, { nullable: true, description: "e.g. account.create" })
  @IsOptional()
  @MaxLength(100)
  action?: string;

  @Field(() => ID, { nullable: true })
  @IsOptional()
  @IsUUID()
  actorId?: string;

  @Field(() => ID, { nullable: true, description: "Vendor staff only: one dealer's entries" })
  @IsOptional()
  @IsUUID()
  dealerId?: string;

  @Field(() => Date, { nullable: true })
  @IsOptional()
  from?: Date;

  @Field(() => Date, { nullable: true })
  @IsOptional()
  to?: Date;
}
