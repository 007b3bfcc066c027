import { IsOptional, IsUUID, MaxLength } from "class-validator";
import { Field, ID, InputType } from "type-graphql";
import { LeadSource, LeadStatus } from "../lead.enums";

@InputType("LeadFilter")
export class LeadFilter {
  @Field(() => String, { nullable: true, description: "Substring of the company name or domain" })
  @IsOptional()
  @MaxLength(100)
  text?: string | null;

  @Field(() => LeadStatus, { nullable: true })
  @IsOptional()
  status?: LeadStatus | null;

  @Field(() => LeadSource, { nullable: true })
  @IsOptional()
  source?: LeadSource | null;

  @Field(() => ID, { nullable: true, description: "Vendor staff only: leads routed to this dealer" })
  @IsOptional()
  @IsUUID()
  dealerId?: string | null;

  @Field(() => Date, { nullable: true, description: "Entered at or after" })
  @IsOptional()
  from?: Date | null;

  @Field(() => Date, { nullable: true, description: "Entered before" })
  @IsOptional()
  to?: Date | null;
}
