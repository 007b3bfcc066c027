import { IsOptional, Length } from "class-validator";
import { Field, ID, InputType } from "type-graphql";

@InputType("RegisterDomainInput", { description: "报备锁定: lock a customer domain for one product line, 90 days" })
export class RegisterDomainInput {
  @Field(() => ID)
  productLineId!: string;

  @Field(() => String, { description: "Any form (URL, e-mail host, Unicode); the registrable domain is locked" })
  @Length(1, 300)
  domain!: string;

  @Field(() => ID, {
    nullable: true,
    description: "The enterprise the domain belongs to; when omitted, the dealer's enterprise with that domain",
  })
  @IsOptional()
  enterpriseId?: string | null;
}
